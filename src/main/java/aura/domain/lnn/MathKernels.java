package aura.domain.lnn;

/** Scalar functions the cells need, with the exact definitions torch uses. */
final class MathKernels {

    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);

    private static final double INV_LN2_64 = 64.0 / Math.log(2.0);
    /** ln2/64 as fdlibm's split ln2: a high part with 21 trailing zero bits (k·HI is exact) and the rest. */
    private static final double LN2_64_HI = 6.93147180369123816490e-01 / 64;
    private static final double LN2_64_LO = 1.90821492927058770002e-10 / 64;
    private static final double[] TWO_POW_J64 = new double[64];

    static {
        for (int j = 0; j < 64; j++) {
            TWO_POW_J64[j] = StrictMath.pow(2.0, j / 64.0);
        }
    }

    private MathKernels() {
    }

    /**
     * {@code e^x} to a few ulp (relative error below 1e-15), inlined by the JIT where the {@link Math#exp}
     * intrinsic is an out-of-line call: x = (64e + j)·ln2/64 + r, e^x = 2^e · 2^(j/64) · p(r), |r| <= ln2/128,
     * p the degree-6 Taylor polynomial. Outside (-708, 709) and for NaN it defers to {@link Math#exp}.
     */
    static double exp(double x) {
        if (!(x > -708.0 && x < 709.0)) {
            return Math.exp(x);
        }
        double k = Math.rint(x * INV_LN2_64);
        int ki = (int) k;
        double r = (x - k * LN2_64_HI) - k * LN2_64_LO;
        double p = 1.0 + r * (1.0 + r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720))))));
        double scale = Double.longBitsToDouble((long) ((ki >> 6) + 1023) << 52);
        return TWO_POW_J64[ki & 63] * p * scale;
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
