package aura.domain.tda;

import aura.domain.problem.InvalidInput;

/**
 * What to compute for a Vietoris–Rips filtration.
 *
 * @param maxDimension highest homology dimension, {@code >= 0}
 * @param threshold    only simplices of diameter {@code <= threshold} enter the filtration;
 *                     {@code +infinity} means no threshold. Classes still alive at the
 *                     threshold are reported as infinite bars. Must be {@code >= 0}, not NaN.
 * @param modulus      prime {@code p} of the coefficient field {@code Z/p}
 */
public record RipsParameters(int maxDimension, double threshold, int modulus) {

    /** Dimensions above this are rejected: simplex indices would overflow for any useful size. */
    public static final int MAX_SUPPORTED_DIMENSION = 8;

    public RipsParameters {
        if (maxDimension < 0 || maxDimension > MAX_SUPPORTED_DIMENSION) {
            throw new InvalidInput("dim", "maximal homology dimension must be between 0 and "
                    + MAX_SUPPORTED_DIMENSION + " but was " + maxDimension);
        }
        if (!(threshold >= 0)) {
            throw new InvalidInput("threshold", "threshold must be a non-negative number but was " + threshold);
        }
        new PrimeField(modulus); // validates the modulus with a message naming the problem
    }

    /** H0 and H1 over {@code Z/2}, no threshold. */
    public static RipsParameters defaults() {
        return new RipsParameters(1, Double.POSITIVE_INFINITY, 2);
    }

    public RipsParameters withMaxDimension(int newMaxDimension) {
        return new RipsParameters(newMaxDimension, threshold, modulus);
    }

    public RipsParameters withThreshold(double newThreshold) {
        return new RipsParameters(maxDimension, newThreshold, modulus);
    }

    public RipsParameters withModulus(int newModulus) {
        return new RipsParameters(maxDimension, threshold, newModulus);
    }

    /** True when a finite threshold was given. */
    public boolean hasThreshold() {
        return threshold != Double.POSITIVE_INFINITY;
    }
}
