package aura.application.monitor;

import aura.domain.monitor.Alert;
import aura.domain.monitor.AlertChange;
import aura.domain.monitor.AlertRule;
import aura.domain.monitor.AlertRules;
import aura.domain.monitor.Sample;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * This node's alerts: the current state of each rule in force; and the other nodes' alerts as far as this node has
 * heard them (their state changes arrive over the mesh, {@link MonitorFeed}): each peer's rule in its last heard
 * state. The node's shared in-memory state: {@link EvaluateAlerts} feeds it, {@link ListAlerts} reads it. A peer's
 * alert is not this node's: {@link #current} is this node's own, what its failure risk counts. The state changes
 * themselves are kept by {@link KeepAlertChanges}.
 */
@Singleton
public class AlertBook {
    private final AlertRules rules;
    private final Map<String, Alert> current = new LinkedHashMap<>();
    private final Map<String, Alert> peers = new LinkedHashMap<>();

    public AlertBook(AlertRules rules) {
        this.rules = rules;
    }

    synchronized List<AlertChange> evaluate(Sample sample) {
        List<AlertChange> changes = new ArrayList<>();
        for (AlertRule rule : rules.rules()) {
            Double value = sample.values().get(rule.metric());
            if (value == null) continue; // no value this time: the rule keeps its state, as Prometheus does with no series
            Alert before = current.getOrDefault(rule.name(), Alert.inactive(rule, sample.node()));
            Alert after = before.next(value, sample.at());
            current.put(rule.name(), after);
            after.transitionFrom(before).ifPresent(state -> changes.add(new AlertChange(rule.name(), sample.node(),
                    before.state(), state, sample.at(), value, rule.severity(), after.activeSince())));
        }
        return changes;
    }

    /**
     * This node's alerts as its last changes left them (pending or firing ones; the others are inactive), each
     * active since its change said and last held when it changed; a rule no longer in force is left out.
     */
    synchronized void restore(List<AlertChange> last) {
        for (AlertChange c : last) {
            if (c.state() != Alert.State.PENDING && c.state() != Alert.State.FIRING) continue;
            rules.named(c.rule()).ifPresent(rule -> current.putIfAbsent(rule.name(),
                    new Alert(rule, c.node(), c.state(), c.activeSince() != null ? c.activeSince() : c.at(), c.at(), c.value())));
        }
    }

    /**
     * A peer's state change, heard over the mesh. Peers of one inventory share its rules; a change of a rule this
     * node does not have in force (a peer's own rules file, another version's default) is in the history only
     * (the peer keeps it there).
     */
    synchronized void heard(String ruleName, String node, Alert.State state, Instant at, double value) {
        var rule = rules.named(ruleName);
        if (rule.isEmpty()) return;
        String key = node + " " + ruleName;
        Alert before = peers.get(key);
        boolean continues = before != null && state != Alert.State.PENDING;
        Instant since = state == Alert.State.INACTIVE ? null : continues && before.activeSince() != null ? before.activeSince() : at;
        peers.put(key, new Alert(rule.get(), node, state, since, at, value));
    }

    public synchronized List<Alert> current() {
        return List.copyOf(current.values());
    }

    /** The other nodes' alerts heard since this node started, each in its last heard state (inactive ones too). */
    public synchronized List<Alert> peers() {
        return List.copyOf(peers.values());
    }
}
