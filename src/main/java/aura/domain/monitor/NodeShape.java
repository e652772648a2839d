package aura.domain.monitor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Follows the shape of one node's samples ({@link NodeTopology}) over a sliding window of {@code window} samples.
 * The coordinates are the node's unlabelled metrics (per-core and per-disk series, and the monitor's own outputs,
 * are left out), each on its own running scale and clipped to ±8 so a series' first move does not flatten the
 * rest. A window's shape is computed only when asked for, and every {@code window} samples, when a window ends: it is the one kept in the topology history, and the next
 * windows' Wasserstein distance is measured from it.
 */
public final class NodeShape {
    private static final double CLIP = 8;

    private final int window;
    private final int scaleMemory;
    private final Map<String, RunningScale> scales = new HashMap<>();
    private final Deque<Map<String, Double>> recent = new ArrayDeque<>();
    private NodeTopology lastEnded;
    private NodeTopology current;
    private long seen;
    private String node;
    private java.time.Instant at;

    public NodeShape(int window, int scaleMemory) {
        if (window < 4) throw new IllegalArgumentException("a window holds at least 4 samples");
        this.window = window;
        this.scaleMemory = scaleMemory;
    }

    public static NodeShape defaults() {
        DetectorParameters p = DetectorParameters.defaults();
        return new NodeShape(p.window(), p.scaleMemory());
    }

    /** The window that ended with a sample, if one did. */
    public Optional<NodeTopology> next(Sample sample) {
        Map<String, Double> z = new HashMap<>();
        sample.values().forEach((metric, value) -> {
            if (metric.contains(":") || metric.startsWith("monitor.")) return;
            double scaled = scales.computeIfAbsent(metric, m -> new RunningScale(scaleMemory)).next(value);
            z.put(metric, Math.max(-CLIP, Math.min(CLIP, scaled)));
        });
        recent.addLast(z);
        if (recent.size() > window) recent.removeFirst();
        seen++;
        node = sample.node();
        at = sample.at();
        current = null;
        if (recent.size() < window || seen % window != 0) return Optional.empty();
        lastEnded = current().orElseThrow();
        return Optional.of(lastEnded);
    }

    /** The shape of the last {@code window} samples, computed when first asked for; empty until a window is full. */
    public Optional<NodeTopology> current() {
        if (recent.size() < window) return Optional.empty();
        if (current == null) current = NodeTopology.of(node, at, cloud(), lastEnded);
        return Optional.of(current);
    }

    private double[][] cloud() {
        TreeSet<String> metrics = new TreeSet<>();
        recent.forEach(m -> metrics.addAll(m.keySet()));
        double[][] cloud = new double[recent.size()][Math.max(1, metrics.size())];
        int i = 0;
        for (Map<String, Double> sample : recent) {
            int j = 0;
            for (String metric : metrics) cloud[i][j++] = sample.getOrDefault(metric, 0.0);
            i++;
        }
        return cloud;
    }
}
