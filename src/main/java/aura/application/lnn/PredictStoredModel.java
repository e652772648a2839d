package aura.application.lnn;

import aura.domain.lnn.MetricWindow;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Forecast and risks for a window of named metric rows, with a model stored on this node. */
@Singleton
public class PredictStoredModel {

    private final ForecastModels models;
    private final PredictRisk predictRisk;

    public PredictStoredModel(ForecastModels models, PredictRisk predictRisk) {
        this.models = models;
        this.predictRisk = predictRisk;
    }

    /**
     * @param rows oldest first, each mapping every model column to its raw value
     * @throws NoSuchElementException   when there is no model of that name
     * @throws IllegalArgumentException when a row lacks a model column, or the window or horizons are invalid
     */
    public RiskReport predict(String model, List<Map<String, Double>> rows, List<Integer> horizons) {
        var m = models.load(model).orElseThrow(() -> new NoSuchElementException("no model named '" + model + "'"));
        List<String> columns = m.normalisation().columns();
        if (rows == null || rows.isEmpty()) {
            throw new IllegalArgumentException("window: needs at least one row");
        }
        double[][] values = new double[rows.size()][columns.size()];
        for (int t = 0; t < rows.size(); t++) {
            for (int i = 0; i < columns.size(); i++) {
                Double v = rows.get(t) == null ? null : rows.get(t).get(columns.get(i));
                if (v == null || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("window[" + t + "]." + columns.get(i) + ": "
                            + (v == null ? "missing" : v + " is not finite"));
                }
                values[t][i] = v;
            }
        }
        return predictRisk.predict(new PredictRisk.RiskQuery(m, MetricWindow.regular(values), horizons));
    }
}
