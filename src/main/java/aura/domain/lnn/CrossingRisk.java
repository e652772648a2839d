package aura.domain.lnn;

import java.util.OptionalInt;

/**
 * How likely a forecast path crosses a threshold from below, and when its point forecast first does.
 *
 * <p>The model: the value {@code k} steps ahead is normal around the point forecast {@code ŷ_k}, with standard
 * deviation {@code σ_k = σ₁·√k}, where σ₁ is the held-out one-step residual std (errors compounding like a
 * random walk as forecasts are fed back). The risk of crossing within {@code H} steps is
 * {@code max_{k ≤ H} P(x_k ≥ T) = max_k Φ((ŷ_k − T) / σ_k)} with Φ the standard normal CDF. That is a lower bound
 * on the probability that any of the H values crosses (the union is at least its largest member) and grows
 * with H, so a longer horizon never reports a smaller risk. A value already at or over the threshold has risk
 * 1 and crosses in 0 steps.
 *
 * <p>Must hold: {@code risk} in [0, 1]; {@code stepsToCrossing} empty or {@code >= 0}.
 */
public record CrossingRisk(double risk, OptionalInt stepsToCrossing) {

    /** Below this σ the distribution is treated as a point mass (risk 0 or 1). */
    private static final double MIN_SIGMA = 1e-12;

    public CrossingRisk {
        if (!(risk >= 0.0 && risk <= 1.0)) {
            throw new IllegalArgumentException("risk must be in [0, 1], got " + risk);
        }
        if (stepsToCrossing == null || (stepsToCrossing.isPresent() && stepsToCrossing.getAsInt() < 0)) {
            throw new IllegalArgumentException("steps to crossing must be empty or >= 0");
        }
    }

    /**
     * @param current the last observed value
     * @param path    point forecasts for steps 1..H ({@code path[k-1]} is step k)
     * @param sigma1  one-step residual std, {@code >= 0}
     */
    public static CrossingRisk assess(double current, double[] path, double sigma1, double threshold) {
        if (!(sigma1 >= 0) || !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("need sigma >= 0 and a finite threshold, got " + sigma1 + ", "
                    + threshold);
        }
        if (current >= threshold) {
            return new CrossingRisk(1.0, OptionalInt.of(0));
        }
        double risk = 0.0;
        OptionalInt first = OptionalInt.empty();
        for (int k = 1; k <= path.length; k++) {
            double yk = path[k - 1];
            if (first.isEmpty() && yk >= threshold) {
                first = OptionalInt.of(k);
            }
            double sigma = sigma1 * Math.sqrt(k);
            double p = sigma < MIN_SIGMA ? (yk >= threshold ? 1.0 : 0.0) : normalCdf((yk - threshold) / sigma);
            risk = Math.max(risk, p);
        }
        return new CrossingRisk(Math.min(1.0, Math.max(0.0, risk)), first);
    }

    /** The standard normal CDF, {@code Φ(z) = (1 + erf(z/√2)) / 2}. */
    public static double normalCdf(double z) {
        if (Double.isNaN(z)) {
            throw new IllegalArgumentException("z must not be NaN");
        }
        return 0.5 * (1.0 + MathKernels.erf(z / Math.sqrt(2.0)));
    }
}
