package aura.application.monitor;

import aura.application.monitor.port.MeshMonitorEvents;
import aura.domain.monitor.MonitorEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Where the monitor's events go as they happen: this node's followers hear its own events at once, in the
 * sampling thread, then the other nodes hear them through the mesh; the other nodes' events reach the followers
 * here as they arrive. Nothing is kept for a follower that is away. The node's shared in-memory state.
 */
@Singleton
public class MonitorFeed {
    private final MeshMonitorEvents mesh;
    private final List<Consumer<MonitorEvent>> followers = new CopyOnWriteArrayList<>();

    public MonitorFeed(MeshMonitorEvents mesh) {
        this.mesh = mesh;
        mesh.follow(this::tell);
    }

    public void publish(MonitorEvent event) {
        tell(event);
        mesh.announce(event);
    }

    /** Starts telling {@code follower} every event; the answer stops it. A follower must not block. */
    public Runnable follow(Consumer<MonitorEvent> follower) {
        followers.add(follower);
        return () -> followers.remove(follower);
    }

    private void tell(MonitorEvent event) {
        for (Consumer<MonitorEvent> f : followers) {
            try {
                f.accept(event);
            } catch (RuntimeException e) {
                // one follower's failure is its own; the others and the sampling go on
            }
        }
    }
}
