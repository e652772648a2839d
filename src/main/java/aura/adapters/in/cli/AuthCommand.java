package aura.adapters.in.cli;

import aura.application.auth.RotateSigningKey;
import io.micronaut.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code aura-node auth rotate-key}: add a new token signing key for the whole mesh. */
@Command(name = "auth", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "Authentication keys.", subcommands = AuthCommand.RotateKey.class)
class AuthCommand {

    @Command(name = "rotate-key", mixinStandardHelpOptions = true,
            description = "Add a new signing key; tokens signed with older keys stay valid until they expire.")
    static class RotateKey implements Callable<Integer> {
        @Mixin
        NodeOptions node;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ApplicationContext context = NodeLauncher.startWithoutServer(node.settings())) {
                var key = context.getBean(RotateSigningKey.class).rotate();
                spec.commandLine().getOut().printf("new signing key %s%n", key.kid());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
