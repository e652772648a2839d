package aura.domain.monitor;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Minute roll-ups agree with a plain scan of the points, minute by minute, on many random histories. */
class RollupsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void eachMinuteOfEachSeriesIsFoldedExactlyAsAScanOfItsPointsWould() {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            List<MetricPoint> points = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                points.add(new MetricPoint(random.nextBoolean() ? "a" : "b", random.nextBoolean() ? "cpu.load" : "memory.used_bytes",
                        T0.plusMillis(random.nextInt(5 * 60_000)), random.nextGaussian() * 100));
            }
            var rollups = Rollups.of(points);
            for (MinuteRollup r : rollups) {
                var inMinute = points.stream().filter(p -> p.node().equals(r.node()) && p.metric().equals(r.metric())
                        && !p.at().isBefore(r.minute()) && p.at().isBefore(r.minute().plusSeconds(60))).toList();
                assertThat(r.count()).isEqualTo(inMinute.size());
                assertThat(r.min()).isEqualTo(inMinute.stream().mapToDouble(MetricPoint::value).min().orElseThrow());
                assertThat(r.max()).isEqualTo(inMinute.stream().mapToDouble(MetricPoint::value).max().orElseThrow());
                assertThat(r.mean()).isCloseTo(inMinute.stream().mapToDouble(MetricPoint::value).average().orElseThrow(), within(1e-9));
            }
            assertThat(rollups.stream().mapToInt(MinuteRollup::count).sum()).isEqualTo(n);
        }
    }

    @Test
    void aPointOnTheMinuteBelongsToTheMinuteItStarts() {
        var rollups = Rollups.of(List.of(new MetricPoint("a", "cpu.load", T0.plusSeconds(60), 1),
                new MetricPoint("a", "cpu.load", T0.plusSeconds(59), 3)));
        assertThat(rollups).extracting(MinuteRollup::minute).containsExactly(T0, T0.plusSeconds(60));
    }
}
