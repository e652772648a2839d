package aura.domain.tda;

/**
 * Binomial coefficients {@code C(v, k)} for {@code 0 <= v <= n}, {@code 0 <= k <= maxK}, the basis
 * of the combinatorial number system that turns a simplex {@code {v_q > ... > v_0}} into the
 * index {@code sum_i C(v_i, i + 1)}.
 *
 * <p>Invariant: every coefficient {@code C(v, k)} with {@code k <= maxK} fits below {@code limit};
 * the constructor rejects sizes for which simplex indices would overflow.
 */
final class BinomialTable {

    private final long[][] table; // table[k][v] = C(v, k)
    private final int n;

    BinomialTable(int n, int maxK, long limit) {
        this.n = n;
        this.table = new long[maxK + 1][n + 1];
        for (int v = 0; v <= n; v++) {
            table[0][v] = 1;
            for (int k = 1; k <= maxK; k++) {
                long value = v == 0 ? 0 : table[k - 1][v - 1] + table[k][v - 1];
                if (value < 0 || value >= limit) {
                    throw new IllegalArgumentException("too many points (" + n + ") for simplices with "
                            + maxK + " vertices: simplex indices would overflow");
                }
                table[k][v] = value;
            }
        }
    }

    long get(int v, int k) {
        return table[k][v];
    }

    /** Row {@code k} as an array indexed by {@code v} (shared, read-only by convention). */
    long[] row(int k) {
        return table[k];
    }

    /**
     * Writes the vertices of the simplex with {@code dim + 1} vertices and the given index into
     * {@code out[0..dim]}, largest vertex first.
     */
    void vertices(long index, int dim, int[] out) {
        int upper = n - 1;
        for (int k = dim + 1, pos = 0; k >= 1; k--, pos++) {
            int v = largestVertex(index, k, upper);
            out[pos] = v;
            index -= table[k][v];
            upper = v - 1;
        }
    }

    /** Largest {@code v <= upper} with {@code C(v, k) <= index}. */
    private int largestVertex(long index, int k, int upper) {
        long[] row = table[k];
        if (row[upper] <= index) {
            return upper;
        }
        if (k == 1) { // C(v, 1) = v
            return (int) index;
        }
        if (k == 2) { // invert v(v-1)/2 <= index in closed form, then correct rounding
            int v = (int) ((1 + Math.sqrt(1 + 8.0 * index)) / 2);
            while (v > upper || row[v] > index) {
                v--;
            }
            while (v < upper && row[v + 1] <= index) {
                v++;
            }
            return v;
        }
        int lo = k - 1; // C(k - 1, k) = 0 <= index always holds
        int hi = upper;  // row[hi] > index
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (row[mid] <= index) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
