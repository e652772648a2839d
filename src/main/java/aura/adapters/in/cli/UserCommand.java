package aura.adapters.in.cli;

import aura.domain.problem.InvalidInput;

import aura.application.auth.ClientInfo;
import aura.application.auth.CreateUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** {@code aura-node user add NAME [--admin]}: the operator of a node creates users in its (shared) database. */
@Command(name = "user", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "Manage users.", subcommands = UserCommand.Add.class)
class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create a user (prompts for the password).")
    static class Add implements Callable<Integer> {
        @Mixin
        NodeOptions node;

        @Parameters(paramLabel = "NAME", description = "the new user's name")
        String name;

        @Option(names = "--admin", description = "the user may administer the mesh")
        boolean admin;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            String password = passwordStdin ? readStdin() : prompt();
            node.runAndPrint(context -> {
                var user = context.getBean(CreateUser.class).create(
                        new CreateUser.Command("command line", true, name, password, admin),
                        new ClientInfo("127.0.0.1", "aura-node cli", true));
                return "created user " + user.username() + (user.admin() ? " (admin)" : "");
            });
            return 0;
        }

        private static String readStdin() throws IOException {
            var reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = reader.readLine();
            if (line == null || line.isEmpty()) throw new InvalidInput("--password-stdin", "--password-stdin: standard input is empty");
            return line;
        }

        private static String prompt() {
            Console console = System.console();
            if (console == null) throw new InvalidInput("--password-stdin", "no terminal to ask for the password: use --password-stdin");
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Repeat password: ");
            if (first == null || !Arrays.equals(first, second)) throw new InvalidInput("password", "the passwords differ");
            return new String(first);
        }
    }
}
