package aura.adapters.in.cli;

import aura.domain.monitor.DetectorParameters;
import aura.domain.monitor.SeriesDetector;
import aura.domain.problem.InvalidInput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
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
    enum Signal { both, topology, forecast, baseline, likelihoods, range }

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "NAB's data folder (categories of timestamp,value CSVs)")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "where the result files go")
    Path out;

    @Option(names = "--signal", defaultValue = "both", paramLabel = "S",
            description = "the score to write: both (the detector), topology, forecast, baseline, likelihoods (both without the range rule) or range (the rule alone) (default: ${DEFAULT-VALUE})")
    Signal signal;

    @Option(names = "--detector", defaultValue = "aura", paramLabel = "NAME", description = "result file prefix (default: ${DEFAULT-VALUE})")
    String detector;

    @Option(names = "--ablation", description = "also write each part: <detector>-topology, <detector>-forecast, <detector>-baseline, <detector>-likelihoods, <detector>-range")
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
        double[][] scores = score(s.values());
        NabFiles.write(out, detector, s, scores[signal.ordinal()]);
        if (!ablation) return;
        for (Signal part : List.of(Signal.topology, Signal.forecast, Signal.baseline, Signal.likelihoods, Signal.range)) {
            NabFiles.write(out, detector + "-" + part, s, scores[part.ordinal()]);
        }
    }

    /** Every signal's score for every row, by {@link Signal} order; one detector, fresh for this file. */
    private static double[][] score(double[] values) {
        SeriesDetector detector = new SeriesDetector(DetectorParameters.defaults());
        double[][] scores = new double[Signal.values().length][values.length];
        for (int i = 0; i < values.length; i++) {
            SeriesDetector.Score s = detector.next(values[i]);
            scores[0][i] = s.anomaly();
            scores[1][i] = s.topology();
            scores[2][i] = s.forecast();
            scores[3][i] = s.baseline();
            scores[4][i] = s.likelihoods();
            scores[5][i] = s.extreme() ? 1 : 0;
        }
        return scores;
    }
}
