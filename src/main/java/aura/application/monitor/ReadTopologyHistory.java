package aura.application.monitor;

import aura.application.monitor.port.MetricHistory;
import aura.application.monitor.port.TopologyHistory;
import aura.application.node.ThisNode;
import aura.domain.monitor.NodeTopology;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A node's finished topology windows over the last hours (this node unless another is named). An unknown node, or
 * hours outside (0, roll-up retention], is refused naming the field.
 */
@Singleton
public record ReadTopologyHistory(ThisNode thisNode, TopologyHistory topologies, MetricHistory history,
                                  MonitorSettings settings, Clock clock) {
    public record Windows(String node, Instant from, Instant to, List<NodeTopology.Summary> windows) {
    }

    public Windows read(Optional<String> node, double hours) {
        String name = node.orElse(thisNode.name());
        if (!name.equals(thisNode.name()) && !history.nodes().contains(name)) {
            throw new InvalidInput("node", "no node called " + name + " has a metric history");
        }
        double most = settings.retention().rollups().toSeconds() / 3600.0;
        if (!(hours > 0 && hours <= most)) throw new InvalidInput("hours", "hours is more than 0 and at most " + (long) most);
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofMillis((long) (hours * 3_600_000)));
        return new Windows(name, from, to, topologies.windows(name, from, to.plusMillis(1)));
    }
}
