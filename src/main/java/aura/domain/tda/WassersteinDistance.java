package aura.domain.tda;

/**
 * Exact p-Wasserstein distance between persistence diagrams:
 * {@code (min over matchings of sum |x - m(x)|_inf^p)^(1/p)}, where points may be matched to
 * each other or to the diagonal (cost: half the persistence, to the power p).
 *
 * <p>Essential (infinite) bars are matched only among themselves, by sorted birth, contributing
 * {@code |birth - birth'|^p}; if the two diagrams hold different numbers of them the distance is
 * {@code +infinity}. The finite part is solved exactly by {@link DiagonalAssignment}: a sparse
 * rectangular assignment without the diagonal-to-diagonal block, by shortest augmenting paths.
 */
public final class WassersteinDistance {

    private WassersteinDistance() {
    }

    /**
     * @param p order, {@code >= 1} and finite
     * @throws IllegalArgumentException for {@code p < 1}, NaN or infinite p
     */
    public static double distance(PersistenceDiagram first, PersistenceDiagram second, double p) {
        return distance(first, second, p, Deadline.none());
    }

    /**
     * The same, stopped when {@code deadline} says so.
     *
     * @throws Deadline.Expired if the time is up first
     * @throws java.util.concurrent.CancellationException if the caller goes away first
     */
    public static double distance(PersistenceDiagram first, PersistenceDiagram second, double p, Deadline deadline) {
        if (!(p >= 1) || Double.isInfinite(p)) {
            throw new IllegalArgumentException("Wasserstein order p must be a finite number >= 1 but was " + p);
        }
        var pair = DiagramPoints.Pair.of(first, second);
        if (pair.infinitelyFar()) {
            return Double.POSITIVE_INFINITY;
        }
        double total = 0;
        for (double d : pair.essential()) {
            total += Math.pow(d, p);
        }
        total += DiagonalAssignment.minimumCost(pair.a(), pair.b(), p, deadline);
        return Math.pow(total, 1 / p);
    }

    /**
     * The standard square formulation, kept as the reference the tests enumerate.
     * Rows: points of A, then diagonal copies of B's points; columns: points of B, then diagonal
     * copies of A's points. A point reaches only its own diagonal copy; copies match freely.
     */
    static double[][] costMatrix(DiagramPoints a, DiagramPoints b, double p) {
        int m = a.size();
        int n = b.size();
        double[][] cost = new double[m + n][m + n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                cost[i][j] = Math.pow(DiagramPoints.between(a, i, b, j), p);
            }
            java.util.Arrays.fill(cost[i], n, n + m, Double.POSITIVE_INFINITY);
            cost[i][n + i] = Math.pow(a.toDiagonal(i), p);
        }
        for (int j = 0; j < n; j++) {
            java.util.Arrays.fill(cost[m + j], 0, n, Double.POSITIVE_INFINITY);
            cost[m + j][j] = Math.pow(b.toDiagonal(j), p);
        }
        return cost;
    }
}
