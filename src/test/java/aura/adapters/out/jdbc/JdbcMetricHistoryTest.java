package aura.adapters.out.jdbc;

import aura.application.monitor.MonitorSettings;
import aura.application.monitor.RollUpHistory;
import aura.application.monitor.port.MetricHistory;
import aura.application.node.ThisNode;
import aura.domain.monitor.HistoryRetention;
import aura.domain.monitor.MetricPoint;
import aura.domain.monitor.MinuteRollup;
import aura.domain.node.Mode;
import aura.domain.node.NodeIdentity;
import aura.domain.node.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metric history on the real Postgres: samples read back exactly by series and time, the latest sampling,
 * minute roll-ups written once each, and each node pruning only its own rows past the retention.
 */
class JdbcMetricHistoryTest extends OnPostgres {
    MetricHistory history() {
        return bean(MetricHistory.class);
    }

    /** One sampling of {@code node} every 5 s for {@code minutes}, starting at {@code start}: cpu.load = the second's index. */
    private List<MetricPoint> samplings(String node, Instant start, int minutes) {
        List<MetricPoint> all = new ArrayList<>();
        for (int s = 0; s < minutes * 60; s += 5) {
            var at = start.plusSeconds(s);
            var sampling = List.of(new MetricPoint(node, "cpu.load", at, s), new MetricPoint(node, "memory.used_bytes", at, 1e9 + s));
            history().append(sampling);
            all.addAll(sampling);
        }
        return all;
    }

    private RollUpHistory rollUpAt(String node, Instant now, HistoryRetention retention) {
        var thisNode = new ThisNode(new NodeIdentity(node, Role.LEAD, Mode.MESH, "test"), "127.0.0.1", 3000, false);
        return new RollUpHistory(thisNode, history(), bean(aura.application.monitor.port.TopologyHistory.class),
                bean(aura.application.monitor.port.AlertHistory.class), new MonitorSettings(Duration.ofSeconds(5), retention, Duration.ofSeconds(3)),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aSeriesReadsBackInTimeOrderWithinTheRangeAsked() {
        samplings("reader", T0, 2);
        var points = history().points("reader", "cpu.load", T0.plusSeconds(10), T0.plusSeconds(30));
        assertThat(points).extracting(MetricPoint::value).containsExactly(10.0, 15.0, 20.0, 25.0);
        assertThat(points.get(0).at()).isEqualTo(T0.plusSeconds(10));
        assertThat(history().latest("reader")).extracting(MetricPoint::metric).containsExactly("cpu.load", "memory.used_bytes");
        assertThat(history().latest("reader").get(0).at()).isEqualTo(T0.plusSeconds(115));
    }

    @Test
    void seriesAreRegisteredOncePerNodeAndListedByNode() {
        history().registerSeries("lister", Set.of("cpu.load", "disk.used_fraction:/"));
        history().registerSeries("lister", Set.of("cpu.load"));
        assertThat(history().series("lister")).containsExactly("cpu.load", "disk.used_fraction:/");
        assertThat(history().nodes()).contains("lister");
        assertThat(history().series("nobody")).isEmpty();
    }

    @Test
    void finishedMinutesAreRolledUpOnceAndTheCurrentMinuteWaits() {
        samplings("roller", T0, 3);
        var retention = new HistoryRetention(Duration.ofHours(48), Duration.ofDays(30));
        var first = rollUpAt("roller", T0.plusSeconds(150), retention).rollUp();
        assertThat(first.rollupsWritten()).isEqualTo(4); // two metrics, minutes 0 and 1; minute 2 is still going on
        var again = rollUpAt("roller", T0.plusSeconds(170), retention).rollUp();
        assertThat(again.rollupsWritten()).isZero();
        rollUpAt("roller", T0.plusSeconds(181), retention).rollUp();
        var rollups = history().rollups("roller", "cpu.load", T0, T0.plusSeconds(600));
        assertThat(rollups).extracting(MinuteRollup::minute).containsExactly(T0, T0.plusSeconds(60), T0.plusSeconds(120));
        assertThat(rollups.get(1).count()).isEqualTo(12);
        assertThat(rollups.get(1).min()).isEqualTo(60);
        assertThat(rollups.get(1).max()).isEqualTo(115);
        assertThat(rollups.get(1).mean()).isEqualTo(87.5);
    }

    @Test
    void aStretchWithoutSamplesIsSkippedAndTheRollUpCarriesOn() {
        samplings("sleeper", T0, 1);
        var retention = new HistoryRetention(Duration.ofHours(48), Duration.ofDays(30));
        rollUpAt("sleeper", T0.plusSeconds(61), retention).rollUp();
        samplings("sleeper", T0.plus(Duration.ofHours(10)), 1);
        rollUpAt("sleeper", T0.plus(Duration.ofHours(10)).plusSeconds(61), retention).rollUp();
        assertThat(history().rollups("sleeper", "cpu.load", T0, T0.plus(Duration.ofDays(1))))
                .extracting(MinuteRollup::minute).containsExactly(T0, T0.plus(Duration.ofHours(10)));
    }

    @Test
    void aNodePrunesItsOwnRowsPastTheRetentionAndNoOneElses() {
        samplings("pruner", T0, 5);
        samplings("neighbour", T0, 5);
        rollUpAt("pruner", T0.plusSeconds(5 * 60), new HistoryRetention(Duration.ofHours(48), Duration.ofDays(30))).rollUp();
        var result = rollUpAt("pruner", T0.plusSeconds(6 * 60), new HistoryRetention(Duration.ofMinutes(2), Duration.ofMinutes(4))).rollUp();
        assertThat(history().firstSample("pruner", Instant.EPOCH)).contains(T0.plusSeconds(4 * 60));
        assertThat(history().rollups("pruner", "cpu.load", T0, T0.plusSeconds(600))).extracting(MinuteRollup::minute)
                .containsExactly(T0.plusSeconds(120), T0.plusSeconds(180), T0.plusSeconds(240));
        assertThat(result.pointsPruned()).isEqualTo(2 * 48);
        assertThat(result.rollupsPruned()).isEqualTo(2 * 2);
        assertThat(history().firstSample("neighbour", Instant.EPOCH)).contains(T0);
    }
}
