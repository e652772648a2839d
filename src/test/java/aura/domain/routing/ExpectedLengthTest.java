package aura.domain.routing;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ExpectedLengthTest {
    private final ExpectedLength lengths = new ExpectedLength();

    @Test
    void withoutAnyAnswerOrMaxTokensTheDefaultIsExpected() {
        assertThat(lengths.expected("m", OptionalInt.empty())).isEqualTo(256);
        assertThat(lengths.average("m")).isEmpty();
    }

    @Test
    void maxTokensIsExpectedUpToTheCap() {
        lengths.record("m", 10);
        assertThat(lengths.expected("m", OptionalInt.of(300))).isEqualTo(300);
        assertThat(lengths.expected("m", OptionalInt.of(5))).isEqualTo(5);
        assertThat(lengths.expected("m", OptionalInt.of(32_000))).isEqualTo(1024);
    }

    @Test
    void withoutMaxTokensTheModelsMovingAverageIsExpected() {
        lengths.record("m", 100);
        lengths.record("m", 300);
        lengths.record("other", 5000);

        assertThat(lengths.expected("m", OptionalInt.empty())).isCloseTo(200, within(1e-9));
    }

    @Test
    void rejectsNegativeLengthsAndBadSettings() {
        assertThatThrownBy(() -> lengths.record("m", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpectedLength(0, 10, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpectedLength(10, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
