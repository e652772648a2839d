package aura.adapters.out.inprocess;

import aura.adapters.SoloMode;
import aura.application.monitor.port.MeshMonitorEvents;
import aura.domain.monitor.MonitorEvent;
import jakarta.inject.Singleton;

import java.util.function.Consumer;

/** A solo node is the only one watching: nobody to tell, nobody to hear. */
@Singleton
@SoloMode
public class NoMeshMonitorEvents implements MeshMonitorEvents {
    @Override
    public void announce(MonitorEvent event) {
        // no other node
    }

    @Override
    public void follow(Consumer<MonitorEvent> onEvent) {
        // no other node announces anything
    }
}
