package aura.application.monitor;

import aura.application.mesh.NodeDrain;
import aura.application.monitor.port.AnomalyGauges;
import aura.application.monitor.port.MetricHistory;
import aura.application.monitor.port.TopologyHistory;
import aura.domain.monitor.Alert;
import aura.domain.monitor.DefaultAlertRules;
import aura.domain.monitor.MetricNames;
import aura.domain.monitor.MetricPoint;
import aura.domain.monitor.MonitorEvent;
import aura.domain.monitor.NodeOutlook;
import aura.domain.monitor.Sample;
import aura.domain.monitor.ThresholdWatch;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One tick of the node watching itself: a sample (told to the feed before it is stored), its anomaly score, the
 * node's outlook (failure risk and times to thresholds, stored as {@code monitor.failure_risk} and, while there is
 * a forecast, {@code monitor.time_to_threshold_s:<metric>}), the alert rules on all of it with each state change told to the
 * feed, the node drained from routing while a draining rule fires, the gauges, the topology window kept when one
 * ends (windows are kept as long as minute roll-ups), and last the state changes kept and sent to the webhook.
 */
@Singleton
public record ObserveNode(SampleNode sampleNode, DetectAnomalies detectAnomalies, EvaluateAlerts evaluateAlerts,
                          AlertBook alerts, OutlookBook outlook, MonitorFeed feed, MetricHistory history,
                          TopologyHistory topologies, AnomalyGauges gauges, NodeDrain drain,
                          KeepAlertChanges keepChanges) {
    public Sample observe() {
        Sample sample = sampleNode.sample();
        var anomaly = detectAnomalies.detect(sample);
        var ended = outlook.next(sample, anomaly.score(), anomaly.mostUnusual());
        var prediction = outlook.prediction(firing(alerts.current()));
        var outlookPoints = outlookPoints(prediction);
        history.registerSeries(sample.node(), outlookPoints.keySet());
        history.append(outlookPoints.entrySet().stream().filter(e -> e.getValue().isPresent())
                .map(e -> new MetricPoint(sample.node(), e.getKey(), sample.at(), e.getValue().getAsDouble())).toList());
        feed.publish(MonitorEvent.score(anomaly, prediction.risk()));
        var evaluated = sample.with(DetectAnomalies.SCORE_METRIC, anomaly.score());
        for (var e : outlookPoints.entrySet()) {
            // a rule over a forecast that is gone sees it as far as the horizon, so it resolves
            evaluated = evaluated.with(e.getKey(), e.getValue().orElse(ThresholdWatch.HORIZON_SECONDS));
        }
        var changes = evaluateAlerts.evaluate(evaluated);
        for (var t : changes) {
            feed.publish(MonitorEvent.alert(t.node(), t.rule(), t.state(), t.at(), t.value()));
        }
        var now = alerts.current();
        drain.drainFor(firing(now).stream().filter(a -> a.rule().drains()).map(a -> a.rule().name()).toList());
        gauges.publish(prediction);
        gauges.publish(now);
        try {
            ended.ifPresent(window -> topologies.save(window.summary())); // pruned with the roll-ups (RollUpHistory)
        } finally {
            keepChanges.keep(changes); // accepted changes are kept even when the window could not be
        }
        return sample;
    }

    /**
     * The outlook's figures as series: the failure risk, and each watched metric's forecast time to its threshold,
     * empty while it is not rising or further out than {@link ThresholdWatch#HORIZON_SECONDS} (nothing to store).
     */
    private static Map<String, OptionalDouble> outlookPoints(NodeOutlook.Prediction prediction) {
        Map<String, OptionalDouble> points = new LinkedHashMap<>();
        points.put(DefaultAlertRules.FAILURE_RISK, OptionalDouble.of(prediction.risk()));
        for (var e : prediction.thresholds()) {
            points.put(MetricNames.labelled(DefaultAlertRules.TIME_TO_THRESHOLD, e.metric()), e.forecastSeconds());
        }
        return points;
    }

    private static List<Alert> firing(List<Alert> alerts) {
        return alerts.stream().filter(a -> a.state() == Alert.State.FIRING).toList();
    }
}
