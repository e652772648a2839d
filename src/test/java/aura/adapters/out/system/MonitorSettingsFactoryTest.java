package aura.adapters.out.system;

import aura.domain.problem.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code aura.monitor.*} as the node reads it: each bad value refused naming its key and what it may be. */
class MonitorSettingsFactoryTest {
    private final MonitorSettingsFactory factory = new MonitorSettingsFactory();

    @Test
    void theDefaultsAndTheExtremesAreTaken() {
        var defaults = factory.monitorSettings("5s", "48h", "30d", "3s");
        assertThat(defaults.sampleEvery()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.retention().raw()).isEqualTo(Duration.ofHours(48));
        assertThat(defaults.retention().rollups()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.gpuReadTimeout()).isEqualTo(Duration.ofSeconds(3));

        var extremes = factory.monitorSettings("100ms", "2m", "2m", "30s");
        assertThat(extremes.sampleEvery()).isEqualTo(Duration.ofMillis(100));
        assertThat(extremes.retention().rollups()).isEqualTo(Duration.ofMinutes(2));
        assertThat(factory.monitorSettings(" 1m ", "2m", "2m", "100ms").sampleEvery()).isEqualTo(Duration.ofMinutes(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "99ms|48h|30d|3s|aura.monitor.sample-every is a time from 100ms to 1m, written like 100ms, 5s, 48h or 30d; not '99ms'",
            "2m|48h|30d|3s|aura.monitor.sample-every is a time from 100ms to 1m, written like 100ms, 5s, 48h or 30d; not '2m'",
            "fast|48h|30d|3s|aura.monitor.sample-every is a time from 100ms to 1m, written like 100ms, 5s, 48h or 30d; not 'fast'",
            "5s|1m|30d|3s|aura.monitor.raw-retention is a time of at least 2m, written like 100ms, 5s, 48h or 30d; not '1m'",
            "5s|two days|30d|3s|aura.monitor.raw-retention is a time of at least 2m, written like 100ms, 5s, 48h or 30d; not 'two days'",
            "5s|48h|1h|3s|aura.monitor.rollup-retention is a time of at least aura.monitor.raw-retention (48h), written like 100ms, 5s, 48h or 30d; not '1h'",
            "5s|48h|30d|0s|aura.monitor.nvidia-smi-timeout is a time from 100ms to 30s, written like 100ms, 5s, 48h or 30d; not '0s'",
            "5s|48h|30d|1m|aura.monitor.nvidia-smi-timeout is a time from 100ms to 30s, written like 100ms, 5s, 48h or 30d; not '1m'"})
    void aBadValueIsRefusedNamingItsKeyAndRange(String every, String raw, String rollups, String gpu, String message) {
        assertThatThrownBy(() -> factory.monitorSettings(every, raw, rollups, gpu))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.field()).contains(message.substring(0, message.indexOf(' ')));
                });
    }
}
