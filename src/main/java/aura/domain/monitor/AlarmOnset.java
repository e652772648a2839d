package aura.domain.monitor;

/**
 * Numenta's filter of anomaly likelihoods, widened to the likelihood's own short average: a red tail (at most
 * {@link #RED}, one in 100,000) stays red only when no red came in the {@code span} values before it; the others
 * are lifted to the yellow zone ({@link #YELLOW}, one in 1,000). An anomaly is news when it starts: the short
 * average keeps a burst's raw scores for {@code span} values, so a red within them is the same evidence again,
 * even when a tail just out of the red came between (Numenta's filter lifts only a red that follows a red), and
 * an alarm repeated for it would say nothing new while costing the person's attention. The zones are Numenta's
 * (0.99999 and 0.999 on their likelihood scale), not fitted here.
 */
public final class AlarmOnset {
    static final double RED = 1e-5;
    static final double YELLOW = 1e-3;

    private final int span;
    /** Values since the last red, counted up to {@code span + 1} (no red in the span). */
    private int sinceRed;

    /** {@code span}: the likelihood's short average, in values (at least 1: Numenta's filter). */
    public AlarmOnset(int span) {
        if (span < 1) throw new IllegalArgumentException("the span is at least one value");
        this.span = span;
        this.sinceRed = span + 1;
    }

    /** Takes the next tail probability and answers it, lifted to yellow when a red came within the span before it. */
    public double next(double tail) {
        boolean red = tail <= RED;
        boolean continues = red && sinceRed <= span;
        sinceRed = red ? 1 : Math.min(sinceRed, span) + 1;
        return continues ? YELLOW : tail;
    }
}
