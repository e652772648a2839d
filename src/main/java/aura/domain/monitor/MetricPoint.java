package aura.domain.monitor;

import java.time.Instant;

/** One value of one metric of one node at one moment. Values are finite. */
public record MetricPoint(String node, String metric, Instant at, double value) {
    public MetricPoint {
        MetricNames.check(metric);
        if (node == null || node.isBlank()) throw new IllegalArgumentException("a metric point needs its node");
        if (at == null) throw new IllegalArgumentException("a metric point needs its time");
        if (!Double.isFinite(value)) throw new IllegalArgumentException("metric values are finite: " + metric);
    }
}
