package aura.application.monitor;

import aura.domain.monitor.AlertRule;
import aura.domain.monitor.DefaultAlertRules;
import aura.domain.monitor.Sample;
import jakarta.inject.Singleton;

import java.util.List;

/** Evaluates this node's alert rules on each of its samples (the anomaly score included); answers what changed. */
@Singleton
public class EvaluateAlerts {
    private final AlertBook book;
    private final List<AlertRule> rules = DefaultAlertRules.all();

    public EvaluateAlerts(AlertBook book) {
        this.book = book;
    }

    public List<AlertBook.Transition> evaluate(Sample sample) {
        return book.evaluate(rules, sample);
    }
}
