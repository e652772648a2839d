package aura.application.monitor;

import aura.application.monitor.port.AlertHistory;
import aura.application.monitor.port.AlertNotifications;
import aura.domain.monitor.AlertChange;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps this node's alert state changes in the history and tells them to the notifications (the webhook). A
 * change the history could not take is held and saved, before the newer ones, at the next call; the failure
 * is thrown on, so the caller's tick fails (and is logged) for as long as the history does. Held changes are
 * bounded: past {@link #MOST_HELD} (hours of failing ticks) the oldest go.
 */
@Singleton
public class KeepAlertChanges {
    static final int MOST_HELD = 10_000;

    private final AlertHistory history;
    private final AlertNotifications notifications;
    private final List<AlertChange> held = new ArrayList<>();

    public KeepAlertChanges(AlertHistory history, AlertNotifications notifications) {
        this.history = history;
        this.notifications = notifications;
    }

    public synchronized void keep(List<AlertChange> changes) {
        changes.forEach(notifications::tell); // never blocks: the webhook sends from its own thread
        held.addAll(changes);
        if (held.size() > MOST_HELD) held.subList(0, held.size() - MOST_HELD).clear();
        if (held.isEmpty()) return;
        history.save(List.copyOf(held)); // throws on an outage: the changes stay held
        held.clear();
    }
}
