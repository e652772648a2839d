package aura.domain.monitor;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The detector is online (a score depends only on the rows up to its own), bounded, and sees a jump. */
class SeriesDetectorTest {
    private static double[] scores(double[] values) {
        var detector = new SeriesDetector(DetectorParameters.defaults());
        double[] scores = new double[values.length];
        for (int i = 0; i < values.length; i++) scores[i] = detector.next(values[i], at(i)).anomaly();
        return scores;
    }

    /** One value every five minutes: 288 a day. */
    private static Instant at(int i) {
        return Instant.parse("2026-11-02T00:00:00Z").plusSeconds(300L * i);
    }

    private static double[] noisyDaily(Random random, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) values[i] = 50 + 20 * Math.sin(i * 2 * Math.PI / 288) + random.nextGaussian();
        return values;
    }

    @Test
    void aScoreDoesNotChangeWhenLaterRowsChange() {
        Random random = new Random(3);
        for (int round = 0; round < 4; round++) {
            // the likelihoods answer from value 300 on (DetectorParameters.learning twice): cut well after that,
            // where some scores are above 0 (the joined tail is at most 1 only once one signal's is under a half)
            double[] values = noisyDaily(random, 800);
            int cut = 420 + random.nextInt(300);
            double[] changed = values.clone();
            for (int i = cut + 1; i < changed.length; i++) changed[i] = random.nextGaussian() * 1000;
            double[] a = scores(values);
            double[] b = scores(changed);
            assertThat(Arrays.copyOf(b, cut + 1)).isEqualTo(Arrays.copyOf(a, cut + 1));
            assertThat(Arrays.stream(a, 300, cut + 1).max().orElseThrow()).as("scores before the cut that are not 0").isPositive();
        }
    }

    @Test
    void everyScoreIsBetweenZeroAndOne() {
        Random random = new Random(4);
        double[] values = noisyDaily(random, 900);
        values[700] = 1e9;
        Arrays.fill(values, 750, 800, 3);
        for (double s : scores(values)) assertThat(s).isBetween(0.0, 1.0);
    }

    @Test
    void aJumpScoresAboveEverythingTheSteadySeriesShowed() {
        Random random = new Random(9);
        double[] values = noisyDaily(random, 900);
        for (int i = 700; i < values.length; i++) values[i] += 60;
        double[] s = scores(values);
        double steady = Arrays.stream(s, 200, 700).max().orElseThrow();
        double atJump = Arrays.stream(s, 700, 720).max().orElseThrow();
        assertThat(atJump).isGreaterThan(steady);
    }

    @Test
    void aValueBeyondEverythingTheSeriesShowedScoresOneWhateverTheLikelihoodsSay() {
        Random random = new Random(5);
        double[] values = noisyDaily(random, 500);
        values[400] = 95;
        var detector = new SeriesDetector(DetectorParameters.defaults());
        SeriesDetector.Score at = null;
        for (int i = 0; i <= 400; i++) at = detector.next(values[i], at(i));
        assertThat(at.extreme()).isTrue();
        assertThat(at.anomaly()).isEqualTo(1.0);
        assertThat(at.part(SeriesDetector.Part.WITHOUT_RANGE)).as("the likelihoods alone").isLessThan(1.0);
        assertThat(detector.next(50, at(401)).extreme()).isFalse();
    }

    @Test
    void aNightlyJobsSpikeIsNoNewsAfterAFewNightsButTheSameSpikeAtAnotherHourIs() {
        Random random = new Random(5);
        int day = 288;
        double[] values = new double[12 * day];
        for (int i = 0; i < values.length; i++) values[i] = 10 + 0.5 * random.nextGaussian();
        // every night between 03:30 and 03:40 a job lifts the metric for one sample
        for (int d = 0; d < 12; d++) values[d * day + 42 + random.nextInt(3)] = 30;
        int elsewhere = 11 * day + 180; // 15:00 on the last day
        values[elsewhere] = 30;
        double[] s = scores(values);
        double nightly = 0;
        for (int d = 6; d < 12; d++) nightly = Math.max(nightly, Arrays.stream(s, d * day + 36, d * day + 49).max().orElseThrow());
        assertThat(nightly).as("the job's spike from the seventh night on").isLessThan(0.25);
        assertThat(s[elsewhere]).as("the same spike in the afternoon").isGreaterThan(0.42);
    }

    @Test
    void aDayWhosePeakDoesNotComeScoresAboveEveryOrdinaryDay() {
        Random random = new Random(11);
        int day = 288;
        double[] values = new double[8 * day];
        for (int i = 0; i < values.length; i++) {
            boolean peak = i % day >= 120 && i % day < 168;
            values[i] = (peak ? 80 : 20) + random.nextGaussian();
        }
        // the seventh day's peak never comes: every value stays where the series has been most of each day
        for (int i = 6 * day + 120; i < 6 * day + 168; i++) values[i] = 20 + random.nextGaussian();
        double[] s = scores(values);
        double ordinary = Arrays.stream(s, 2 * day, 6 * day).max().orElseThrow();
        double missed = Arrays.stream(s, 6 * day + 120, 6 * day + 168).max().orElseThrow();
        assertThat(missed).isGreaterThan(ordinary);
        assertThat(missed).as("a red-zone score").isGreaterThan(0.42);
    }

    @Test
    void theLiquidForecasterLearnsARegularSeries() {
        var forecast = new LiquidForecast(16, 0.995);
        double early = 0;
        double late = 0;
        for (int i = 0; i < 2000; i++) {
            double r = forecast.next(Math.sin(i / 5.0));
            if (i >= 10 && i < 110) early += r;
            if (i >= 1900) late += r;
        }
        assertThat(late).isLessThan(early / 5);
    }
}
