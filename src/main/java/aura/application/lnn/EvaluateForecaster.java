package aura.application.lnn;

import aura.domain.lnn.LnnModel;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures a model on a series window by window: the one-step mean squared error of the model and of the naive
 * forecast (next = current), per target column and over all targets, in original units.
 */
@Singleton
public class EvaluateForecaster {

    /** @throws IllegalArgumentException when a model column is missing or the series is shorter than a window + 1 */
    public Evaluation evaluate(LnnModel model, MetricSeries series) {
        MetricSeries ordered = series.select(model.normalisation().columns());
        int window = model.calibrationIfKnown().map(c -> c.window()).orElse(Math.min(32, ordered.length() - 1));
        if (window < 1) {
            throw new InvalidInput("rows", "series has " + ordered.length() + " rows; evaluation needs at least 2");
        }
        OneStepWalk walk = OneStepWalk.over(model, ordered.rows(), window);
        double[] m = walk.modelMse();
        double[] n = walk.naiveMse();
        Map<String, Evaluation.Errors> perColumn = new LinkedHashMap<>();
        double ms = 0;
        double ns = 0;
        for (int o = 0; o < m.length; o++) {
            perColumn.put(model.targets().get(o), new Evaluation.Errors(m[o], n[o]));
            ms += m[o] / m.length;
            ns += n[o] / n.length;
        }
        return new Evaluation(window, walk.count(), perColumn, new Evaluation.Errors(ms, ns));
    }

    /**
     * @param window    rows read before each forecast
     * @param forecasts how many one-step forecasts were scored
     * @param overall   the mean over targets of the per-column MSEs
     */
    public record Evaluation(int window, int forecasts, Map<String, Errors> perColumn, Errors overall) {

        public Evaluation {
            perColumn = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perColumn));
        }

        /** Mean squared errors of the model and of the naive forecast. */
        public record Errors(double modelMse, double naiveMse) {
        }
    }
}
