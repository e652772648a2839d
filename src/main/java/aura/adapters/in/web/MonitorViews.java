package aura.adapters.in.web;

import aura.application.monitor.ReadMetricHistory;
import aura.domain.monitor.Sample;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The monitor's answers (docs/API.md, "Monitor"). */
final class MonitorViews {
    private MonitorViews() {
    }

    /** {@code GET /api/monitor/metrics/current}: the node's latest sample, every metric by name. */
    @Serdeable
    record Current(String node, @io.micronaut.core.annotation.Nullable Instant at, Map<String, Double> values) {
        static Current of(Sample s) {
            return new Current(s.node(), s.values().isEmpty() ? null : s.at(), s.values());
        }
    }

    /** {@code GET /api/monitor/metrics/history}: raw points ({@code "raw"}) or minute roll-ups ({@code "1m"}). */
    @Serdeable
    record History(String node, String metric, Instant from, Instant to, String resolution, List<Point> points) {
        static History of(ReadMetricHistory.Series s) {
            return new History(s.node(), s.metric(), s.from(), s.to(),
                    s.resolution() == ReadMetricHistory.Resolution.RAW ? "raw" : "1m",
                    s.points().stream().map(p -> new Point(p.at(), p.value(), p.min(), p.max(), p.count())).toList());
        }
    }

    @Serdeable
    record Point(Instant at, double value, double min, double max, int count) {
    }
}
