package aura.adapters.out.inprocess;

import aura.adapters.SoloMode;
import aura.application.mesh.port.NodeDirectory;
import aura.domain.mesh.Heartbeat;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The registry of a solo node: heartbeats kept in memory, expiring exactly as they do in Redis. */
@Singleton
@SoloMode
public class InProcessNodeDirectory implements NodeDirectory {
    private final Map<String, Heartbeat> beats = new ConcurrentHashMap<>();
    private final Clock clock;

    public InProcessNodeDirectory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void publish(Heartbeat heartbeat) {
        beats.put(heartbeat.name(), heartbeat);
    }

    @Override
    public Collection<Heartbeat> live() {
        Instant cutoff = clock.instant().minus(TIME_TO_LIVE);
        return beats.values().stream().filter(b -> b.at().isAfter(cutoff)).toList();
    }

    @Override
    public Map<String, Instant> lastSeen() {
        Map<String, Instant> seen = new ConcurrentHashMap<>();
        beats.values().forEach(b -> seen.put(b.name(), b.at()));
        return seen;
    }
}
