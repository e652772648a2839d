package aura.application.monitor;

import aura.domain.monitor.AlertChange;
import aura.domain.monitor.AlertRules;
import aura.domain.monitor.Sample;
import jakarta.inject.Singleton;

import java.util.List;

/** Evaluates this node's alert rules in force on each of its samples (the anomaly score included); answers what changed. */
@Singleton
public record EvaluateAlerts(AlertBook book, AlertRules rules) {
    public List<AlertChange> evaluate(Sample sample) {
        return book.evaluate(rules.rules(), sample);
    }
}
