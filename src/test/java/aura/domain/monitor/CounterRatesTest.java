package aura.domain.monitor;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Counters become per-second rates between readings; a new or reset counter waits one reading. */
class CounterRatesTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aCounterBecomesItsIncreasePerSecond() {
        var rates = new CounterRates();
        assertThat(rates.rates(T0, Map.of("net.bytes_in", 1000.0))).isEmpty();
        assertThat(rates.rates(T0.plusSeconds(5), Map.of("net.bytes_in", 6000.0))).containsEntry("net.bytes_in.per_s", 1000.0);
    }

    @Test
    void aCounterThatWentBackwardsGivesNoRateThatTime() {
        var rates = new CounterRates();
        rates.rates(T0, Map.of("net.bytes_in", 1000.0));
        assertThat(rates.rates(T0.plusSeconds(5), Map.of("net.bytes_in", 10.0))).isEmpty();
        assertThat(rates.rates(T0.plusSeconds(10), Map.of("net.bytes_in", 20.0))).containsEntry("net.bytes_in.per_s", 2.0);
    }

    @Test
    void metricNamesAreDottedWordsWithAnOptionalLabel() {
        assertThat(MetricNames.valid("disk.used_fraction:/home")).isTrue();
        assertThat(MetricNames.valid("cpu.core:3")).isTrue();
        assertThat(MetricNames.valid("CPU")).isFalse();
        assertThat(MetricNames.valid("cpu load")).isFalse();
        assertThat(MetricNames.labelled("disk.read_bytes", "/dev/my disk")).isEqualTo("disk.read_bytes:/dev/my_disk");
    }
}
