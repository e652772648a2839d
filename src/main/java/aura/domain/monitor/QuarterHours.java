package aura.domain.monitor;

import java.time.Instant;

/**
 * The day's quarters of an hour (UTC): the time base of the daily signals ({@link DailyProfile}, {@link DailyPeaks}),
 * and the fading of what they learned.
 */
final class QuarterHours {
    static final int PER_DAY = 96;
    static final double DAY = 86_400;
    private static final double LENGTH = DAY / PER_DAY;

    private QuarterHours() {
    }

    /** Seconds since the epoch. */
    static double seconds(Instant at) {
        return at.getEpochSecond() + at.getNano() / 1e9;
    }

    /** The quarter of an hour since the epoch that {@code t} (seconds) falls in. */
    static long quarter(double t) {
        return (long) Math.floor(t / LENGTH);
    }

    /** Which of the day's quarters {@code quarter} is, 0 to 95. */
    static int ofDay(long quarter) {
        return (int) Math.floorMod(quarter, (long) PER_DAY);
    }

    /** The day since the epoch that {@code quarter} falls in. */
    static long day(long quarter) {
        return Math.floorDiv(quarter, (long) PER_DAY);
    }

    /**
     * The weight left to what was learned {@code elapsed} seconds ago, with a time constant of {@code timeConstant}
     * seconds; a clock set back (elapsed below 0) fades nothing rather than make old values weigh more.
     */
    static double fade(double elapsed, double timeConstant) {
        return Math.exp(-Math.max(0, elapsed) / timeConstant);
    }
}
