package aura.application.monitor.port;

import aura.domain.monitor.AlertChange;

import java.time.Instant;
import java.util.List;

/** The alerts' state changes, every node's, kept across restarts ({@code monitor_alert_changes}). */
public interface AlertHistory {
    /** Keeps {@code changes}, all or none. */
    void save(List<AlertChange> changes);

    /** The newest {@code limit} changes of all nodes, newest first. */
    List<AlertChange> recent(int limit);

    /** The newest change of each of {@code node}'s rules. */
    List<AlertChange> last(String node);

    /** Deletes the node's changes from before {@code before}; answers how many. */
    long prune(String node, Instant before);
}
