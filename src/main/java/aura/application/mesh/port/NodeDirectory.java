package aura.application.mesh.port;

import aura.domain.mesh.Heartbeat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The live part of the node registry: heartbeats that expire on their own. A node that stops beating disappears
 * from {@link #live()} within {@link #TIME_TO_LIVE}; its last beat stays in {@link #lastSeen()}.
 */
public interface NodeDirectory {
    Duration BEAT_INTERVAL = Duration.ofSeconds(2);
    Duration TIME_TO_LIVE = Duration.ofSeconds(6);

    void publish(Heartbeat heartbeat);

    Collection<Heartbeat> live();

    Map<String, Instant> lastSeen();
}
