package aura.domain.lnn.bench;

import aura.domain.lnn.CellSpec;
import aura.domain.lnn.CfcSpec;
import aura.domain.lnn.FullyConnectedWiring;
import aura.domain.lnn.LiquidNetwork;
import aura.domain.lnn.LtcSpec;
import aura.domain.lnn.NcpShape;
import aura.domain.lnn.NcpWiring;
import aura.domain.lnn.WiredCfcSpec;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Microseconds per {@link LiquidNetwork#step} after warm-up, median over many runs (not JMH: a quick check of
 * the 50 µs budget). Run from the build output: {@code java -cp <classes>:<test-classes>
 * aura.domain.lnn.bench.StepBenchmark [runs] [stepsPerRun]}.
 */
public final class StepBenchmark {

    private static final int INPUTS = 5;
    private static final int UNITS = 32;

    private StepBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 201;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        report("LTC dense N=32 (L=6)",
                LtcSpec.of(FullyConnectedWiring.generate(UNITS, 1, INPUTS, true, 1111), true), runs, steps);
        report("LTC AutoNCP(32,5) (L=6)",
                LtcSpec.of(NcpWiring.generate(NcpShape.auto(UNITS, 5), INPUTS, 22222), true), runs, steps);
        report("CfC N=32 backbone 128", CfcSpec.of(INPUTS, UNITS), runs, steps);
        report("WiredCfC AutoNCP(32,5)",
                new WiredCfcSpec(NcpWiring.generate(NcpShape.auto(UNITS, 5), INPUTS, 22222),
                        aura.domain.lnn.CfcMode.DEFAULT), runs, steps);
    }

    private static long allocatedBytes() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return ((com.sun.management.ThreadMXBean) bean).getCurrentThreadAllocatedBytes();
    }

    private static void report(String name, CellSpec spec, int runs, int steps) {
        LiquidNetwork net = LiquidNetwork.initialise(spec, 0, 7);
        double[][] inputs = new double[64][INPUTS];
        SplittableRandom rng = new SplittableRandom(3);
        for (double[] row : inputs) {
            for (int i = 0; i < row.length; i++) {
                row[i] = rng.nextDouble(-1, 1);
            }
        }
        double[] out = new double[net.outputSize()];
        double sink = 0;
        for (int w = 0; w < 30_000; w++) {
            net.step(inputs[w & 63], 1.0, out);
            sink += out[0];
        }
        double[] perStep = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                net.step(inputs[s & 63], 1.0, out);
            }
            perStep[r] = (System.nanoTime() - t0) / 1000.0 / steps;
            sink += out[0];
        }
        long allocated = allocatedBytes();
        for (int s = 0; s < steps; s++) {
            net.step(inputs[s & 63], 1.0, out);
        }
        allocated = allocatedBytes() - allocated;
        Arrays.sort(perStep);
        System.out.printf("%-26s median %7.2f us/step  (p10 %6.2f, p90 %6.2f; %d runs x %d steps; %d B allocated/step)%s%n", name,
                perStep[runs / 2], perStep[runs / 10], perStep[runs * 9 / 10], runs, steps,
                allocated / steps, Double.isNaN(sink) ? " NaN!" : "");
    }
}
