package aura.domain.policy;

import aura.domain.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Prices per model as written in the settings, and the periods usage is summed over. */
class PriceListTest {
    @Test
    void pricesAreDollarsPerMillionPromptAndOutputTokensAndAnUnpricedModelIsFree() {
        var prices = PriceList.parse("gpt-4o=2.5/10, llama3:8b = 0.1 / 0.2");
        assertThat(prices.cost("gpt-4o", 1_000_000, 100_000)).isEqualTo(3.5);
        assertThat(prices.cost("llama3:8b", 1_000_000, 1_000_000)).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(prices.cost("qwen2", 5_000_000, 5_000_000)).isZero();
        assertThat(PriceList.parse("").prices()).isEmpty();
    }

    @Test
    void aMalformedNegativeOrRepeatedPriceIsRefusedNamingPrices() {
        for (String bad : new String[]{"gpt-4o=2.5", "gpt-4o=x/1", "=1/2", "gpt-4o=-1/2", "a=1/1,a=2/2"}) {
            assertThatThrownBy(() -> PriceList.parse(bad)).as(bad).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).field()).contains("prices"));
        }
    }

    @Test
    void aDayAndAMonthBeginAtMidnightUtc() {
        Instant now = Instant.parse("2026-12-15T13:45:00Z");
        assertThat(UsagePeriod.DAY.start(now)).isEqualTo(Instant.parse("2026-12-15T00:00:00Z"));
        assertThat(UsagePeriod.DAY.end(now)).isEqualTo(Instant.parse("2026-12-16T00:00:00Z"));
        assertThat(UsagePeriod.MONTH.start(now)).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(UsagePeriod.MONTH.end(now)).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(UsagePeriod.parse("day")).isEqualTo(UsagePeriod.DAY);
        assertThat(UsagePeriod.parse(null)).isEqualTo(UsagePeriod.MONTH);
        assertThatThrownBy(() -> UsagePeriod.parse("week")).isInstanceOf(InvalidInput.class);
    }
}
