package aura.domain.monitor;

/**
 * Puts a series on a common scale online: {@code (x − mean) / std} with the mean and variance of the values
 * before this one, averaged over all of them at first and then exponentially over about {@code memory} values,
 * so a slow change of level or spread is followed while a sudden one stands out. A series that has not varied
 * yet has a tiny floor for its spread, so its first move shows as a large value.
 */
public final class RunningScale {
    private final int memory;
    private long n;
    private double mean;
    private double variance;

    public RunningScale(int memory) {
        if (memory < 2) throw new IllegalArgumentException("memory >= 2");
        this.memory = memory;
    }

    /** The mean the next value will be measured from. */
    public double mean() {
        return mean;
    }

    /** The spread the next value will be divided by (its unit per 1 of scale). */
    public double spread() {
        return Math.max(Math.sqrt(variance), 1e-9 + 1e-6 * Math.abs(mean));
    }

    public double next(double x) {
        double z = n == 0 ? 0 : (x - mean) / spread();
        n++;
        double alpha = Math.max(1.0 / n, 1.0 / memory);
        double delta = x - mean;
        mean += alpha * delta;
        variance = (1 - alpha) * (variance + alpha * delta * delta);
        return z;
    }
}
