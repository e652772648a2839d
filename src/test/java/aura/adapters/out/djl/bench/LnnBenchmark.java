package aura.adapters.out.djl.bench;

import aura.adapters.out.djl.DjlBenchAccess;
import aura.application.lnn.CellKind;
import aura.application.lnn.TrainingProgress;
import aura.application.lnn.TrainingRun;
import aura.application.lnn.TrainingSettings;
import aura.domain.lnn.CellSpec;
import aura.domain.lnn.CfcSpec;
import aura.domain.lnn.FullyConnectedWiring;
import aura.domain.lnn.LiquidNetwork;
import aura.domain.lnn.LtcSpec;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Training seconds per epoch on 10,000 time steps (5 columns, 32 units, windows of 32, batches of 32: 7,968
 * training windows after a 20% hold-out) and microseconds per inference step on the plain-Java path and the DJL
 * path (batch 1, one step per call). Not JMH; medians after warm-up. Run:
 * {@code java -Dai.djl.offline=true -cp <classes>:<test-classes>:<deps> aura.adapters.out.djl.bench.LnnBenchmark [epochs]};
 * 0 epochs measures inference only.
 */
public final class LnnBenchmark {

    private static final int ROWS = 10_000;
    private static final int COLUMNS = 5;
    private static final int UNITS = 32;

    private LnnBenchmark() {
    }

    /** Arguments: [epochs, 0 = inference only] [ltc|cfc, default both]. */
    public static void main(String[] args) {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        boolean train = epochs > 0;
        double[][] rows = new double[ROWS][COLUMNS];
        SplittableRandom rng = new SplittableRandom(1);
        for (int t = 0; t < ROWS; t++) {
            for (int c = 0; c < COLUMNS; c++) {
                rows[t][c] = Math.sin(2 * Math.PI * t / (20 + 3 * c)) + 0.1 * rng.nextGaussian();
            }
        }
        int split = ROWS * 4 / 5;
        double[][] training = java.util.Arrays.copyOfRange(rows, 0, split);
        double[][] validation = java.util.Arrays.copyOfRange(rows, split, ROWS);
        java.util.List<CellKind> kinds = args.length > 1 ? java.util.List.of(CellKind.valueOf(args[1].toUpperCase(Locale.ROOT)))
                : java.util.List.of(CellKind.values());
        for (CellKind kind : kinds) {
            CellSpec spec = kind == CellKind.LTC
                    ? LtcSpec.of(FullyConnectedWiring.generate(UNITS, COLUMNS, COLUMNS, true, 1), true)
                    : new CfcSpec(COLUMNS, UNITS, aura.domain.lnn.CfcMode.DEFAULT, aura.domain.lnn.Activation.LECUN_TANH, 64, 1);
            int projection = kind == CellKind.CFC ? COLUMNS : 0;
            LiquidNetwork net = LiquidNetwork.initialise(spec, projection, 1);
            TrainingSettings s = TrainingSettings.defaults(kind).withUnits(UNITS).withWindow(32).withEpochs(Math.max(1, epochs));
            TrainingRun run = new TrainingRun(spec, net.parameters(), training, validation,
                    new int[] {0, 1, 2, 3, 4}, 1.0, s);
            long[] last = {0};
            if (train) DjlBenchAccess.trainer().train(run, (TrainingProgress) r -> {
                System.out.printf(Locale.ROOT, "%s train epoch %d: %.1f s (loss %.4f, val %.4f)%n", kind, r.epoch(),
                        (r.elapsedNanos() - last[0]) / 1e9, r.trainingLoss(), r.validationLoss());
                last[0] = r.elapsedNanos();
            });
            System.out.printf(Locale.ROOT, "%s inference, Java path: %.2f us/step%n", kind, javaStep(net));
            System.out.printf(Locale.ROOT, "%s inference, DJL path: %.1f us/step%n", kind,
                    DjlBenchAccess.microsPerStep(spec, net.parameters(), 2000));
        }
    }

    private static double javaStep(LiquidNetwork net) {
        double[] in = new double[COLUMNS];
        double[] out = new double[net.outputSize()];
        for (int w = 0; w < 30_000; w++) {
            in[w % COLUMNS] = Math.sin(w);
            net.step(in, 1.0, out);
        }
        double[] runs = new double[51];
        for (int r = 0; r < runs.length; r++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < 1000; k++) {
                in[k % COLUMNS] = Math.sin(k);
                net.step(in, 1.0, out);
            }
            runs[r] = (System.nanoTime() - t0) / 1000.0 / 1000.0;
        }
        java.util.Arrays.sort(runs);
        return runs[runs.length / 2];
    }
}
