package aura.application.lnn;

import aura.application.lnn.port.ForecastModels;
import aura.application.lnn.port.TrainedForecasters;
import aura.domain.lnn.MetricWindow;
import aura.domain.problem.InvalidInput;
import aura.domain.problem.NotFound;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** Forecast and risks for a window of named metric rows, with a model stored on this node. */
@Singleton
public record PredictStoredModel(ForecastModels models, TrainedForecasters trained, PredictRisk predictRisk) {
    /**
     * @param rows oldest first, each mapping every model column to its raw value
     * @throws NotFound     when there is no model of that name
     * @throws InvalidInput when the name is missing, a row lacks a model column, or the window or horizons are invalid
     */
    public RiskReport predict(String model, List<Map<String, Double>> rows, List<Integer> horizons) {
        if (model == null || model.isBlank()) {
            throw new InvalidInput("model", "required");
        }
        // a file in this node's models directory first, then what training jobs deployed to every node
        // (name for the newest version, name:version for one)
        var m = (model.contains(":") ? trained.load(model) : models.load(model).or(() -> trained.load(model)))
                .orElseThrow(() -> new NotFound("no model named '" + model + "'"));
        List<String> columns = m.normalisation().columns();
        if (rows == null || rows.isEmpty()) {
            throw new InvalidInput("window", "needs at least one row");
        }
        double[][] values = new double[rows.size()][columns.size()];
        for (int t = 0; t < rows.size(); t++) {
            for (int i = 0; i < columns.size(); i++) {
                Double v = rows.get(t) == null ? null : rows.get(t).get(columns.get(i));
                if (v == null || !Double.isFinite(v)) {
                    String where = "window[" + t + "]." + columns.get(i);
                    throw new InvalidInput(where, where + (v == null ? " is missing" : " is " + v + ", not a finite number"));
                }
                values[t][i] = v;
            }
        }
        return predictRisk.predict(new PredictRisk.RiskQuery(m, MetricWindow.regular(values), horizons));
    }
}
