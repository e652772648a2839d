package aura.application.routing;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Generations this node sent to each node and not yet finished: load a node's heartbeat does not show yet when
 * they were sent after it was written, which the router adds so a burst spreads instead of piling up. A dispatch
 * is forgotten after 6 s, the heartbeat's time to live: by then every live heartbeat is newer. Comparing a sending
 * time with a heartbeat's time assumes the nodes' clocks agree (NTP) to well under the 2 s between heartbeats.
 */
@Singleton
public class Dispatches {
    private static final long WINDOW_NANOS = 6_000_000_000L;

    private record Dispatch(String node, long at, Instant sentAt, Object token) {
    }

    private final ConcurrentLinkedDeque<Dispatch> recent = new ConcurrentLinkedDeque<>();
    private final Clock clock;

    @Inject
    public Dispatches(Clock clock) {
        this.clock = clock;
    }

    public Dispatches() {
        this(Clock.systemUTC());
    }

    /** Notes a dispatch; pass the returned handle to {@link #finished} when it ends. */
    public Object sent(String node) {
        Object token = new Object();
        recent.add(new Dispatch(node, System.nanoTime(), clock.instant(), token));
        return token;
    }

    public void finished(Object token) {
        recent.removeIf(d -> d.token() == token);
    }

    /**
     * Unfinished dispatches per node sent after that node's heartbeat in {@code heartbeatAt} (all of them for a
     * node without one): the ones its heartbeat cannot show.
     */
    public Map<String, Integer> sentAfter(Map<String, Instant> heartbeatAt) {
        long cutoff = System.nanoTime() - WINDOW_NANOS;
        recent.removeIf(d -> d.at() < cutoff);
        Map<String, Integer> counts = new HashMap<>();
        recent.forEach(d -> {
            Instant beat = heartbeatAt.get(d.node());
            if (beat == null || d.sentAt().isAfter(beat)) counts.merge(d.node(), 1, Integer::sum);
        });
        return counts;
    }
}
