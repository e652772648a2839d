package aura.domain.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What the monitor expects of one node: the shape of its recent samples ({@link NodeShape}), the time until its
 * memory is exhausted and each disk is full ({@link ThresholdWatch}), and from those, its anomaly score and its
 * firing alerts a failure risk in [0, 1] with the scenarios behind it:
 * <ul>
 * <li>a threshold scenario's probability is 1 once crossed, else {@code exp(−t / 15 min)} where t is the later of
 * the forecast's and the trend's times until it: both must say soon (a forecast alone, right after a spike say, is
 * not enough), and only once the watch has {@link #SETTLED_SECONDS} of values (a few seconds of noise extrapolated
 * say nothing);</li>
 * <li>the anomaly scenario's probability is the anomaly score, at most {@link #WARNING}: an unusual sample is
 * a warning, not a failure (a metric's first visit to a new height scores 1), so an anomaly alone never drains a
 * node;</li>
 * <li>a firing alert on a host or backend metric counts 0.9 when critical, {@link #WARNING} otherwise (the
 * monitor's own alerts, on {@code monitor.*}, are already in the two above).</li>
 * </ul>
 * The risk is the most probable scenario's probability. Confidence grows with the samples seen (full after
 * {@link #WARM_UP}) and, when the risk comes from a threshold, with how well the forecast and the trend agree.
 * The time to failure is the soonest threshold scenario's time (the later of forecast and trend), empty when no
 * threshold counts; each watch's own forecast and trend times are in the prediction's {@code thresholds}.
 */
public final class NodeOutlook {
    public static final int WARM_UP = 150;
    public static final String MEMORY = "memory.used_fraction";
    public static final String DISK = "disk.used_fraction:";
    /** The trend line reaches ten minutes back. */
    private static final double TREND_SECONDS = 600;
    /** How much history a watch needs before its times count towards the risk. */
    public static final double SETTLED_SECONDS = 300;
    private static final double HORIZON_SECONDS = 900;
    /** What a warning counts towards the risk: below {@link Recommendation#DRAIN_RISK}, so it never drains. */
    static final double WARNING = 0.5;
    private static final double CRITICAL = 0.9;

    private final NodeShape shape = NodeShape.defaults();
    private final Map<String, ThresholdWatch> watches = new TreeMap<>();
    private long seen;
    private double anomaly;
    private String mostUnusual = "";

    public record Scenario(String name, double probability, String metric) {
    }

    public record Prediction(double risk, double confidence, OptionalDouble timeToFailureSeconds,
                             List<Scenario> scenarios, List<ThresholdWatch.Estimate> thresholds) {
        public Prediction {
            scenarios = List.copyOf(scenarios);
            thresholds = List.copyOf(thresholds);
        }
    }

    /** Takes one sample of the node with its anomaly score; answers the window that ended with it, if one did. */
    public Optional<NodeTopology> next(Sample sample, double anomalyScore, String mostUnusualMetric) {
        seen++;
        anomaly = anomalyScore;
        mostUnusual = mostUnusualMetric == null ? "" : mostUnusualMetric;
        sample.values().forEach((metric, value) -> {
            if (metric.equals(MEMORY)) watch(metric, "memory exhausted", DefaultAlertRules.MEMORY_EXHAUSTED).next(sample.at(), value);
            else if (metric.startsWith(DISK)) watch(metric, "disk full", 1.0).next(sample.at(), value);
        });
        return shape.next(sample);
    }

    public Optional<NodeTopology> topology() {
        return shape.current();
    }

    public Prediction prediction(List<Alert> firing) {
        List<Scenario> scenarios = new ArrayList<>();
        List<ThresholdWatch.Estimate> estimates = new ArrayList<>();
        double confidence = Math.min(1, seen / (double) WARM_UP);
        ThresholdWatch.Estimate nearest = null;
        double soonest = Double.POSITIVE_INFINITY;
        for (ThresholdWatch w : watches.values()) {
            var e = w.estimate();
            estimates.add(e);
            OptionalDouble t = e.forecastSeconds(); // the trend is the baseline beside it
            if (t.isEmpty()) continue;
            double seconds = t.getAsDouble();
            if (seconds > 0) {
                if (e.trendSeconds().isEmpty() || e.spanSeconds() < SETTLED_SECONDS) continue;
                seconds = Math.max(seconds, e.trendSeconds().getAsDouble());
            }
            scenarios.add(new Scenario(e.name(), Math.exp(-seconds / HORIZON_SECONDS), e.metric()));
            if (seconds < soonest) {
                soonest = seconds;
                nearest = e;
            }
        }
        if (seen > 0) scenarios.add(new Scenario("anomaly", Math.min(WARNING, anomaly), mostUnusual));
        for (Alert a : firing) {
            if (a.rule().metric().startsWith("monitor.")) continue;
            scenarios.add(new Scenario("alert " + a.rule().name(),
                    a.rule().severity() == AlertRule.Severity.CRITICAL ? CRITICAL : WARNING, a.rule().metric()));
        }
        scenarios.sort(Comparator.comparingDouble(Scenario::probability).reversed());
        double risk = scenarios.isEmpty() ? 0 : scenarios.get(0).probability();
        if (nearest != null && scenarios.get(0).metric().equals(nearest.metric())) {
            var f = nearest.forecastSeconds();
            var l = nearest.trendSeconds();
            double agreement = f.isPresent() && l.isPresent()
                    ? (Math.min(f.getAsDouble(), l.getAsDouble()) + 1) / (Math.max(f.getAsDouble(), l.getAsDouble()) + 1)
                    : 0.5;
            confidence *= 0.5 + 0.5 * agreement;
        }
        OptionalDouble ttf = nearest == null ? OptionalDouble.empty() : OptionalDouble.of(soonest);
        return new Prediction(risk, confidence, ttf, scenarios, estimates);
    }

    private ThresholdWatch watch(String metric, String name, double threshold) {
        return watches.computeIfAbsent(metric, m -> new ThresholdWatch(name, m, threshold, TREND_SECONDS));
    }
}
