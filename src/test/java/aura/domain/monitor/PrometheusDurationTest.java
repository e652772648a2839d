package aura.domain.monitor;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Durations as Prometheus writes them in a rule's {@code for} and {@code keep_firing_for}. */
class PrometheusDurationTest {
    @Test
    void unitsFromTheLargestDownAddUp() {
        assertThat(PrometheusDuration.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(PrometheusDuration.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(PrometheusDuration.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(PrometheusDuration.parse("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(PrometheusDuration.parse("2w")).isEqualTo(Duration.ofDays(14));
        assertThat(PrometheusDuration.parse("1y")).isEqualTo(Duration.ofDays(365));
        assertThat(PrometheusDuration.parse("1s500ms")).isEqualTo(Duration.ofMillis(1500));
        assertThat(PrometheusDuration.parse("0")).isZero();
        assertThat(PrometheusDuration.parse("0s")).isZero();
    }

    @Test
    void anythingElseIsRefusedSayingTheForm() {
        for (String bad : new String[] {"", "5", "5 m", "m", "5M", "1.5m", "30m1h", "5m5m", "-5m", "PT5M", "5min"}) {
            assertThatThrownBy(() -> PrometheusDuration.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("like 30s, 5m");
        }
        assertThatThrownBy(() -> PrometheusDuration.parse("99999999999999999999y")).hasMessageContaining("too long");
    }

    @Test
    void aDurationIsWrittenBackAsItIsRead() {
        for (String text : new String[] {"0s", "30s", "5m", "1h30m", "1d", "250ms", "1w2d3h4m5s6ms"}) {
            assertThat(PrometheusDuration.format(PrometheusDuration.parse(text))).isEqualTo(text);
        }
    }
}
