package aura.domain.monitor;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The profile knows a quarter of an hour's usual value from earlier days only, and forgets an old habit. */
class DailyProfileTest {
    private static final Instant MONDAY = Instant.parse("2026-11-02T00:00:00Z");

    @Test
    void aQuarterHasNoUsualValueUntilItWasSeenOnAnEarlierDay() {
        var profile = new DailyProfile(7);
        assertThat(profile.next(10, MONDAY.plusSeconds(9 * 3600))).isNaN();
        assertThat(profile.next(12, MONDAY.plusSeconds(9 * 3600 + 300))).as("the same quarter, the same day").isNaN();
        assertThat(profile.next(30, MONDAY.plusSeconds(10 * 3600))).as("another quarter").isNaN();
        assertThat(profile.next(14, MONDAY.plusSeconds(33 * 3600))).as("9:00 the next day: 14 less the mean of 10 and 12")
                .isCloseTo(3, within(0.01));
    }

    @Test
    void theUsualValueIsThatOfTheSameHourNotOfTheWholeDay() {
        var profile = new DailyProfile(7);
        for (int day = 0; day < 3; day++) {
            for (int quarter = 0; quarter < 96; quarter++) {
                profile.next(quarter < 48 ? 0 : 100, MONDAY.plusSeconds(86_400L * day + 900L * quarter));
            }
        }
        assertThat(profile.next(100, MONDAY.plusSeconds(3 * 86_400L + 900L * 60))).isCloseTo(0, within(1e-9));
        assertThat(profile.next(100, MONDAY.plusSeconds(3 * 86_400L + 900L * 10))).isCloseTo(100, within(1e-9));
    }

    @Test
    void anOldHabitFadesWithinWeeks() {
        var profile = new DailyProfile(7);
        for (int day = 0; day < 7; day++) profile.next(100, MONDAY.plusSeconds(86_400L * day));
        for (int day = 7; day < 35; day++) profile.next(0, MONDAY.plusSeconds(86_400L * day));
        assertThat(profile.next(0, MONDAY.plusSeconds(86_400L * 35))).as("four weeks after the habit changed")
                .isBetween(-10.0, 0.0);
    }

    @Test
    void aClockSetBackDoesNotGiveOldValuesMoreWeight() {
        var profile = new DailyProfile(7);
        profile.next(10, MONDAY.plusSeconds(86_400));
        profile.next(20, MONDAY.minusSeconds(70 * 86_400L)); // the same quarter, the clock set ten weeks back
        assertThat(profile.next(15, MONDAY.plusSeconds(3 * 86_400))).as("15 against the mean of 10 and 20")
                .isCloseTo(0, within(0.5));
    }
}
