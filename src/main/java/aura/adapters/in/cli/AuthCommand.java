package aura.adapters.in.cli;

import aura.application.auth.RotateSigningKey;
import aura.application.mesh.RotateSecretsKey;
import aura.domain.problem.Refusal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code aura-node auth rotate-key}: add a new token signing key for the whole mesh; {@code aura-node auth
 * rotate-secrets-key}: replace the key that seals the secrets stored in the database.
 */
@Command(name = "auth", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "Authentication keys.", subcommands = {AuthCommand.RotateKey.class, AuthCommand.RotateSecretsKeyCommand.class})
class AuthCommand {

    @Command(name = "rotate-secrets-key", mixinStandardHelpOptions = true,
            description = "Replace the secrets key (<data-dir>/secrets.key) and seal every stored secret again with "
                    + "it; then copy the new key file to every other node of the mesh and restart them.")
    static class RotateSecretsKeyCommand implements Callable<Integer> {
        @Mixin
        NodeOptions node;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try {
                node.runAndPrint(context -> "new secrets key in %s; %d stored secrets sealed again".formatted(
                        java.nio.file.Path.of(node.settings().dataDir(), "secrets.key"),
                        context.getBean(RotateSecretsKey.class).rotate()));
                return 0;
            } catch (Refusal e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "rotate-key", mixinStandardHelpOptions = true,
            description = "Add a new signing key; tokens signed with older keys stay valid until they expire.")
    static class RotateKey implements Callable<Integer> {
        @Mixin
        NodeOptions node;

        @Override
        public Integer call() {
            node.runAndPrint(context -> "new signing key " + context.getBean(RotateSigningKey.class).rotate().kid());
            return 0;
        }
    }
}
