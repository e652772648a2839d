package aura.application.monitor;

import aura.domain.monitor.Alert;
import aura.domain.monitor.AlertRule;
import aura.domain.monitor.DefaultAlertRules;
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
 * This node's alerts: the current state of each rule and the last 500 state changes, newest first; and the other
 * nodes' alerts as far as this node has heard them (their state changes arrive over the mesh, {@link MonitorFeed}):
 * each peer's rule in its last heard state, its changes among the 500. The node's shared in-memory state:
 * {@link EvaluateAlerts} feeds it, {@link ListAlerts} reads it. A peer's alert is not this node's: {@link #current}
 * is this node's own, what its failure risk counts.
 */
@Singleton
public class AlertBook {
    private static final int KEPT = 500;

    private final Map<String, Alert> current = new LinkedHashMap<>();
    private final Deque<Transition> transitions = new ArrayDeque<>();
    private final Map<String, Alert> peers = new LinkedHashMap<>();

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
                remember(t);
            });
        }
        return changes;
    }

    /**
     * A peer's state change, heard over the mesh. Peers run the same rules ({@link DefaultAlertRules}); a change
     * of a rule this node does not know (another version's) is kept in the history only.
     */
    synchronized void heard(Transition t) {
        remember(t);
        var rule = DefaultAlertRules.all().stream().filter(r -> r.name().equals(t.rule())).findFirst();
        if (rule.isEmpty()) return;
        String key = t.node() + " " + t.rule();
        Alert before = peers.get(key);
        boolean continues = before != null && t.state() != Alert.State.PENDING;
        Instant since = t.state() == Alert.State.INACTIVE ? null : continues && before.activeSince() != null ? before.activeSince() : t.at();
        peers.put(key, new Alert(rule.get(), t.node(), t.state(), since, t.at(), t.value()));
    }

    private void remember(Transition t) {
        transitions.addFirst(t);
        if (transitions.size() > KEPT) transitions.removeLast();
    }

    public synchronized List<Alert> current() {
        return List.copyOf(current.values());
    }

    /** The other nodes' alerts heard since this node started, each in its last heard state (inactive ones too). */
    public synchronized List<Alert> peers() {
        return List.copyOf(peers.values());
    }

    public synchronized List<Transition> history() {
        return List.copyOf(transitions);
    }
}
