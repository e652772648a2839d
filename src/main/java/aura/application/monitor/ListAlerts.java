package aura.application.monitor;

import aura.application.monitor.port.AlertHistory;
import aura.domain.monitor.Alert;
import aura.domain.monitor.AlertChange;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * The mesh's alerts as this node knows them: every rule's current state on this node, then the other nodes'
 * alerts heard since it started; and the newest {@value #HISTORY} state changes of all nodes sharing the
 * history, newest first.
 */
@Singleton
public record ListAlerts(AlertBook book, AlertHistory history) {
    static final int HISTORY = 500;

    public record Alerts(List<Alert> current, List<AlertChange> history) {
    }

    public Alerts list() {
        var all = new ArrayList<>(book.current());
        all.addAll(book.peers());
        return new Alerts(List.copyOf(all), history.recent(HISTORY));
    }
}
