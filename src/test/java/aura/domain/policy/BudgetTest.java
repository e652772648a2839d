package aura.domain.policy;

import aura.domain.problem.InvalidInput;
import aura.domain.problem.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a person stands against a monthly budget, and what that does to their next request. */
class BudgetTest {
    static Budget tokens(long limit, boolean hardCap) {
        return new Budget(OptionalLong.of(limit), OptionalDouble.empty(), hardCap);
    }

    @Test
    void underEightyPercentIsWithinFromEightyNearlySpentFromAHundredSpent() {
        Budget b = tokens(1000, false);
        assertThat(b.standing(799, 0).state()).isEqualTo(Budget.State.WITHIN);
        assertThat(b.standing(800, 0).state()).isEqualTo(Budget.State.NEARLY_SPENT);
        assertThat(b.standing(999, 0).state()).isEqualTo(Budget.State.NEARLY_SPENT);
        assertThat(b.standing(1000, 0).state()).isEqualTo(Budget.State.SPENT);
        assertThat(b.standing(500, 0).share()).isEqualTo(0.5);
    }

    @Test
    void aSpentBudgetDowngradesUnlessItIsCappedThenItRefuses() {
        assertThat(tokens(10, false).standing(10, 0).downgrades()).isTrue();
        assertThat(tokens(10, false).standing(10, 0).refuses()).isFalse();
        assertThat(tokens(10, true).standing(10, 0).refuses()).isTrue();
        assertThat(tokens(10, true).standing(10, 0).downgrades()).isFalse();
        assertThat(tokens(10, true).standing(9, 0).refuses()).isFalse();
    }

    @Test
    void withTokensAndDollarsWhicheverRunsOutFirstCounts() {
        Budget both = new Budget(OptionalLong.of(1000), OptionalDouble.of(2.0), false);
        assertThat(both.standing(100, 1.9).state()).isEqualTo(Budget.State.NEARLY_SPENT);
        assertThat(both.standing(1000, 0.1).state()).isEqualTo(Budget.State.SPENT);
        assertThat(both.standing(100, 0.1).state()).isEqualTo(Budget.State.WITHIN);
    }

    @Test
    void noLimitIsNeverSpentAndAZeroLimitIsSpentFromTheStart() {
        assertThat(Budget.NONE.standing(1_000_000_000, 1e6).state()).isEqualTo(Budget.State.WITHIN);
        assertThat(tokens(0, false).standing(0, 0).state()).isEqualTo(Budget.State.SPENT);
    }

    @Test
    void aNegativeOrEndlessLimitIsRefusedNamingItsField() {
        assertThatThrownBy(() -> tokens(-1, false)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((Refusal) e).field()).contains("tokens"));
        assertThatThrownBy(() -> new Budget(OptionalLong.empty(), OptionalDouble.of(-0.01), false))
                .satisfies(e -> assertThat(((Refusal) e).field()).contains("dollars"));
        assertThatThrownBy(() -> new Budget(OptionalLong.empty(), OptionalDouble.of(Double.NaN), false))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aSpentCappedBudgetIsA429UntilTheMonthTurnsAndSaysWhy() {
        Instant now = Instant.parse("2026-12-31T23:00:00Z");
        var refusal = new BudgetSpent(tokens(100, true).standing(130, 0.25), now);
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.TOO_MANY);
        assertThat(refusal.retryAfter()).contains(java.time.Duration.ofHours(1));
        assertThat(refusal.getMessage()).contains("monthly budget of 100 tokens is spent", "130 tokens", "2027-01-01");
    }
}
