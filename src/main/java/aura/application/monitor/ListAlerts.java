package aura.application.monitor;

import aura.domain.monitor.Alert;
import jakarta.inject.Singleton;

import java.util.List;

/** This node's alerts: every rule's current state and the recent state changes. */
@Singleton
public record ListAlerts(AlertBook book) {
    public record Alerts(List<Alert> current, List<AlertBook.Transition> history) {
    }

    public Alerts list() {
        return new Alerts(book.current(), book.history());
    }
}
