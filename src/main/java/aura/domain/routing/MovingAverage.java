package aura.domain.routing;

import java.util.OptionalDouble;

/**
 * An exponentially weighted moving average whose first samples are averaged plainly, so that the value is
 * never biased towards zero or towards the first sample: sample n (counting from 1) gets weight
 * {@code max(1/n, alpha)}. After {@code 1/alpha} samples it is an ordinary EWMA that forgets old behaviour
 * (a model moved to another GPU, a node under new load) at rate {@code alpha}.
 *
 * <p>Thread-safe: {@link #add} and the readers synchronise on the instance; updates are a few arithmetic
 * operations, so contention is negligible next to a generation.
 */
public final class MovingAverage {
    private final double alpha;
    private long samples;
    private double value;

    /** {@code alpha} in (0, 1]: the weight of a new sample once the average has warmed up. */
    public MovingAverage(double alpha) {
        if (!(alpha > 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must be in (0, 1], got " + alpha);
        this.alpha = alpha;
    }

    /** Adds a finite sample; non-finite samples are rejected, because one NaN would poison the average forever. */
    public synchronized void add(double sample) {
        if (!Double.isFinite(sample)) throw new IllegalArgumentException("sample must be finite, got " + sample);
        samples++;
        double weight = Math.max(1.0 / samples, alpha);
        value += weight * (sample - value);
    }

    /** The average, or empty before the first sample. */
    public synchronized OptionalDouble value() {
        return samples == 0 ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public synchronized long samples() {
        return samples;
    }

    public double alpha() {
        return alpha;
    }
}
