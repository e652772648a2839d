package aura.application.monitor;

import aura.domain.monitor.Alert;
import jakarta.inject.Singleton;

import java.util.List;

/** This node's alerts: every rule's current state and the recent state changes. */
@Singleton
public class ListAlerts {
    private final AlertBook book;

    public ListAlerts(AlertBook book) {
        this.book = book;
    }

    public record Alerts(List<Alert> current, List<AlertBook.Transition> history) {
    }

    public Alerts list() {
        return new Alerts(book.current(), book.history());
    }
}
