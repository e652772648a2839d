package aura.adapters.in.cli;

import aura.domain.monitor.DetectorParameters;
import aura.domain.monitor.SeriesDetector;
import aura.domain.monitor.SeriesDetector.Part;
import aura.domain.problem.InvalidInput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code aura-node monitor nab --data DIR --out OUT}: runs the node's detector, online and fresh for each file,
 * over every series of a NAB-layout folder and writes NAB's result files. Labels are never read.
 */
@Command(name = "nab", mixinStandardHelpOptions = true,
        description = "Score every DIR/<category>/*.csv with the monitor's detector into OUT/<category>/<detector>_<file>.csv.")
class MonitorNabCommand implements Callable<Integer> {
    enum Signal {
        both(null), range(null), topology(Part.TOPOLOGY), forecast(Part.FORECAST), daily(Part.DAILY), baseline(Part.BASELINE),
        notopology(Part.WITHOUT_TOPOLOGY), noforecast(Part.WITHOUT_FORECAST), nodaily(Part.WITHOUT_DAILY), norange(Part.WITHOUT_RANGE);

        final Part part;

        Signal(Part part) {
            this.part = part;
        }
    }

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "NAB's data folder (categories of timestamp,value CSVs)")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "where the result files go")
    Path out;

    @Option(names = "--signal", defaultValue = "both", paramLabel = "S",
            description = "the score to write: both (the detector); range (the rule alone); topology, forecast, daily or baseline (that signal with the rule); notopology, noforecast, nodaily or norange (the detector less that part) (default: ${DEFAULT-VALUE})")
    Signal signal;

    @Option(names = "--detector", defaultValue = "aura", paramLabel = "NAME", description = "result file prefix (default: ${DEFAULT-VALUE})")
    String detector;

    @Option(names = "--ablation", description = "also write every other signal of --signal, each as <detector>-<signal>")
    boolean ablation;

    @Option(names = "--threads", paramLabel = "N", description = "files scored at once (default: the processors)")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (!detector.matches("[A-Za-z0-9_-]+")) throw new InvalidInput("--detector", "--detector is letters, digits, '_' or '-'");
        int pool = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (pool < 1) throw new InvalidInput("--threads", "--threads must be at least 1");
        List<Path> files = NabFiles.list(data);
        List<NabFiles.Series> series = files.stream().map(NabFiles::read).toList();
        PrintWriter printer = spec.commandLine().getOut();
        long start = System.nanoTime();
        ExecutorService executor = Executors.newFixedThreadPool(pool);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (NabFiles.Series s : series) work.add(executor.submit(() -> scoreAndWrite(s)));
            for (Future<?> f : work) f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long rows = series.stream().mapToLong(s -> s.values().length).sum();
        printer.printf(Locale.ROOT, "%d files, %d rows, %.1f s, %.0f rows/s on %d threads (%s)%n", series.size(), rows,
                seconds, rows / seconds, pool, signal);
        return 0;
    }

    private void scoreAndWrite(NabFiles.Series s) {
        double[][] scores = score(s.values(), s.times());
        NabFiles.write(out, detector, s, scores[signal.ordinal()]);
        if (!ablation) return;
        for (Signal part : Signal.values()) {
            if (part != Signal.both) NabFiles.write(out, detector + "-" + part, s, scores[part.ordinal()]);
        }
    }

    /** Every signal's score for every row, by {@link Signal} order; one detector, fresh for this file. */
    private static double[][] score(double[] values, Instant[] times) {
        SeriesDetector detector = new SeriesDetector(DetectorParameters.defaults());
        double[][] scores = new double[Signal.values().length][values.length];
        for (int i = 0; i < values.length; i++) {
            SeriesDetector.Score s = detector.next(values[i], times[i]);
            for (Signal signal : Signal.values()) {
                scores[signal.ordinal()][i] = switch (signal) {
                    case both -> s.anomaly();
                    case range -> s.extreme() ? 1 : 0;
                    default -> s.part(signal.part);
                };
            }
        }
        return scores;
    }
}
