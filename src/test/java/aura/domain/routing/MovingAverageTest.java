package aura.domain.routing;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MovingAverageTest {

    @Test
    void theFirstSamplesAreAveragedPlainly() {
        MovingAverage average = new MovingAverage(0.1);
        assertThat(average.value()).isEmpty();
        average.add(10);
        average.add(20);
        average.add(60);

        assertThat(average.value()).hasValue(30);
        assertThat(average.samples()).isEqualTo(3);
    }

    @Test
    void onceWarmItWeighsNewSamplesByAlpha() {
        MovingAverage average = new MovingAverage(0.25);
        for (int i = 0; i < 4; i++) average.add(8);
        average.add(16);

        assertThat(average.value().getAsDouble()).isCloseTo(10, within(1e-12));
    }

    @Test
    void itFollowsAChangeAndForgetsThePast() {
        MovingAverage average = new MovingAverage(0.2);
        for (int i = 0; i < 100; i++) average.add(40);
        for (int i = 0; i < 40; i++) average.add(10);

        assertThat(average.value().getAsDouble()).isCloseTo(10, within(0.01));
    }

    @Test
    void concurrentSamplesAreAllCounted() {
        MovingAverage average = new MovingAverage(0.1);
        IntStream.range(0, 10_000).parallel().forEach(i -> average.add(5));

        assertThat(average.samples()).isEqualTo(10_000);
        assertThat(average.value().getAsDouble()).isCloseTo(5, within(1e-9));
    }

    @Test
    void rejectsNonFiniteSamplesAndBadAlpha() {
        assertThatThrownBy(() -> new MovingAverage(0).add(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MovingAverage(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MovingAverage(0.5).add(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
