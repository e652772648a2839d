package aura.domain.tda;

import java.util.Arrays;

/**
 * Exact bottleneck distance between persistence diagrams: the smallest {@code delta} such that
 * the points can be matched to each other or to the diagonal with every pair within
 * {@code delta} in the L-infinity metric.
 *
 * <p>Essential (infinite) bars are matched only among themselves, by sorted birth; if the two
 * diagrams hold different numbers of them the distance is {@code +infinity}. Finite bars use a
 * binary search over the candidate distances, each tested by Hopcroft–Karp on the bipartite
 * graph with diagonal projections. Candidates outside a lower and an upper bound are pruned.
 */
public final class BottleneckDistance {

    private BottleneckDistance() {
    }

    /** Bottleneck distance; symmetric, zero for equal diagrams, {@code +infinity} if essential counts differ. */
    public static double distance(PersistenceDiagram first, PersistenceDiagram second) {
        return distance(first, second, Deadline.none());
    }

    /**
     * The same, stopped when {@code deadline} says so.
     *
     * @throws Deadline.Expired if the time is up first
     * @throws java.util.concurrent.CancellationException if the caller goes away first
     */
    public static double distance(PersistenceDiagram first, PersistenceDiagram second, Deadline deadline) {
        var pair = DiagramPoints.Pair.of(first, second);
        if (pair.infinitelyFar()) {
            return Double.POSITIVE_INFINITY;
        }
        double result = 0;
        for (double d : pair.essential()) {
            result = Math.max(result, d);
        }
        return Math.max(result, finitePart(pair.a(), pair.b(), deadline));
    }

    private static double finitePart(DiagramPoints a, DiagramPoints b, Deadline deadline) {
        double upper = 0; // everything to the diagonal
        for (int i = 0; i < a.size(); i++) {
            upper = Math.max(upper, a.toDiagonal(i));
        }
        for (int j = 0; j < b.size(); j++) {
            upper = Math.max(upper, b.toDiagonal(j));
        }
        double lower = lowerBound(a, b);
        double[] candidates = candidates(a, b, lower, upper, deadline);
        int lo = 0;
        int hi = candidates.length - 1; // candidates[hi] == upper always admits a matching
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (new DiagonalMatchingGraph(a, b, candidates[mid], deadline).hasPerfectMatching()) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return candidates[hi];
    }

    /** Every point must go somewhere: at least its nearest option, for each point of either side. */
    private static double lowerBound(DiagramPoints a, DiagramPoints b) {
        double bound = 0;
        for (int i = 0; i < a.size(); i++) {
            double nearest = a.toDiagonal(i);
            for (int j = 0; j < b.size(); j++) {
                nearest = Math.min(nearest, DiagramPoints.between(a, i, b, j));
            }
            bound = Math.max(bound, nearest);
        }
        for (int j = 0; j < b.size(); j++) {
            double nearest = b.toDiagonal(j);
            for (int i = 0; i < a.size(); i++) {
                nearest = Math.min(nearest, DiagramPoints.between(a, i, b, j));
            }
            bound = Math.max(bound, nearest);
        }
        return bound;
    }

    private static double[] candidates(DiagramPoints a, DiagramPoints b, double lower, double upper,
                                       Deadline deadline) {
        double[] values = new double[a.size() * b.size() + a.size() + b.size() + 1];
        int count = 0;
        values[count++] = upper;
        for (int i = 0; i < a.size(); i++) {
            deadline.check();
            count = keep(values, count, a.toDiagonal(i), lower, upper);
            for (int j = 0; j < b.size(); j++) {
                count = keep(values, count, DiagramPoints.between(a, i, b, j), lower, upper);
            }
        }
        for (int j = 0; j < b.size(); j++) {
            count = keep(values, count, b.toDiagonal(j), lower, upper);
        }
        Arrays.sort(values, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || values[i] != values[distinct - 1]) {
                values[distinct++] = values[i];
            }
        }
        return Arrays.copyOf(values, distinct);
    }

    private static int keep(double[] values, int count, double value, double lower, double upper) {
        if (value >= lower && value < upper) {
            values[count++] = value;
        }
        return count;
    }
}
