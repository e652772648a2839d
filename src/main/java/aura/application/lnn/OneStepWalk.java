package aura.application.lnn;

import aura.domain.lnn.Forecaster;
import aura.domain.lnn.LnnModel;
import aura.domain.lnn.MetricWindow;
import aura.domain.problem.InvalidInput;

import java.util.List;

/**
 * Walks a series window by window, as the forecaster is used: for each t, forecast row t+1 from the
 * {@code window} rows ending at t (from a zero state), and accumulate squared errors of the model and of the
 * naive forecast (row t+1 = row t), per target, in original units.
 */
final class OneStepWalk {

    private final double[] modelSquared;
    private final double[] naiveSquared;
    private int count;

    private OneStepWalk(int targets) {
        modelSquared = new double[targets];
        naiveSquared = new double[targets];
    }

    /** @param rows raw rows in the model's column order; at least {@code window + 1} */
    static OneStepWalk over(LnnModel model, double[][] rows, int window) {
        if (rows.length < window + 1) {
            throw new InvalidInput("rows", "need at least " + (window + 1) + " rows for a window of " + window
                    + ", got " + rows.length);
        }
        Forecaster forecaster = new Forecaster(model);
        int[] targets = model.targetColumns();
        OneStepWalk walk = new OneStepWalk(targets.length);
        double[][] slice = new double[window][];
        for (int t = window - 1; t + 1 < rows.length; t++) {
            System.arraycopy(rows, t - window + 1, slice, 0, window);
            double[] next = forecaster.forecast(MetricWindow.regular(slice), List.of(1)).at(1).values();
            for (int o = 0; o < targets.length; o++) {
                double actual = rows[t + 1][targets[o]];
                double e = next[o] - actual;
                double naive = rows[t][targets[o]] - actual;
                walk.modelSquared[o] += e * e;
                walk.naiveSquared[o] += naive * naive;
            }
            walk.count++;
        }
        return walk;
    }

    int count() {
        return count;
    }

    double[] modelMse() {
        return divide(modelSquared);
    }

    double[] naiveMse() {
        return divide(naiveSquared);
    }

    /** The root mean square of the model's one-step error, per target (bias included, so it never flatters). */
    double[] residualRms() {
        double[] mse = modelMse();
        for (int o = 0; o < mse.length; o++) {
            mse[o] = Math.sqrt(mse[o]);
        }
        return mse;
    }

    private double[] divide(double[] sums) {
        double[] out = new double[sums.length];
        for (int o = 0; o < out.length; o++) {
            out[o] = sums[o] / count;
        }
        return out;
    }
}
