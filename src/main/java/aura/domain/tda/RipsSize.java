package aura.domain.tda;

/**
 * How much work a Vietoris–Rips computation is, told before it starts: the number of simplices of dimension
 * {@code maxDimension + 1} within the effective threshold, which the reduction of the top dimension enumerates as
 * cofacets. The edges within the threshold are counted exactly ({@code O(n^2)} distances); higher simplices are
 * estimated as if each edge were present independently with the observed edge density, which is exact without a
 * threshold and of the right order for spread-out clouds (a clustered cloud may need more: the deadline is the
 * backstop).
 */
public final class RipsSize {

    private RipsSize() {
    }

    /** The estimated number of {@code (maxDimension + 1)}-simplices; may exceed {@code Long.MAX_VALUE}. */
    public static double simplices(FiniteMetricSpace space, RipsParameters parameters) {
        int n = space.size();
        int k = parameters.maxDimension() + 2; // vertices of the simplices counted
        if (n < k) {
            return 0;
        }
        double threshold = Math.min(parameters.threshold(), VietorisRips.enclosingRadius(space, Deadline.none()));
        long edges = 0;
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (space.distance(i, j) <= threshold) edges++;
            }
        }
        double pairs = (double) n * (n - 1) / 2;
        double density = edges / pairs;
        return binomial(n, k) * Math.pow(density, (double) k * (k - 1) / 2);
    }

    static double binomial(int n, int k) {
        double value = 1;
        for (int i = 0; i < k; i++) {
            value = value * (n - i) / (i + 1);
        }
        return value;
    }
}
