package aura.domain.monitor;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The running anomaly likelihood agrees with a brute-force recomputation over plain lists, on many random inputs;
 * the red-zone filter keeps only a run's start.
 */
class AnomalyLikelihoodTest {
    /** The definition, computed from scratch at every step. */
    private static List<Double> bruteForce(double[] raws, int shortWindow, int history, int learning, double minMean, double minStd) {
        List<Double> raw = new ArrayList<>();
        List<Double> averages = new ArrayList<>();
        List<Double> tails = new ArrayList<>();
        for (int t = 0; t < raws.length; t++) {
            raw.add(Math.max(raws[t], 0));
            double average = raw.subList(Math.max(0, raw.size() - shortWindow), raw.size()).stream()
                    .mapToDouble(Double::doubleValue).average().orElseThrow();
            double tail = 1;
            var past = averages.subList(Math.max(0, averages.size() - history), averages.size());
            if (t + 1 > 2 * learning) {
                double mean = past.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                double variance = past.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / past.size();
                tail = Gaussian.upperTail((average - Math.max(minMean, mean)) / Math.max(minStd, Math.sqrt(variance)));
            }
            if (t + 1 > learning) averages.add(average);
            tails.add(tail);
        }
        return tails;
    }

    @Test
    void itAgreesWithTheDefinitionComputedFromScratch() {
        Random random = new Random(5);
        for (int round = 0; round < 60; round++) {
            int shortWindow = 1 + random.nextInt(8);
            int history = 2 + random.nextInt(40);
            int learning = 2 + random.nextInt(20);
            double[] raws = new double[50 + random.nextInt(300)];
            for (int i = 0; i < raws.length; i++) {
                raws[i] = random.nextInt(10) == 0 ? 0 : Math.abs(random.nextGaussian()) * (random.nextInt(50) == 0 ? 100 : 1);
            }
            double minMean = random.nextBoolean() ? 0 : 0.5;
            var likelihood = new AnomalyLikelihood(shortWindow, history, learning, minMean, 1e-6);
            var expected = bruteForce(raws, shortWindow, history, learning, minMean, 1e-6);
            for (int i = 0; i < raws.length; i++) {
                double tail = likelihood.next(raws[i]);
                assertThat(tail).as("round %d step %d", round, i).isCloseTo(expected.get(i), within(1e-7));
            }
        }
    }

    @Test
    void nothingIsUnusualWhileLearningAndABurstIsAfterIt() {
        var likelihood = new AnomalyLikelihood(3, 100, 25, 0.03, 0.017);
        Random random = new Random(1);
        for (int i = 0; i < 50; i++) assertThat(likelihood.next(Math.abs(random.nextGaussian()))).isEqualTo(1.0);
        for (int i = 0; i < 150; i++) likelihood.next(Math.abs(random.nextGaussian()));
        assertThat(likelihood.next(1000)).isLessThan(1e-3);
    }

    @Test
    void theNormalTailAndFishersMethodMatchKnownValues() {
        assertThat(Gaussian.upperTail(0)).isCloseTo(0.5, within(1e-7));
        assertThat(Gaussian.upperTail(1.959964)).isCloseTo(0.025, within(1e-7));
        assertThat(Gaussian.upperTail(-1.959964)).isCloseTo(0.975, within(1e-7));
        assertThat(Gaussian.upperTail(6) / 9.8658765e-10).isCloseTo(1, within(1e-6));
        assertThat(Gaussian.cdf(1)).isCloseTo(0.8413447, within(1e-7));
        // Fisher for two p-values: P(chi2_4 > -2 ln(p1 p2)); for p1 = p2 = 0.05, X = 11.98, tail 0.01747.
        assertThat(Gaussian.fisher(0.05, 0.05)).isCloseTo(0.017479, within(1e-5));
        assertThat(Gaussian.fisher(1, 1)).isEqualTo(1.0);
    }

    @Test
    void onlyTheStartOfARunOfRedTailsStaysRed() {
        var onset = new AlarmOnset(1);
        assertThat(onset.next(0.2)).isEqualTo(0.2);
        assertThat(onset.next(1e-8)).isEqualTo(1e-8);
        assertThat(onset.next(1e-9)).isEqualTo(1e-3);
        assertThat(onset.next(1e-6)).isEqualTo(1e-3);
        assertThat(onset.next(1e-4)).isEqualTo(1e-4);
        assertThat(onset.next(1e-7)).as("a new run after a tail out of the red").isEqualTo(1e-7);
    }

    @Test
    void aRedWithinTheShortAverageOfTheLastRedIsTheSameEvidenceAgain() {
        var onset = new AlarmOnset(3);
        assertThat(onset.next(1e-8)).isEqualTo(1e-8);
        assertThat(onset.next(1e-4)).isEqualTo(1e-4);
        assertThat(onset.next(1e-2)).isEqualTo(1e-2);
        assertThat(onset.next(1e-7)).as("three values after the last red").isEqualTo(1e-3);
        for (int i = 0; i < 3; i++) onset.next(0.5);
        assertThat(onset.next(1e-7)).as("four values after the last red: a new alarm").isEqualTo(1e-7);
    }
}
