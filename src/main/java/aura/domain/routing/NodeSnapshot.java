package aura.domain.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A node as the deciding node sees it through the mesh registry. {@code cpuLoad} is the fraction of the node's
 * CPU in use (values outside 0..1, or NaN, are clamped: a load average divided by cores can overshoot);
 * {@code models} is keyed by model name; {@code rtt} is the measured round trip from the deciding node
 * ({@link Duration#ZERO} for itself); {@code reachable} means a live heartbeat and a working backend;
 * {@code drainSeconds} is how long the node still needs for the generations it held at its heartbeat, as of
 * now ({@link DrainTime#after}: the published figure less the heartbeat's age), empty for a node that does not
 * publish one (the counts are then all the router knows); {@code drainedBy} names the alerts for which the node
 * takes no new generations (empty: it takes them); {@code external}: its backend is outside the mesh (a hosted API).
 */
public record NodeSnapshot(String node, boolean gpu, double cpuLoad, int activeGenerations, int queuedGenerations,
                           Map<String, ModelStats> models, Duration rtt, boolean reachable, OptionalDouble drainSeconds,
                           List<String> drainedBy, boolean external) {
    public NodeSnapshot {
        drainedBy = drainedBy == null ? List.of() : List.copyOf(drainedBy);
        if (node == null || node.isBlank()) throw new IllegalArgumentException("a node snapshot needs a node name");
        if (activeGenerations < 0 || queuedGenerations < 0) {
            throw new IllegalArgumentException("generation counts of '" + node + "' must be >= 0");
        }
        if (rtt == null || rtt.isNegative()) throw new IllegalArgumentException("rtt of '" + node + "' must be >= 0");
        cpuLoad = Double.isNaN(cpuLoad) ? 0 : Math.min(1, Math.max(0, cpuLoad));
        models = Map.copyOf(models);
        if (drainSeconds == null) drainSeconds = OptionalDouble.empty();
        if (drainSeconds.isPresent() && !(drainSeconds.getAsDouble() >= 0 && Double.isFinite(drainSeconds.getAsDouble()))) {
            throw new IllegalArgumentException("drain seconds of '" + node + "' must be finite and >= 0");
        }
    }

    /** A node whose backend, if any, is inside the mesh. */
    public NodeSnapshot(String node, boolean gpu, double cpuLoad, int activeGenerations, int queuedGenerations,
                        Map<String, ModelStats> models, Duration rtt, boolean reachable, OptionalDouble drainSeconds,
                        List<String> drainedBy) {
        this(node, gpu, cpuLoad, activeGenerations, queuedGenerations, models, rtt, reachable, drainSeconds, drainedBy, false);
    }

    /** A node that takes work. */
    public NodeSnapshot(String node, boolean gpu, double cpuLoad, int activeGenerations, int queuedGenerations,
                        Map<String, ModelStats> models, Duration rtt, boolean reachable, OptionalDouble drainSeconds) {
        this(node, gpu, cpuLoad, activeGenerations, queuedGenerations, models, rtt, reachable, drainSeconds, List.of());
    }

    /** A node that publishes only its generation counts, no drain time. */
    public NodeSnapshot(String node, boolean gpu, double cpuLoad, int activeGenerations, int queuedGenerations,
                        Map<String, ModelStats> models, Duration rtt, boolean reachable) {
        this(node, gpu, cpuLoad, activeGenerations, queuedGenerations, models, rtt, reachable, OptionalDouble.empty());
    }

    public Optional<ModelStats> model(String name) {
        return Optional.ofNullable(models.get(name));
    }
}
