package aura.adapters.in.cli;

import aura.domain.problem.Refusal;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** The {@code aura-node} command line: every subcommand, and how errors become exit statuses. */
@Command(name = "aura-node", mixinStandardHelpOptions = true, versionProvider = AuraVersion.class,
        description = "Aura: a personal AI mesh node.")
public class AuraCommand implements Runnable {
    /** In the order {@code --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ServeCommand.class, UserCommand.class, AuthCommand.class,
            InventoryCommand.class, TdaCommand.class, LnnCommand.class, WgCommand.class, DbCommand.class, MonitorCommand.class,
            NotesCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line on the process's streams; {@code serve} keeps running until the node stops. */
    public static void main(String[] args) {
        System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        int status = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        boolean nodeRunning = status == 0 && args.length > 0 && "serve".equals(args[0]) && !helpAsked(args);
        if (!nodeRunning) System.exit(status);
    }

    /**
     * Runs the command line and returns the exit status: 0 ok, 2 for any bad input (one line on stderr naming
     * the problem), 1 for a failure of the node itself.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new AuraCommand());
        subcommandsFor(args).forEach(cli::addSubcommand);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, ignored) -> {
            err.println(ex.getCommandLine().getCommandName() + ": " + ex.getMessage());
            err.flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // A refusal is the caller's to fix (exit 2); anything else is the node failing (exit 1).
            boolean badInput = refusal(ex).isPresent();
            err.println(commandLine.getCommandName() + ": " + (badInput ? "" : "failed: ") + oneLine(ex));
            err.flush();
            return badInput ? 2 : 1;
        });
        return cli.execute(args);
    }

    /**
     * Only the named subcommand when the first argument names one: picocli reads every registered command's
     * options by reflection, which for the whole tree is a noticeable part of {@code serve}'s start. Otherwise
     * all of them, for the top-level help and picocli's suggestions for a mistyped name.
     */
    private static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length == 0) return SUBCOMMANDS;
        return SUBCOMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst()
                .map(List::<Class<?>>of).orElse(SUBCOMMANDS);
    }

    /**
     * The refusal behind {@code e}: {@code e} itself, or one that the framework wrapped (a bad setting found while
     * the node's beans were made). One wrapped in anything else is a failure of whatever wrapped it.
     */
    static Optional<Refusal> refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refusal r) return Optional.of(r);
            if (!t.getClass().getName().startsWith("io.micronaut.")) return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean helpAsked(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V")) return true;
        }
        return false;
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof Refusal)) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.toString();
        return message.replace('\n', ' ').trim();
    }
}
