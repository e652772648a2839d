package aura.application.routing;

import aura.application.routing.port.RoutingLog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The routing log in memory: every entry recorded, in the order it came. */
public final class InMemoryRoutingLog implements RoutingLog {
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(Entry entry) {
        entries.add(entry);
    }

    @Override
    public List<Entry> recent(int limit) {
        return entries.stream().sorted(Comparator.comparing(Entry::at).reversed()).limit(limit).toList();
    }

    @Override
    public List<Entry> recentFor(String userId, int limit) {
        return recent(Integer.MAX_VALUE).stream().filter(e -> e.requestedBy().equals(Optional.of(userId))).limit(limit).toList();
    }

    @Override
    public Optional<Entry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Everything recorded, oldest first. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
