package aura.application.monitor;

import aura.application.mesh.NodeDrain;
import aura.application.monitor.port.AnomalyGauges;
import aura.application.monitor.port.MetricHistory;
import aura.application.monitor.port.TopologyHistory;
import aura.domain.monitor.Alert;
import aura.domain.monitor.DefaultAlertRules;
import aura.domain.monitor.MetricPoint;
import aura.domain.monitor.MonitorEvent;
import aura.domain.monitor.Sample;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * One tick of the node watching itself: a sample (told to the feed before it is stored), its anomaly score, the
 * node's outlook (failure risk, stored as {@code monitor.failure_risk}), the alert rules on all of it with each
 * state change told to the feed, the node drained from routing while a draining rule fires, the gauges, and the
 * topology window kept when one ends (windows are kept as long as minute roll-ups).
 */
@Singleton
public record ObserveNode(SampleNode sampleNode, DetectAnomalies detectAnomalies, EvaluateAlerts evaluateAlerts,
                          AlertBook alerts, OutlookBook outlook, MonitorFeed feed, MetricHistory history,
                          TopologyHistory topologies, AnomalyGauges gauges, NodeDrain drain) {
    public Sample observe() {
        Sample sample = sampleNode.sample();
        var anomaly = detectAnomalies.detect(sample);
        var ended = outlook.next(sample, anomaly.score(), anomaly.mostUnusual());
        var prediction = outlook.prediction(firing(alerts.current()));
        history.registerSeries(sample.node(), Set.of(DefaultAlertRules.FAILURE_RISK));
        history.append(List.of(new MetricPoint(sample.node(), DefaultAlertRules.FAILURE_RISK, sample.at(), prediction.risk())));
        feed.publish(MonitorEvent.score(anomaly, prediction.risk()));
        var evaluated = sample.with(DetectAnomalies.SCORE_METRIC, anomaly.score())
                .with(DefaultAlertRules.FAILURE_RISK, prediction.risk());
        for (var t : evaluateAlerts.evaluate(evaluated)) {
            feed.publish(MonitorEvent.alert(t.node(), t.rule(), t.state(), t.at(), t.value()));
        }
        var now = alerts.current();
        drain.drainFor(firing(now).stream().filter(a -> a.rule().drains()).map(a -> a.rule().name()).toList());
        gauges.publish(prediction);
        gauges.publish(now);
        ended.ifPresent(window -> topologies.save(window.summary())); // pruned with the roll-ups (RollUpHistory)
        return sample;
    }

    private static List<Alert> firing(List<Alert> alerts) {
        return alerts.stream().filter(a -> a.state() == Alert.State.FIRING).toList();
    }
}
