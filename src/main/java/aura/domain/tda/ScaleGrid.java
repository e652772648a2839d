package aura.domain.tda;

/**
 * Evenly spaced scales {@code from, ..., to} at which curves are sampled.
 *
 * <p>Invariants: finite bounds with {@code from <= to}; {@code samples >= 1}, and
 * {@code from == to} when there is a single sample.
 */
public record ScaleGrid(double from, double to, int samples) {

    public ScaleGrid {
        if (!Double.isFinite(from) || !Double.isFinite(to) || from > to) {
            throw new IllegalArgumentException("grid bounds must be finite with from <= to but were "
                    + from + " and " + to);
        }
        if (samples < 1 || (samples == 1 && from != to)) {
            throw new IllegalArgumentException("grid needs at least 2 samples for a range but has " + samples);
        }
    }

    /** The {@code i}-th scale. */
    public double at(int i) {
        if (i < 0 || i >= samples) {
            throw new IllegalArgumentException("grid index " + i + " outside 0.." + (samples - 1));
        }
        return samples == 1 ? from : from + (to - from) * i / (samples - 1);
    }

    /** All scales. */
    public double[] values() {
        double[] values = new double[samples];
        for (int i = 0; i < samples; i++) {
            values[i] = at(i);
        }
        return values;
    }
}
