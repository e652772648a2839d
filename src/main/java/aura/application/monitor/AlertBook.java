package aura.application.monitor;

import aura.domain.monitor.Alert;
import aura.domain.monitor.AlertRule;
import aura.domain.monitor.Sample;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * This node's alerts: the current state of each rule and the last 500 state changes, newest first. The node's
 * shared in-memory state: {@link EvaluateAlerts} feeds it, {@link ListAlerts} reads it.
 */
@Singleton
public class AlertBook {
    private static final int KEPT = 500;

    private final Map<String, Alert> current = new LinkedHashMap<>();
    private final Deque<Transition> transitions = new ArrayDeque<>();

    /** One state change of one alert. */
    public record Transition(String rule, String node, Alert.State state, Instant at, double value) {
    }

    synchronized List<Transition> evaluate(List<AlertRule> rules, Sample sample) {
        List<Transition> changes = new ArrayList<>();
        for (AlertRule rule : rules) {
            Double value = sample.values().get(rule.metric());
            if (value == null) continue; // no value this time: the rule keeps its state, as Prometheus does with no series
            Alert before = current.getOrDefault(rule.name(), Alert.inactive(rule, sample.node()));
            Alert after = before.next(value, sample.at());
            current.put(rule.name(), after);
            after.transitionFrom(before).ifPresent(state -> {
                var t = new Transition(rule.name(), sample.node(), state, sample.at(), value);
                changes.add(t);
                transitions.addFirst(t);
                if (transitions.size() > KEPT) transitions.removeLast();
            });
        }
        return changes;
    }

    public synchronized List<Alert> current() {
        return List.copyOf(current.values());
    }

    public synchronized List<Transition> history() {
        return List.copyOf(transitions);
    }
}
