package aura.application.tda;

import java.time.Duration;

/**
 * What one node serves of TDA work: the most points, the most simplices a Vietoris–Rips request may mean (weighted by
 * dimension, see {@link aura.domain.tda.RipsSize#work}), the most pairs of finite bars a distance may compare
 * ({@code |a| * |b|}: time and memory of both the Wasserstein assignment and the bottleneck search grow with it), how
 * long one computation may run, and how many run at once. Measured with {@code aura-node tda bench}
 * (docs/BENCHMARKS.md).
 */
public record TdaLimits(int maxPoints, double maxSimplices, long maxBarPairs, Duration timeLimit, int concurrent,
                        Duration retryAfter) {

    public TdaLimits {
        if (maxPoints < 1 || !(maxSimplices >= 1) || maxBarPairs < 1 || concurrent < 1) {
            throw new IllegalArgumentException("TDA limits must be at least 1");
        }
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero() || retryAfter == null
                || retryAfter.isNegative()) {
            throw new IllegalArgumentException("the TDA time limit must be positive and retry-after not negative");
        }
    }
}
