package aura.domain.monitor;

import java.time.Instant;
import java.util.Arrays;

/**
 * How surprising a series usually is about this time of day: for each quarter of an hour of the day (UTC), the
 * largest raw score of each day within a quarter either side of it, over the days before today, each day's weight
 * fading with a time constant of {@code days} days: the usual peak is their mean and one standard deviation (the
 * job's spike is a little higher some nights than others). A nightly job that spikes a metric at about the
 * same time every day is a habit, not news, though no one-step forecast sees it coming and no quarter's mean
 * value holds it (it lasts one sample, and the job starts a few minutes earlier or later each day, across a
 * quarter's edge); what is news is a surprise larger than the ones this time of day brings. 0 while no earlier
 * day is known.
 */
public final class DailyPeaks {
    private static final int SLOTS = QuarterHours.PER_DAY;

    private final double timeConstant;
    private final double[] sum = new double[SLOTS];
    private final double[] weight = new double[SLOTS];
    private final double[] squares = new double[SLOTS];
    private final double[] folded = new double[SLOTS];
    private final long[] day = new long[SLOTS];
    private final double[] peak = new double[SLOTS];

    public DailyPeaks(double days) {
        if (!(days > 0)) throw new IllegalArgumentException("the peaks' memory is more than 0 days");
        this.timeConstant = days * QuarterHours.DAY;
        Arrays.fill(day, Long.MIN_VALUE);
    }

    /** The usual peak about this time of day (before {@code raw} is learned), then {@code raw} is learned. */
    public double next(double raw, Instant at) {
        double t = QuarterHours.seconds(at);
        long quarter = QuarterHours.quarter(t);
        int slot = QuarterHours.ofDay(quarter);
        fold(slot, QuarterHours.day(quarter), t);
        double usual = 0;
        if (weight[slot] > 0) {
            double mean = sum[slot] / weight[slot];
            usual = mean + Math.sqrt(Math.max(0, squares[slot] / weight[slot] - mean * mean));
        }
        for (long q = quarter - 1; q <= quarter + 1; q++) {
            int s = QuarterHours.ofDay(q);
            long itsDay = QuarterHours.day(q);
            fold(s, itsDay, t);
            if (day[s] == Long.MIN_VALUE) {
                day[s] = itsDay;
                peak[s] = raw;
            } else {
                // a clock set back neither ends a day nor starts one: its values join the latest day seen
                peak[s] = Math.max(peak[s], raw);
            }
        }
        return usual;
    }

    /** A quarter's day peak joins the average once a later day reaches it. */
    private void fold(int slot, long today, double t) {
        if (day[slot] == Long.MIN_VALUE || day[slot] >= today) return;
        double fade = QuarterHours.fade(t - folded[slot], timeConstant);
        sum[slot] = sum[slot] * fade + peak[slot];
        squares[slot] = squares[slot] * fade + peak[slot] * peak[slot];
        weight[slot] = weight[slot] * fade + 1;
        folded[slot] = t;
        day[slot] = Long.MIN_VALUE;
    }
}
