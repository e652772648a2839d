package aura.adapters.out.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import aura.domain.lnn.CellSpec;
import aura.domain.lnn.Parameters;

/** What the benchmark needs from this package's internals. */
public final class DjlBenchAccess {

    private DjlBenchAccess() {
    }

    public static DjlForecasterTrainer trainer() {
        return new DjlForecasterTrainer();
    }

    /** Median microseconds for one single-row forward step (batch 1, sequence of 1), after warm-up. */
    public static double microsPerStep(CellSpec spec, Parameters parameters, int steps) {
        try (NDManager root = NDManager.newBaseManager(null, DjlForecasterTrainer.ENGINE);
             DjlNetwork net = new DjlNetwork(spec, parameters, root, DataType.FLOAT32)) {
            float[] x = new float[spec.inputSize()];
            double[] times = new double[steps];
            for (int k = -200; k < steps; k++) {
                try (NDManager scope = root.newSubManager()) {
                    net.all().values().forEach(p -> p.tempAttach(scope));
                    x[0] = (float) Math.sin(k);
                    long t0 = System.nanoTime();
                    NDArray y = net.forward(scope.create(x, new Shape(1, 1, x.length)), 1.0);
                    y.toFloatArray();
                    if (k >= 0) {
                        times[k] = (System.nanoTime() - t0) / 1000.0;
                    }
                }
            }
            java.util.Arrays.sort(times);
            return times[steps / 2];
        }
    }
}
