package aura.domain.monitor;

/**
 * Numenta's spatial rule: a value beyond everything the series has shown, by more than a twentieth of the range it
 * has shown ({@link #TOLERANCE}), is news whatever any model predicted. A forecaster follows a level that moves
 * step by step and a likelihood learns a noisy series' spread, so neither alone calls a metric's first visit to a
 * height it never reached an anomaly; a person reading the chart would. The range is that of every value before
 * (a series never seen to move has no range, so its first move is not an extreme); during the first
 * {@code learning} values it is only being learned. The tolerance is Numenta's value, not fitted here.
 */
public final class NewExtreme {
    static final double TOLERANCE = 0.05;

    private final int learning;
    private long seen;
    private double lowest = Double.POSITIVE_INFINITY;
    private double highest = Double.NEGATIVE_INFINITY;

    public NewExtreme(int learning) {
        if (learning < 0) throw new IllegalArgumentException("the learning period is at least 0 values");
        this.learning = learning;
    }

    /** Takes the next value; true when it breaks out of the range of the values before it. */
    public boolean next(double value) {
        boolean breaksOut = false;
        if (seen >= learning && highest > lowest) {
            double tolerance = (highest - lowest) * TOLERANCE;
            breaksOut = value > highest + tolerance || value < lowest - tolerance;
        }
        seen++;
        lowest = Math.min(lowest, value);
        highest = Math.max(highest, value);
        return breaksOut;
    }
}
