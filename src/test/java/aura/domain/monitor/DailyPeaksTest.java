package aura.domain.monitor;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The usual surprise about this time of day comes from the earlier days' peaks only, and an old habit fades. */
class DailyPeaksTest {
    private static final Instant MONDAY = Instant.parse("2026-11-02T00:00:00Z");
    private static final long DAY = 86_400;

    private static Instant at(int day, int hour, int minute) {
        return MONDAY.plusSeconds(DAY * day + 3600L * hour + 60L * minute);
    }

    @Test
    void nothingIsUsualUntilAnEarlierDayShowedIt() {
        var peaks = new DailyPeaks(7);
        assertThat(peaks.next(20, at(0, 3, 30))).isZero();
        assertThat(peaks.next(1, at(0, 3, 35))).as("the same quarter, the same day: today's peak is not yet usual").isZero();
        assertThat(peaks.next(1, at(1, 3, 30))).as("the next night: the mean of one day's peak").isCloseTo(20, within(1e-6));
    }

    @Test
    void aNightlyJobsPeakIsUsualAboutItsHourAndNowhereElse() {
        var peaks = new DailyPeaks(7);
        for (int day = 0; day < 5; day++) {
            for (int minute = 0; minute < 24 * 60; minute += 5) {
                boolean job = minute == 3 * 60 + 30;
                peaks.next(job ? 20 : 1, MONDAY.plusSeconds(DAY * day + 60L * minute));
            }
        }
        assertThat(peaks.next(1, at(5, 3, 30))).isCloseTo(20, within(1e-6));
        assertThat(peaks.next(1, at(5, 3, 50))).as("the next quarter: the job starts a few minutes later some days")
                .isCloseTo(20, within(1e-6));
        assertThat(peaks.next(1, at(5, 15, 0))).as("the afternoon's usual peak is its noise").isCloseTo(1, within(1e-6));
    }

    @Test
    void theUsualPeakIsTheNightsMeanGiveOrTakeTheirSpread() {
        var peaks = new DailyPeaks(7);
        peaks.next(18, at(0, 3, 30));
        peaks.next(22, at(1, 3, 30));
        assertThat(peaks.next(0, at(2, 3, 30))).as("mean about 20 (the older night weighs a little less), spread 2")
                .isCloseTo(22, within(0.2));
    }

    @Test
    void aHabitThatStoppedFadesWithinWeeks() {
        var peaks = new DailyPeaks(7);
        for (int day = 0; day < 7; day++) peaks.next(20, at(day, 3, 30));
        for (int day = 7; day < 35; day++) peaks.next(0, at(day, 3, 30));
        assertThat(peaks.next(0, at(35, 3, 30))).as("four weeks after the job stopped: under a fifth of its peak").isBetween(0.0, 4.0);
    }

    @Test
    void aClockSetBackDoesNotEndADay() {
        var peaks = new DailyPeaks(7);
        peaks.next(20, at(3, 3, 30));
        peaks.next(5, at(-60, 3, 30)); // the same quarter, the clock set two months back
        assertThat(peaks.next(0, at(4, 3, 30))).as("one day's peak: the larger of the two").isCloseTo(20, within(1e-6));
    }
}
