package aura.application.monitor;

import aura.application.monitor.port.MeshMonitorEvents;
import aura.domain.monitor.Alert;
import aura.domain.monitor.MonitorEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Where the monitor's events go as they happen: this node's followers hear its own events at once, in the
 * sampling thread, then the other nodes hear them through the mesh; the other nodes' events reach the followers
 * here as they arrive, and their alert changes also go to the {@link AlertBook}, so this node lists the mesh's
 * alerts. Nothing is kept for a follower that is away. The node's shared in-memory state.
 */
@Singleton
public class MonitorFeed {
    private final MeshMonitorEvents mesh;
    private final List<Consumer<MonitorEvent>> followers = new CopyOnWriteArrayList<>();

    public MonitorFeed(MeshMonitorEvents mesh, AlertBook alerts) {
        this.mesh = mesh;
        mesh.follow(e -> {
            if (e.type() == MonitorEvent.Type.ALERT) heard(alerts, e);
            tell(e);
        });
    }

    private static void heard(AlertBook alerts, MonitorEvent e) {
        try {
            var state = Alert.State.valueOf(e.state().toUpperCase(Locale.ROOT));
            alerts.heard(e.detail(), e.node(), state, e.at(), e.values().getOrDefault("value", Double.NaN));
        } catch (IllegalArgumentException unknownState) {
            // another version's state: the stream still carries it, the book does not
        }
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
