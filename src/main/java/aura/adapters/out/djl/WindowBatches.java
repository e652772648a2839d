package aura.adapters.out.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * The windows of a normalised series: window s reads rows s..s+W−1 and is scored against the target columns of
 * rows s+1..s+W. Batches are gathered into NDArrays on demand, in any order of window starts.
 */
final class WindowBatches {

    private final double[][] rows;
    private final int[] targets;
    private final int window;
    private final int width;

    WindowBatches(double[][] rows, int[] targets, int window) {
        this.rows = rows;
        this.targets = targets;
        this.window = window;
        this.width = rows[0].length;
    }

    int count() {
        return rows.length - window;
    }

    /** Inputs [B, W, M] and targets [B, W, K] for the windows {@code starts[from..to)}. */
    NDArray[] gather(int[] starts, int from, int to, NDManager manager, DataType type) {
        int b = to - from;
        float[] in = new float[b * window * width];
        float[] out = new float[b * window * targets.length];
        double[] inD = type == DataType.FLOAT64 ? new double[in.length] : null;
        double[] outD = type == DataType.FLOAT64 ? new double[out.length] : null;
        int i = 0;
        int o = 0;
        for (int k = from; k < to; k++) {
            int s = starts[k];
            for (int t = 0; t < window; t++) {
                for (int c = 0; c < width; c++, i++) {
                    in[i] = (float) rows[s + t][c];
                    if (inD != null) inD[i] = rows[s + t][c];
                }
                for (int c : targets) {
                    out[o] = (float) rows[s + t + 1][c];
                    if (outD != null) outD[o] = rows[s + t + 1][c];
                    o++;
                }
            }
        }
        Shape inShape = new Shape(b, window, width);
        Shape outShape = new Shape(b, window, targets.length);
        if (inD != null) {
            return new NDArray[] {manager.create(inD, inShape), manager.create(outD, outShape)};
        }
        return new NDArray[] {manager.create(in, inShape), manager.create(out, outShape)};
    }
}
