package aura.domain.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One sampling of one node: every metric's value at one moment, by name. */
public record Sample(String node, Instant at, Map<String, Double> values) {
    public Sample {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** This sample with one more value (the detector's score, say). */
    public Sample with(String metric, double value) {
        Map<String, Double> more = new TreeMap<>(values);
        more.put(metric, value);
        return new Sample(node, at, more);
    }

    public List<MetricPoint> points() {
        return values.entrySet().stream().map(e -> new MetricPoint(node, e.getKey(), at, e.getValue())).toList();
    }

    public static Sample of(String node, List<MetricPoint> points) {
        Map<String, Double> values = new TreeMap<>();
        Instant at = points.isEmpty() ? Instant.EPOCH : points.get(0).at();
        for (MetricPoint p : points) values.put(p.metric(), p.value());
        return new Sample(node, at, values);
    }
}
