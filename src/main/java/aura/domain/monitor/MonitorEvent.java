package aura.domain.monitor;

import java.time.Instant;
import java.util.Map;

/**
 * One thing the monitor tells its watchers as it happens: a node's {@code sample} (its metric values), its
 * {@code score} (values {@code anomaly_score}, {@code failure_risk}, and the most unusual metric as {@code detail}),
 * or an {@code alert} state change ({@code detail} the rule, {@code state} its new state, values {@code value}).
 * {@code at} is the sample's time.
 */
public record MonitorEvent(Type type, String node, Instant at, Map<String, Double> values, String detail, String state) {
    public MonitorEvent {
        if (type == null || node == null || at == null) throw new IllegalArgumentException("an event has a type, node and time");
        values = Map.copyOf(values);
        detail = detail == null ? "" : detail;
        state = state == null ? "" : state;
    }

    public enum Type { SAMPLE, SCORE, ALERT }

    public static MonitorEvent sample(Sample s) {
        return new MonitorEvent(Type.SAMPLE, s.node(), s.at(), s.values(), "", "");
    }

    public static MonitorEvent score(NodeAnomaly anomaly, double risk) {
        return new MonitorEvent(Type.SCORE, anomaly.node(), anomaly.at(),
                Map.of("anomaly_score", anomaly.score(), "failure_risk", risk), anomaly.mostUnusual(), "");
    }

    public static MonitorEvent alert(String node, String rule, Alert.State state, Instant at, double value) {
        return new MonitorEvent(Type.ALERT, node, at, Double.isFinite(value) ? Map.of("value", value) : Map.of(), rule,
                state.name().toLowerCase(java.util.Locale.ROOT));
    }
}
