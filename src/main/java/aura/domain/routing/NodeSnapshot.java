package aura.domain.routing;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A node as the deciding node sees it through the mesh registry. {@code cpuLoad} is the fraction of the node's
 * CPU in use (values outside 0..1, or NaN, are clamped: a load average divided by cores can overshoot);
 * {@code models} is keyed by model name; {@code rtt} is the measured round trip from the deciding node
 * ({@link Duration#ZERO} for itself); {@code reachable} means a live heartbeat and a working backend.
 */
public record NodeSnapshot(String node, boolean gpu, double cpuLoad, int activeGenerations, int queuedGenerations,
                           Map<String, ModelStats> models, Duration rtt, boolean reachable) {
    public NodeSnapshot {
        if (node == null || node.isBlank()) throw new IllegalArgumentException("a node snapshot needs a node name");
        if (activeGenerations < 0 || queuedGenerations < 0) {
            throw new IllegalArgumentException("generation counts of '" + node + "' must be >= 0");
        }
        if (rtt == null || rtt.isNegative()) throw new IllegalArgumentException("rtt of '" + node + "' must be >= 0");
        cpuLoad = Double.isNaN(cpuLoad) ? 0 : Math.min(1, Math.max(0, cpuLoad));
        models = Map.copyOf(models);
    }

    public Optional<ModelStats> model(String name) {
        return Optional.ofNullable(models.get(name));
    }
}
