package aura.application.monitor.port;

import aura.domain.monitor.MetricPoint;
import aura.domain.monitor.MinuteRollup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The nodes' metric history: raw samples, their minute roll-ups, and which series each node has. */
public interface MetricHistory {
    /** Stores one sampling of a node; every point of it shares its node and time. */
    void append(List<MetricPoint> points);

    /** Raw points of one series with {@code from <= at < to}, oldest first. */
    List<MetricPoint> points(String node, String metric, Instant from, Instant to);

    /** Every raw point of a node with {@code from <= at < to}, oldest first (what a roll-up folds). */
    List<MetricPoint> pointsOf(String node, Instant from, Instant to);

    /** The node's most recent sampling, every metric of it. */
    List<MetricPoint> latest(String node);

    /** Roll-ups of one series whose minute is in {@code [from, to)}, oldest first. */
    List<MinuteRollup> rollups(String node, String metric, Instant from, Instant to);

    void saveRollups(List<MinuteRollup> rollups);

    /** The latest minute rolled up for the node, if any. */
    Optional<Instant> lastRolledMinute(String node);

    /** The time of the node's earliest raw sample at or after {@code notBefore}, if it has one. */
    Optional<Instant> firstSample(String node, Instant notBefore);

    /** Records that the node has these series (idempotent, and cheap when nothing is new: every tick asks); {@link #series} lists them. */
    void registerSeries(String node, Set<String> metrics);

    Set<String> series(String node);

    /** Nodes with at least one series. */
    Set<String> nodes();

    /** Deletes the node's raw points before {@code rawBefore} and its roll-ups before {@code rollupsBefore}. */
    Pruned prune(String node, Instant rawBefore, Instant rollupsBefore);

    record Pruned(long points, long rollups) {
    }
}
