package aura.testing;

import aura.application.monitor.port.AlertHistory;
import aura.domain.monitor.AlertChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The alert history in memory, oldest first in {@link #changes}; {@link #failing} makes it refuse as a lost database would. */
public final class KeptAlertChanges implements AlertHistory {
    public final List<AlertChange> changes = new ArrayList<>();
    public volatile boolean failing;

    @Override
    public synchronized void save(List<AlertChange> more) {
        if (failing) throw new IllegalStateException("the history is away");
        changes.addAll(more);
    }

    @Override
    public synchronized List<AlertChange> recent(int limit) {
        return changes.stream().sorted(Comparator.comparing(AlertChange::at).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<AlertChange> last(String node) {
        var newest = new java.util.LinkedHashMap<String, AlertChange>();
        changes.stream().filter(c -> c.node().equals(node)).forEach(c -> newest.put(c.rule(), c));
        return List.copyOf(newest.values());
    }

    @Override
    public synchronized long prune(String node, Instant before) {
        int was = changes.size();
        changes.removeIf(c -> c.node().equals(node) && c.at().isBefore(before));
        return was - changes.size();
    }
}
