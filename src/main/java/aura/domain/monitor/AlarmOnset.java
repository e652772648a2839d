package aura.domain.monitor;

/**
 * Numenta's filter of anomaly likelihoods: of a run of tail probabilities in the red zone (at most
 * {@link #RED}, one in 100,000), only the first stays red; the ones after it, while the previous tail was red too,
 * are lifted to the yellow zone ({@link #YELLOW}, one in 1,000). An anomaly is news when it starts: the short
 * average keeps a burst's tails low for several values, and an alarm repeated at every one of them would say
 * nothing new while costing the person's attention each time. The values are Numenta's own (0.99999 and 0.999 on
 * their likelihood scale), not fitted here.
 */
public final class AlarmOnset {
    static final double RED = 1e-5;
    static final double YELLOW = 1e-3;

    private double previous = 1;

    /** Takes the next tail probability and answers it, lifted to yellow when it continues a red run. */
    public double next(double tail) {
        boolean continues = tail <= RED && previous <= RED;
        previous = tail;
        return continues ? YELLOW : tail;
    }
}
