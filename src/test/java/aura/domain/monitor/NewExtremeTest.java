package aura.domain.monitor;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A value beyond everything the series has shown, by more than a twentieth of its range, is news (Numenta's rule). */
class NewExtremeTest {
    /** The rule written out plainly, to compare the class with. */
    private static boolean[] byHand(double[] values, int learning) {
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < i; j++) {
                lo = Math.min(lo, values[j]);
                hi = Math.max(hi, values[j]);
            }
            double tolerance = (hi - lo) * 0.05;
            out[i] = i >= learning && hi > lo && (values[i] > hi + tolerance || values[i] < lo - tolerance);
        }
        return out;
    }

    @Test
    void agreesWithTheRuleWrittenOutOnRandomSeries() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 5 + random.nextInt(300);
            int learning = random.nextInt(40);
            double[] values = new double[n];
            double level = random.nextGaussian() * 100;
            for (int i = 0; i < n; i++) {
                level += random.nextGaussian() * (random.nextInt(20) == 0 ? 30 : 1);
                values[i] = random.nextInt(10) == 0 ? Math.round(level) : level;
            }
            var rule = new NewExtreme(learning);
            boolean[] expected = byHand(values, learning);
            for (int i = 0; i < n; i++) assertThat(rule.next(values[i])).as("round %d value %d", round, i).isEqualTo(expected[i]);
        }
    }

    @Test
    void aFlatSeriesThatFirstMovesIsNotYetAnExtremeButTheNextBreakOutIs() {
        var rule = new NewExtreme(3);
        for (int i = 0; i < 10; i++) assertThat(rule.next(5)).isFalse();
        assertThat(rule.next(6)).as("no range to measure a break-out by").isFalse();
        assertThat(rule.next(6.04)).as("within a twentieth of the range").isFalse();
        assertThat(rule.next(6.2)).isTrue();
        assertThat(rule.next(4.5)).isTrue();
    }

    @Test
    void nothingIsAnExtremeWhileTheRangeIsLearned() {
        var rule = new NewExtreme(5);
        double[] values = {0, 1, 10, 100, 1000};
        for (double v : values) assertThat(rule.next(v)).isFalse();
        assertThat(rule.next(5000)).isTrue();
    }

    @Test
    void refusesANegativeLearningPeriod() {
        assertThatThrownBy(() -> new NewExtreme(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
