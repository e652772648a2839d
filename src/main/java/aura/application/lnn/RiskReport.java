package aura.application.lnn;

import java.util.Comparator;
import java.util.List;

/**
 * The forecast of the latest window and what it means: values per horizon, per thresholded metric the risk of
 * crossing within each horizon and the steps until the point forecast first crosses, the driving metric (null
 * when no metric has a threshold) and one recommendation sentence.
 */
public record RiskReport(List<String> targets, List<Point> forecast, List<MetricOutlook> metrics, String driver,
                         String recommendation) {

    public RiskReport {
        targets = List.copyOf(targets);
        forecast = List.copyOf(forecast);
        metrics = List.copyOf(metrics);
    }

    /** Forecast values (original units, one per target) {@code horizon} steps ahead. */
    public record Point(int horizon, double elapsed, double[] values) {

        public Point {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /** Risk in [0, 1] that the metric is at or over its threshold within {@code horizon} steps. */
    public record HorizonRisk(int horizon, double risk) {
    }

    /**
     * @param residualStd     σ₁, the one-step error std the risks assume
     * @param stepsToCrossing steps until the point forecast first reaches the threshold (0: already there),
     *                        null when it does not within the longest horizon
     */
    public record MetricOutlook(String metric, double threshold, double residualStd, List<HorizonRisk> risks,
                                Integer stepsToCrossing) {

        static final Comparator<MetricOutlook> BY_URGENCY = Comparator
                .comparingDouble((MetricOutlook m) -> m.risks().get(m.risks().size() - 1).risk())
                .thenComparing(m -> m.stepsToCrossing() == null ? Integer.MIN_VALUE : -m.stepsToCrossing());

        public MetricOutlook {
            risks = List.copyOf(risks);
        }

        /** The risk at {@code horizon}, which must be one of the forecast horizons. */
        public double riskWithin(int horizon) {
            return risks.stream().filter(r -> r.horizon() == horizon).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no risk for horizon " + horizon)).risk();
        }
    }
}
