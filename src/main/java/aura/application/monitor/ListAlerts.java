package aura.application.monitor;

import aura.domain.monitor.Alert;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The mesh's alerts as this node knows them: every rule's current state on this node, then the other nodes'
 * alerts heard since it started; and the recent state changes of all of them, newest first.
 */
@Singleton
public record ListAlerts(AlertBook book) {
    public record Alerts(List<Alert> current, List<AlertBook.Transition> history) {
    }

    public Alerts list() {
        var all = new java.util.ArrayList<>(book.current());
        all.addAll(book.peers());
        return new Alerts(List.copyOf(all), book.history());
    }
}
