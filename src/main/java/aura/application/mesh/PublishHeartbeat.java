package aura.application.mesh;

import aura.application.mesh.port.NodeDirectory;
import aura.application.node.port.GpuProbe;
import aura.application.node.port.HostMetricsSource;
import aura.domain.mesh.Heartbeat;
import aura.application.node.ThisNode;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Tells the mesh this node is alive, where to reach it, how loaded it is (generations in flight, and how long they
 * will take it), what it can generate, and whether its monitor drains it from routing.
 */
@Singleton
public record PublishHeartbeat(ThisNode thisNode, HostMetricsSource metrics, GpuProbe gpuProbe,
                               NodeDirectory directory, GenerationLoad load, NodeDrain drain, Clock clock) {
    public Heartbeat beat() {
        var id = thisNode.identity();
        var gpu = gpuProbe.probe();
        var beat = new Heartbeat(id.name(), id.role(), thisNode.address(), thisNode.port(),
                metrics.read().cpuLoad(), gpu, id.version(), clock.instant(), load.servedModels(),
                load.activeGenerations(), load.queuedGenerations(), load.drainSeconds(gpu.available()),
                drain.drainedBy(), thisNode.externalBackend());
        directory.publish(beat);
        return beat;
    }
}
