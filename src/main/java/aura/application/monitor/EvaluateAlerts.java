package aura.application.monitor;

import aura.application.monitor.port.AlertHistory;
import aura.domain.monitor.AlertChange;
import aura.domain.monitor.Sample;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Evaluates this node's alert rules in force ({@link AlertBook}) on each of its samples (the anomaly score included); answers what
 * changed. Before the first evaluation the node's pending and firing alerts are taken back from the history, so a
 * restart neither fires an alert again nor forgets to resolve it.
 */
@Singleton
public class EvaluateAlerts {
    private final AlertBook book;
    private final AlertHistory history;
    private boolean restored;

    public EvaluateAlerts(AlertBook book, AlertHistory history) {
        this.book = book;
        this.history = history;
    }

    public synchronized List<AlertChange> evaluate(Sample sample) {
        if (!restored) {
            book.restore(history.last(sample.node()));
            restored = true;
        }
        return book.evaluate(sample);
    }
}
