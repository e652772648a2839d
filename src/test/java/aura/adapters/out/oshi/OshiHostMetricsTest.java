package aura.adapters.out.oshi;

import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class OshiHostMetricsTest {
    @Test
    void readsPlausibleFiguresFromThisHost() {
        var metrics = new OshiHostMetrics(Clock.systemUTC());
        var first = metrics.read();
        var second = metrics.read();

        assertThat(second.cpuLoad()).isBetween(0.0, 1.0);
        assertThat(first.memoryTotalBytes()).isPositive();
        assertThat(first.memoryUsedBytes()).isBetween(1L, first.memoryTotalBytes());
        assertThat(first.disks()).isNotEmpty().allMatch(d -> d.usedBytes() <= d.totalBytes());
        assertThat(second.networkBytesIn()).isGreaterThanOrEqualTo(first.networkBytesIn());
        assertThat(first.loadAverage().one()).isGreaterThanOrEqualTo(0.0);
    }
}
