package aura.application.monitor;

import aura.application.monitor.port.AlertHistory;
import aura.application.monitor.port.MetricHistory;
import aura.application.monitor.port.TopologyHistory;
import aura.application.node.ThisNode;
import aura.domain.monitor.Rollups;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Rolls this node's finished minutes up (each minute once, from the one after the last rolled, never the
 * current one) and prunes what is older than the retention allows, topology windows and alert changes with the
 * roll-ups. Each node rolls up and prunes only its own
 * rows, so nodes sharing a database never do each other's work twice. At most six hours of minutes per call, so a
 * node back from a long pause catches up over a few calls without one huge read.
 */
@Singleton
public record RollUpHistory(ThisNode thisNode, MetricHistory history, TopologyHistory topologies, AlertHistory alerts,
                            MonitorSettings settings, Clock clock) {
    private static final Duration MOST_PER_CALL = Duration.ofHours(6);

    public Result rollUp() {
        String node = thisNode.name();
        Instant now = clock.instant();
        Instant currentMinute = Rollups.minuteOf(now);
        Instant rawCutoff = settings.retention().rawCutoff(now);
        Instant notBefore = history.lastRolledMinute(node).map(m -> m.plusSeconds(60)).orElse(Instant.EPOCH);
        if (notBefore.isBefore(rawCutoff)) notBefore = Rollups.minuteOf(rawCutoff);
        // From the first sample not yet rolled, so a stretch with no samples (the node was off) is skipped.
        Instant from = history.firstSample(node, notBefore).map(Rollups::minuteOf).orElse(currentMinute);
        Instant to = from.plus(MOST_PER_CALL).isBefore(currentMinute) ? from.plus(MOST_PER_CALL) : currentMinute;
        int rolled = 0;
        if (from.isBefore(to)) {
            var rollups = Rollups.of(history.pointsOf(node, from, to));
            history.saveRollups(rollups);
            rolled = rollups.size();
        }
        var pruned = history.prune(node, rawCutoff, settings.retention().rollupCutoff(now));
        topologies.prune(node, settings.retention().rollupCutoff(now)); // windows are kept as long as roll-ups
        alerts.prune(node, settings.retention().rollupCutoff(now)); // and so are alert changes
        return new Result(rolled, pruned.points(), pruned.rollups());
    }

    public record Result(int rollupsWritten, long pointsPruned, long rollupsPruned) {
    }
}
