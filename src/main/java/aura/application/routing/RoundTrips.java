package aura.application.routing;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The latest measured round-trip time from this node to each peer (a peer not yet measured counts as 5 ms). */
@Singleton
public class RoundTrips {
    static final Duration UNMEASURED = Duration.ofMillis(5);

    private final Map<String, Duration> latest = new ConcurrentHashMap<>();

    public void record(String node, Duration rtt) {
        latest.put(node, rtt);
    }

    public Duration to(String node) {
        return latest.getOrDefault(node, UNMEASURED);
    }
}
