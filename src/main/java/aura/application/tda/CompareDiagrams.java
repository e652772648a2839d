package aura.application.tda;

import aura.domain.problem.InvalidInput;
import aura.domain.tda.BottleneckDistance;
import aura.domain.tda.PersistenceDiagram;
import aura.domain.tda.WassersteinDistance;
import jakarta.inject.Singleton;

import java.util.function.BooleanSupplier;

/**
 * The exact distance between two persistence diagrams: p-Wasserstein, or bottleneck for an infinite order, within
 * the node's {@link TdaLimits}: diagrams with too many pairs of finite bars are refused before any work starts.
 */
@Singleton
public record CompareDiagrams(TdaLimits limits, TdaWork work) {
    /**
     * The distance; {@code +infinity} when the diagrams hold different numbers of infinite bars.
     *
     * @param callerGone true once nobody waits for the answer; the work then stops
     * @throws InvalidInput naming the larger diagram ({@code a} or {@code b}) when the pairs of finite bars are over
     *                      the limit or the work runs past the time limit
     * @throws aura.domain.problem.Unavailable when the node is already running as much TDA work as it may
     */
    public double compare(DiagramComparison comparison, BooleanSupplier callerGone) {
        long a = finiteBars(comparison.first());
        long b = finiteBars(comparison.second());
        String field = a >= b ? "a" : "b";
        if (a * b > limits.maxBarPairs()) {
            throw new InvalidInput(field, "a has " + a + " and b " + b + " finite bars: " + (a * b)
                    + " pairs; at most " + limits.maxBarPairs() + " pairs (for example "
                    + (long) Math.sqrt(limits.maxBarPairs()) + " bars each) are accepted");
        }
        return work.run(field, callerGone, deadline -> comparison.isBottleneck()
                ? BottleneckDistance.distance(comparison.first(), comparison.second(), deadline)
                : WassersteinDistance.distance(comparison.first(), comparison.second(), comparison.order(), deadline));
    }

    private static long finiteBars(PersistenceDiagram diagram) {
        return diagram.intervals().stream().filter(bar -> !bar.isInfinite()).count();
    }
}
