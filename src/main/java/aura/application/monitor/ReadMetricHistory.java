package aura.application.monitor;

import aura.application.monitor.port.MetricHistory;
import aura.application.node.ThisNode;
import aura.domain.monitor.MetricPoint;
import aura.domain.monitor.MinuteRollup;
import aura.domain.problem.InvalidInput;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One series of one node over the last hours: raw samples while the span fits in the raw retention, minute
 * roll-ups beyond it. An unknown node or metric, or hours outside (0, roll-up retention], is refused naming
 * the field.
 */
@Singleton
public record ReadMetricHistory(ThisNode thisNode, MetricHistory history, MonitorSettings settings, Clock clock) {
    public record Query(Optional<String> node, String metric, double hours) {
    }

    public enum Resolution { RAW, MINUTE }

    /** A point of the answer: a raw sample (min = max = value, count 1) or a minute's roll-up (value = mean). */
    public record Point(Instant at, double value, double min, double max, int count) {
    }

    public record Series(String node, String metric, Instant from, Instant to, Resolution resolution, List<Point> points) {
    }

    public Series read(Query query) {
        String node = query.node().orElse(thisNode.name());
        Duration span = hours(query.hours());
        var metrics = history.series(node);
        if (metrics.isEmpty() && !node.equals(thisNode.name())) throw new InvalidInput("node", "no node called " + node + " has a metric history");
        if (query.metric() == null || query.metric().isBlank()) throw new InvalidInput("metric", "metric is required");
        if (!metrics.contains(query.metric())) throw new InvalidInput("metric", node + " has no metric " + query.metric());
        Instant to = clock.instant();
        Instant from = to.minus(span);
        if (span.compareTo(settings.retention().raw()) <= 0) {
            List<Point> points = history.points(node, query.metric(), from, to).stream().map(ReadMetricHistory::raw).toList();
            return new Series(node, query.metric(), from, to, Resolution.RAW, points);
        }
        List<Point> points = history.rollups(node, query.metric(), from, to).stream().map(ReadMetricHistory::rolled).toList();
        return new Series(node, query.metric(), from, to, Resolution.MINUTE, points);
    }

    private Duration hours(double hours) {
        double most = settings.retention().rollups().toSeconds() / 3600.0;
        if (!(hours > 0 && hours <= most)) throw new InvalidInput("hours", "hours is more than 0 and at most " + (long) most);
        return Duration.ofMillis((long) (hours * 3_600_000));
    }

    private static Point raw(MetricPoint p) {
        return new Point(p.at(), p.value(), p.value(), p.value(), 1);
    }

    private static Point rolled(MinuteRollup r) {
        return new Point(r.minute(), r.mean(), r.min(), r.max(), r.count());
    }
}
