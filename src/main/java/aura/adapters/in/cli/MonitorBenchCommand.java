package aura.adapters.in.cli;

import aura.domain.monitor.DetectorParameters;
import aura.domain.monitor.LiquidForecast;
import aura.domain.monitor.WindowTopology;
import aura.domain.problem.InvalidInput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * {@code aura-node monitor bench}: the detector's two engines timed in process with the detector's parameters:
 * one window through Vietoris–Rips persistence and its summaries, and one liquid-network forecast step with its
 * read-out update. Best and median of several rounds after warm-up, per operation.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time one TDA window and one LNN step of the monitor's detector (best and median per operation).")
class MonitorBenchCommand implements Callable<Integer> {
    @Option(names = "--rounds", defaultValue = "9", paramLabel = "N", description = "timed rounds (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--per-round", defaultValue = "2000", paramLabel = "N", description = "operations per round (default: ${DEFAULT-VALUE})")
    int perRound;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (rounds < 1 || perRound < 1) throw new InvalidInput("--rounds", "--rounds and --per-round must be at least 1");
        var p = DetectorParameters.defaults();
        SplittableRandom rng = new SplittableRandom(7);
        double[] series = new double[perRound + p.window()];
        for (int i = 0; i < series.length; i++) series[i] = Math.sin(i / 6.0) + 0.3 * rng.nextGaussian();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "# java %s, %d processors; window %d, embedding %d, %d units; %d rounds of %d%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), p.window(), p.dimension(),
                p.units(), rounds, perRound);
        double[] tda = time(() -> {
            double sink = 0;
            for (int i = 0; i < perRound; i++) {
                var shape = WindowTopology.of(Arrays.copyOfRange(series, i, i + p.window()), p.dimension(), p.delay());
                sink += shape.entropy();
            }
            return sink;
        });
        LiquidForecast forecast = new LiquidForecast(p.units(), p.forgetting());
        double[] lnn = time(() -> {
            double sink = 0;
            for (int i = 0; i < perRound; i++) sink += forecast.next(series[i]);
            return sink;
        });
        out.printf(Locale.ROOT, "tda window   best %8.1f µs  median %8.1f µs%n", tda[0], tda[1]);
        out.printf(Locale.ROOT, "lnn step     best %8.2f µs  median %8.2f µs%n", lnn[0], lnn[1]);
        return 0;
    }

    private interface Work {
        double run();
    }

    /** Best and median microseconds per operation over the rounds, after as many untimed rounds. */
    private double[] time(Work work) {
        double sink = 0;
        for (int i = 0; i < Math.max(3, rounds / 2); i++) sink += work.run();
        double[] micros = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            sink += work.run();
            micros[r] = (System.nanoTime() - t) / 1e3 / perRound;
        }
        if (Double.isNaN(sink)) throw new IllegalStateException("the work produced NaN");
        Arrays.sort(micros);
        return new double[]{micros[0], micros[rounds / 2]};
    }
}
