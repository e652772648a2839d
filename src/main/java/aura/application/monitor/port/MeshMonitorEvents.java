package aura.application.monitor.port;

import aura.domain.monitor.MonitorEvent;

import java.util.function.Consumer;

/** The monitor's events between nodes: this node's told to the others, theirs heard here (never its own back). */
public interface MeshMonitorEvents {
    void announce(MonitorEvent event);

    /** Starts telling {@code onEvent} the other nodes' events. */
    void follow(Consumer<MonitorEvent> onEvent);
}
