package aura.application.lnn;

import aura.domain.lnn.CrossingRisk;
import aura.domain.lnn.Forecast;
import aura.domain.lnn.Forecaster;
import aura.domain.lnn.LnnModel;
import aura.domain.lnn.MetricWindow;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Forecasts the latest window and scores, per horizon, the risk that each thresholded target crosses its
 * threshold (see {@link CrossingRisk}: the point forecast path, and a normal error whose std grows as
 * σ₁·√k from the model's held-out one-step residual σ₁; a model without calibration uses the column's
 * training std as σ₁, which overstates uncertainty rather than understating it). The driving metric is the
 * one with the highest risk at the longest horizon (ties: the earliest crossing); the recommendation is that
 * metric's scenario.
 */
@Singleton
public class PredictRisk {

    private final RiskThresholds thresholds;

    @Inject
    public PredictRisk() {
        this(RiskThresholds.defaults());
    }

    public PredictRisk(RiskThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** @throws InvalidInput when the window does not fit the model or a horizon is below 1 */
    public RiskReport predict(RiskQuery query) {
        LnnModel model = query.model();
        if (query.window().width() != model.normalisation().size()) {
            throw new InvalidInput("window", "rows have " + query.window().width() + " values, the model expects "
                    + model.normalisation().size() + " " + model.normalisation().columns());
        }
        TreeSet<Integer> horizons = new TreeSet<>(query.horizons());
        if (horizons.isEmpty() || horizons.first() < 1) {
            throw new InvalidInput("horizons", "horizons must be >= 1 and not empty, got " + query.horizons());
        }
        int longest = horizons.last();
        Forecast path = new Forecaster(model).forecast(query.window(),
                IntStream.rangeClosed(1, longest).boxed().toList());
        double[] last = query.window().rows()[query.window().length() - 1];
        List<RiskReport.MetricOutlook> outlooks = new ArrayList<>();
        List<String> targets = model.targets();
        int[] columns = model.targetColumns();
        for (int o = 0; o < targets.size(); o++) {
            var threshold = thresholds.thresholdFor(targets.get(o));
            if (threshold.isEmpty()) {
                continue;
            }
            double sigma = sigma(model, o, columns[o]);
            double[] values = new double[longest];
            for (int k = 1; k <= longest; k++) {
                values[k - 1] = path.at(k).value(o);
            }
            List<RiskReport.HorizonRisk> risks = new ArrayList<>();
            for (int h : horizons) {
                double r = CrossingRisk.assess(last[columns[o]], java.util.Arrays.copyOf(values, h), sigma,
                        threshold.get()).risk();
                risks.add(new RiskReport.HorizonRisk(h, r));
            }
            OptionalInt steps = CrossingRisk.assess(last[columns[o]], values, sigma, threshold.get()).stepsToCrossing();
            outlooks.add(new RiskReport.MetricOutlook(targets.get(o), threshold.get(), sigma, risks,
                    steps.isPresent() ? steps.getAsInt() : null));
        }
        List<RiskReport.Point> points = horizons.stream()
                .map(h -> new RiskReport.Point(h, path.at(h).elapsed(), path.at(h).values())).toList();
        RiskReport.MetricOutlook driver = outlooks.stream().max(RiskReport.MetricOutlook.BY_URGENCY).orElse(null);
        String recommendation = driver == null
                ? "No thresholds apply to the forecast columns " + targets + "; nothing to recommend."
                : Scenario.of(driver.metric()).recommend(driver.metric(), driver.riskWithin(longest),
                driver.stepsToCrossing(), longest, driver.threshold());
        return new RiskReport(targets, points, outlooks, driver == null ? null : driver.metric(), recommendation);
    }

    private static double sigma(LnnModel model, int target, int column) {
        return model.calibrationIfKnown().map(c -> c.residualStd(target))
                .orElse(model.normalisation().std()[column]);
    }

    /**
     * Forecast {@code window} (raw rows in the model's column order) at {@code horizons}.
     *
     * <p>Must hold: model and window not null; horizons null (then 1, 5, 15) or not empty.
     */
    public record RiskQuery(LnnModel model, MetricWindow window, List<Integer> horizons) {

        public RiskQuery {
            if (model == null || window == null) {
                throw new IllegalArgumentException("model and window must not be null");
            }
            if (horizons != null && horizons.stream().anyMatch(java.util.Objects::isNull)) {
                throw new InvalidInput("horizons", "horizons must be whole numbers >= 1, not null");
            }
            horizons = horizons == null ? Forecaster.DEFAULT_HORIZONS : List.copyOf(horizons);
        }
    }
}
