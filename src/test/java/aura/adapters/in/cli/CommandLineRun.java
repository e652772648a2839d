package aura.adapters.in.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code aura-node} command line inside the test's JVM: its exit status and what it printed. */
record CommandLineRun(int status, String out, String err) {

    static CommandLineRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = AuraCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandLineRun(status, out.toString(), err.toString());
    }
}
