package aura.domain.lnn;

/** Scalar functions the cells need, with the exact definitions torch uses. */
final class MathKernels {

    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);

    private MathKernels() {
    }

    /** The logistic function {@code 1 / (1 + e^-x)}. */
    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** {@code log(1 + e^x)}, computed without overflow (torch softplus, beta 1, threshold 20). */
    static double softplus(double x) {
        return x > 20.0 ? x : Math.log1p(Math.exp(x));
    }

    /** The error function to about 1e-15: a positive series below |x| = 3, a continued fraction above. */
    static double erf(double x) {
        double a = Math.abs(x);
        double r;
        if (a < 3.0) {
            // erf(a) = 2/sqrt(pi) e^{-a^2} sum_n (2a^2)^n a / (1·3·…·(2n+1)); all terms positive
            double term = a;
            double sum = a;
            double twoA2 = 2.0 * a * a;
            for (int n = 1; n < 200 && term > 1e-17 * sum; n++) {
                term *= twoA2 / (2 * n + 1);
                sum += term;
            }
            r = TWO_OVER_SQRT_PI * Math.exp(-a * a) * sum;
        } else if (a < 6.0) {
            r = 1.0 - erfcContinuedFraction(a);
        } else {
            r = 1.0;
        }
        return x < 0 ? -r : r;
    }

    /** erfc(a) for a >= 3 by the Laplace continued fraction, evaluated bottom-up. */
    private static double erfcContinuedFraction(double a) {
        double f = a;
        for (int k = 60; k >= 1; k--) {
            f = a + (k / 2.0) / f;
        }
        return Math.exp(-a * a) / (f * Math.sqrt(Math.PI));
    }
}
