package aura.domain.monitor;

/** The standard normal distribution's CDF, and Fisher's way of joining two tail probabilities. */
final class Gaussian {
    private Gaussian() {
    }

    static double cdf(double z) {
        if (Double.isNaN(z)) return 0.5;
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** {@code 1 − Φ(z)}, computed directly so it keeps its precision far into the tail. */
    static double upperTail(double z) {
        if (Double.isNaN(z)) return 0.5;
        return 0.5 * erfc(z / Math.sqrt(2));
    }

    /** Numerical Recipes' erfc (Chebyshev fit), fractional error below 1.2e-7 everywhere. */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    /**
     * Fisher's method for two independent tail probabilities: the chance that both would look at least this
     * unusual together, {@code e^(−X/2)(1 + X/2)} with {@code X = −2 ln(p1 p2)} (a χ² with 4 degrees of freedom).
     */
    static double fisher(double p1, double p2) {
        double x = -2 * (Math.log(Math.max(p1, 1e-300)) + Math.log(Math.max(p2, 1e-300)));
        return Math.min(1, Math.exp(-x / 2) * (1 + x / 2));
    }
}
