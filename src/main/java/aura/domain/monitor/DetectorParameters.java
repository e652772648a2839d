package aura.domain.monitor;

/**
 * The detector's one parameter set (docs/MONITOR.md says why each value). {@code window} values per shape,
 * embedded in {@code dimension} dimensions at {@code delay}; {@code units} liquid neurons with read-out memory
 * {@code forgetting}; {@code scaleMemory} values for the running scale; the likelihood's short average, history
 * and learning period (the likelihood answers from {@code 2 × learning} values on); the daily profile's memory in
 * days (a week: a habit of the working days outlasts a weekend, and one that stopped fades within weeks).
 */
public record DetectorParameters(int window, int dimension, int delay, int units, double forgetting, int scaleMemory,
                                 int shortWindow, int history, int learning, double dailyMemoryDays) {
    public DetectorParameters {
        if (window - (dimension - 1) * delay < 4) throw new IllegalArgumentException("the window must embed at least 4 points");
        if (dimension < 1 || delay < 1 || units < 1 || scaleMemory < 2) throw new IllegalArgumentException("positive sizes");
    }

    public static DetectorParameters defaults() {
        return new DetectorParameters(24, 3, 1, 16, 0.995, 1000, 10, 1000, 150, 7);
    }

    /**
     * The floors are Numenta's (mean 0.03, variance 0.0003) on a raw scale where 1 is as far off as the series'
     * own spread (a residual or change on the running scale; a drift relative to its own mean), the scale on which
     * Numenta's raw score 1 means "not predicted at all".
     */
    AnomalyLikelihood likelihood() {
        return new AnomalyLikelihood(shortWindow, history, learning, 0.03, Math.sqrt(0.0003));
    }
}
