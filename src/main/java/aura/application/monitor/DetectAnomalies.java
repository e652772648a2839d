package aura.application.monitor;

import aura.application.monitor.port.AnomalyGauges;
import aura.application.monitor.port.MetricHistory;
import aura.domain.monitor.DetectorParameters;
import aura.domain.monitor.MetricPoint;
import aura.domain.monitor.NodeAnomaly;
import aura.domain.monitor.Sample;
import aura.domain.monitor.SeriesDetector;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the monitor's detector online over this node's samples: one {@link SeriesDetector} per metric, all with
 * the one parameter set, fed each sample as it is taken; the node's score (Bonferroni over its series) is stored
 * in the history as {@code monitor.anomaly_score} beside the metrics and published to the gauges. The detector's
 * own outputs ({@code monitor.*}) are not fed back into it.
 */
@Singleton
public class DetectAnomalies {
    public static final String SCORE_METRIC = "monitor.anomaly_score";

    private final MetricHistory history;
    private final AnomalyGauges gauges;
    private final Map<String, SeriesDetector> detectors = new HashMap<>();

    public DetectAnomalies(MetricHistory history, AnomalyGauges gauges) {
        this.history = history;
        this.gauges = gauges;
    }

    public synchronized NodeAnomaly detect(Sample sample) {
        Map<String, Double> scores = new TreeMap<>();
        sample.values().forEach((metric, value) -> {
            if (metric.startsWith("monitor.")) return;
            var detector = detectors.computeIfAbsent(metric, m -> new SeriesDetector(DetectorParameters.defaults()));
            scores.put(metric, detector.next(value, sample.at()).anomaly());
        });
        NodeAnomaly anomaly = NodeAnomaly.of(sample.node(), sample.at(), scores);
        history.registerSeries(sample.node(), java.util.Set.of(SCORE_METRIC));
        history.append(List.of(new MetricPoint(sample.node(), SCORE_METRIC, sample.at(), anomaly.score())));
        gauges.publish(anomaly);
        return anomaly;
    }
}
