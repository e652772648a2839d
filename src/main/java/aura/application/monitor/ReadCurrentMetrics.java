package aura.application.monitor;

import aura.application.monitor.port.MetricHistory;
import aura.application.node.ThisNode;
import aura.domain.monitor.Sample;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.util.Optional;

/** A node's latest sample (this node unless another is named); an unknown node is refused naming the field. */
@Singleton
public record ReadCurrentMetrics(ThisNode thisNode, MetricHistory history) {
    public Sample read(Optional<String> node) {
        String name = node.orElse(thisNode.name());
        if (!name.equals(thisNode.name()) && !history.nodes().contains(name)) {
            throw new InvalidInput("node", "no node called " + name + " has a metric history");
        }
        return Sample.of(name, history.latest(name));
    }
}
