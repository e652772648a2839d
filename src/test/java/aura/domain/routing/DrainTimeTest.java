package aura.domain.routing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DrainTimeTest {
    private static final Map<String, Double> SPEEDS = Map.of("fast", 60.0, "slow", 8.0);

    /** The drain time as its Javadoc states it, generation by generation, from the recorded answers directly. */
    static double reference(List<DrainTime.Generation> generations, List<Integer> answers, double prefill) {
        double total = 0;
        for (DrainTime.Generation g : generations) {
            double ceiling = g.maxTokens().isPresent() ? g.maxTokens().getAsInt() : Double.MAX_VALUE;
            double answer;
            if (g.generatedTokens() >= ceiling) {
                answer = 0;
            } else {
                List<Integer> last = answers.subList(Math.max(0, answers.size() - ExpectedLength.WINDOW), answers.size());
                double sum = 0;
                int longer = 0;
                for (int length : last) {
                    if (length > g.generatedTokens()) {
                        sum += Math.min(length, ceiling) - g.generatedTokens();
                        longer++;
                    }
                }
                answer = sum / Math.max(1, longer);
                if (longer == 0) {
                    double expected = g.maxTokens().isPresent() ? Math.min(g.maxTokens().getAsInt(), ExpectedLength.DEFAULT_CAP)
                            : movingAverage(answers).orElse(ExpectedLength.DEFAULT_TOKENS);
                    answer = Math.max(expected - g.generatedTokens(), g.generatedTokens() / 4.0);
                }
                answer = Math.min(answer, ceiling - g.generatedTokens());
            }
            double prompt = g.generatedTokens() == 0 ? g.promptTokens() / prefill : 0;
            total += (answer + prompt) / SPEEDS.get(g.model());
        }
        return total;
    }

    private static java.util.OptionalDouble movingAverage(List<Integer> answers) {
        if (answers.isEmpty()) return java.util.OptionalDouble.empty();
        double value = 0;
        for (int i = 0; i < answers.size(); i++) {
            double weight = Math.max(1.0 / (i + 1), ExpectedLength.DEFAULT_ALPHA);
            value += weight * (answers.get(i) - value);
        }
        return java.util.OptionalDouble.of(value);
    }

    @Test
    void drainTimesMatchTheReferenceOnRandomNodes() {
        SplittableRandom rng = new SplittableRandom(10);
        for (int i = 0; i < 3_000; i++) {
            ExpectedLength lengths = new ExpectedLength();
            List<Integer> answers = new ArrayList<>();
            int recorded = rng.nextInt(4) == 0 ? 0 : rng.nextInt(400);
            for (int a = 0; a < recorded; a++) {
                int length = 1 + (int) Math.round(Math.exp(rng.nextDouble(0, 7.5)));
                answers.add(length);
                lengths.record("fast", length);
                lengths.record("slow", length);
            }
            List<DrainTime.Generation> generations = new ArrayList<>();
            for (int g = 0; g < rng.nextInt(8); g++) {
                OptionalInt max = rng.nextInt(3) == 0 ? OptionalInt.of(1 + rng.nextInt(2048)) : OptionalInt.empty();
                int generated = rng.nextBoolean() ? 0 : rng.nextInt(3000);
                generations.add(new DrainTime.Generation(rng.nextBoolean() ? "fast" : "slow", max, rng.nextInt(4000), generated));
            }
            double prefill = rng.nextBoolean() ? 50 : 8;

            double drain = DrainTime.seconds(generations, lengths, SPEEDS::get, prefill);

            double expected = reference(generations, answers, prefill);
            assertThat(drain).as("generations %s after %s answers", generations, recorded)
                    .isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
        }
    }

    @Test
    void anAnswerPastTheTypicalLengthIsExpectedToRunOnLikeTheLongOnes() {
        ExpectedLength lengths = new ExpectedLength();
        for (int i = 0; i < 90; i++) lengths.record("fast", 100);
        for (int i = 0; i < 10; i++) lengths.record("fast", 1600);
        var justStarted = new DrainTime.Generation("fast", OptionalInt.empty(), 0, 1);
        var pastTheShortOnes = new DrainTime.Generation("fast", OptionalInt.empty(), 0, 600);

        assertThat(DrainTime.seconds(List.of(justStarted), lengths, SPEEDS::get, 50)).isCloseTo(249.0 / 60, within(1e-9));
        assertThat(DrainTime.seconds(List.of(pastTheShortOnes), lengths, SPEEDS::get, 50)).isCloseTo(1000.0 / 60, within(1e-9));
    }

    @Test
    void aWaitingGenerationAlsoCostsItsPromptAndMaxTokensBoundsWhatIsLeft() {
        ExpectedLength lengths = new ExpectedLength();
        for (int i = 0; i < 10; i++) lengths.record("slow", 400);
        var capped = new DrainTime.Generation("slow", OptionalInt.of(64), 800, 0);
        var almostAtItsCap = new DrainTime.Generation("slow", OptionalInt.of(64), 800, 60);

        assertThat(DrainTime.seconds(List.of(capped), lengths, SPEEDS::get, 8)).isCloseTo((64 + 100) / 8.0, within(1e-9));
        assertThat(DrainTime.seconds(List.of(almostAtItsCap), lengths, SPEEDS::get, 8)).isCloseTo(4 / 8.0, within(1e-9));
        assertThat(DrainTime.seconds(List.of(), lengths, SPEEDS::get, 8)).isZero();
    }

    @Test
    void aPublishedDrainAgesBySecondsAndNeverGoesBelowZero() {
        assertThat(DrainTime.after(10, Duration.ofMillis(2500))).isCloseTo(7.5, within(1e-12));
        assertThat(DrainTime.after(1, Duration.ofSeconds(5))).isZero();
        assertThat(DrainTime.after(3, Duration.ofSeconds(-1))).as("a heartbeat from a clock ahead").isEqualTo(3);
    }

    @Test
    void rejectsASpeedThatIsNotPositive() {
        var g = new DrainTime.Generation("fast", OptionalInt.empty(), 0, 0);
        assertThatThrownBy(() -> DrainTime.seconds(List.of(g), new ExpectedLength(), m -> 0, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
