package aura.domain.tda;

/**
 * How much work a Vietoris–Rips computation is, told before it starts: the number of simplices of dimension
 * {@code maxDimension + 1} within the effective threshold, which the reduction of the top dimension enumerates as
 * cofacets. The edges within the threshold are counted exactly ({@code O(n^2)} distances); higher simplices are
 * estimated as if each edge were present independently with the observed edge density, which is exact when every
 * pair is within the threshold and of the right order for spread-out clouds (a clustered cloud may need more: the deadline is the
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

    /**
     * The work of a computation in units of one simplex of H1's reduction: {@link #simplices} weighted by how much
     * more a simplex costs in higher dimensions (longer coboundaries, more reduction), as measured with
     * {@code aura-node tda bench}-sized clouds: 3100 points for H1, 590 for H2 and 228 for H3 in the unit cube take
     * about 2.2, 7.8 and 63 ns per estimated simplex. Beyond H3 the growth is extrapolated.
     */
    public static double work(FiniteMetricSpace space, RipsParameters parameters) {
        return simplices(space, parameters) * weight(parameters.maxDimension());
    }

    static double weight(int maxDimension) {
        return switch (maxDimension) {
            case 0, 1 -> 1;
            case 2 -> 3.5;
            default -> 28 * Math.pow(8, maxDimension - 3);
        };
    }

    static double binomial(int n, int k) {
        double value = 1;
        for (int i = 0; i < k; i++) {
            value = value * (n - i) / (i + 1);
        }
        return value;
    }
}
