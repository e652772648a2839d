package aura.application.routing;

import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Generations this node sent to each node in the last few seconds and not yet finished: load the registry does
 * not show yet (heartbeats are 2 s apart), which the router adds so a burst spreads instead of piling up.
 */
@Singleton
public class Dispatches {
    private static final long WINDOW_NANOS = 4_000_000_000L;

    private record Dispatch(String node, long at, Object token) {
    }

    private final ConcurrentLinkedDeque<Dispatch> recent = new ConcurrentLinkedDeque<>();

    /** Notes a dispatch; pass the returned handle to {@link #finished} when it ends. */
    public Object sent(String node) {
        Object token = new Object();
        recent.add(new Dispatch(node, System.nanoTime(), token));
        return token;
    }

    public void finished(Object token) {
        recent.removeIf(d -> d.token() == token);
    }

    public Map<String, Integer> recentByNode() {
        long cutoff = System.nanoTime() - WINDOW_NANOS;
        recent.removeIf(d -> d.at() < cutoff);
        Map<String, Integer> counts = new HashMap<>();
        recent.forEach(d -> counts.merge(d.node(), 1, Integer::sum));
        return counts;
    }
}
