package aura.domain.monitor;

import java.time.Instant;
import java.util.Arrays;

/**
 * What a series usually is at this time of day: for each quarter of an hour of the day (UTC), the mean of the
 * values seen in it, each value's weight fading with a time constant of {@code days} days, so the profile follows
 * a habit that changes slowly and forgets one that stopped. A server's metrics follow the people and the jobs
 * that use it, and those keep the hours of the day; a value can be ordinary for the series and still wrong for
 * its hour (a nightly job that did not run, a busy hour that stayed quiet). The residual is the value less its
 * quarter's usual value; a quarter first seen less than half a day before has no usual value yet (NaN). The
 * quarter is the profile's resolution: coarse enough that a sample every five minutes fills it three times a
 * day, fine enough for a day's pattern.
 */
public final class DailyProfile {
    private static final int SLOTS = QuarterHours.PER_DAY;
    private static final double DAY = QuarterHours.DAY;

    private final double timeConstant;
    private final double[] sum = new double[SLOTS];
    private final double[] weight = new double[SLOTS];
    private final double[] last = new double[SLOTS];
    private final double[] first = new double[SLOTS];

    public DailyProfile(double days) {
        if (!(days > 0)) throw new IllegalArgumentException("the profile's memory is more than 0 days");
        this.timeConstant = days * DAY;
        Arrays.fill(first, Double.NaN);
    }

    /** The value less its quarter's usual value (NaN while there is none), then the value is learned. */
    public double next(double value, Instant at) {
        double t = QuarterHours.seconds(at);
        int slot = QuarterHours.ofDay(QuarterHours.quarter(t));
        boolean known = !Double.isNaN(first[slot]) && t - first[slot] >= DAY / 2;
        double residual = known ? value - sum[slot] / weight[slot] : Double.NaN;
        double fade = QuarterHours.fade(t - last[slot], timeConstant);
        if (Double.isNaN(first[slot])) first[slot] = t;
        sum[slot] = sum[slot] * fade + value;
        weight[slot] = weight[slot] * fade + 1;
        last[slot] = t;
        return residual;
    }
}
