package aura.domain.tda;

/**
 * Visits the cofacets of one simplex implicitly, by descending combinatorial index, without
 * materialising the coboundary: inserting vertex {@code v} shifts every vertex above {@code v} up
 * one position, which changes only its binomial term.
 *
 * <p>Usage: {@link #reset}, then {@code while (hasNext()) { next(); ... }} reading
 * {@link #index()}, {@link #diameter()} and {@link #signIsNegative()} of each cofacet.
 */
final class CoboundaryEnumerator {

    private final BinomialTable binomials;
    private final double[] lower;
    private final int[] rowStart;
    private final double[][] rows;
    private final double[][] simplexRows;
    private final int n;
    private final int[] vertices;
    private int simplexSize;
    private double simplexDiameter;
    private long idxBelow;
    private long idxAbove;
    private int v;
    private int k;
    private long cofacetIndex;
    private double cofacetDiameter;
    private boolean negative;

    /** {@code rows} are full distance rows, or null to read the packed lower triangle instead. */
    CoboundaryEnumerator(BinomialTable binomials, double[] lower, int[] rowStart, double[][] rows,
                         int n, int maxDim) {
        this.binomials = binomials;
        this.lower = lower;
        this.rowStart = rowStart;
        this.rows = rows;
        this.simplexRows = new double[maxDim + 2][];
        this.n = n;
        this.vertices = new int[maxDim + 2];
    }

    /** Starts enumerating the cofacets of the {@code dim}-simplex {@code index}. */
    void reset(long index, double diameter, int dim) {
        binomials.vertices(index, dim, vertices);
        simplexSize = dim + 1;
        if (rows != null) {
            for (int i = 0; i < simplexSize; i++) {
                simplexRows[i] = rows[vertices[i]];
            }
        }
        simplexDiameter = diameter;
        idxBelow = index;
        idxAbove = 0;
        v = n - 1;
        k = dim + 1;
    }

    /** True while a cofacet remains. */
    boolean hasNext() {
        // skip the simplex's own vertices: v is one of them exactly when C(v, k) <= idxBelow
        while (k > 0 && binomials.get(v, k) <= idxBelow) {
            idxBelow -= binomials.get(v, k);
            idxAbove += binomials.get(v, k + 1);
            v--;
            k--;
        }
        return v >= 0;
    }

    /** True while a cofacet remains whose new vertex is above every vertex of the simplex. */
    boolean hasNextAboveTop() {
        return v > vertices[0];
    }

    /** Advances to the next cofacet; only valid after {@link #hasNext()} returned true. */
    void next() {
        cofacetIndex = idxAbove + binomials.get(v, k + 1) + idxBelow;
        cofacetDiameter = rows != null ? diameterFromRows() : diameterFromTriangle();
        negative = (k & 1) == 1; // the new vertex sits at ascending position k in the cofacet
        v--;
    }

    private double diameterFromRows() {
        double diameter = simplexDiameter;
        for (int i = 0; i < simplexSize; i++) {
            double d = simplexRows[i][v];
            if (d > diameter) {
                diameter = d;
            }
        }
        return diameter;
    }

    private double diameterFromTriangle() {
        double diameter = simplexDiameter;
        int base = rowStart[v];
        for (int i = 0; i < simplexSize; i++) {
            int u = vertices[i];
            double d = u < v ? lower[base + u] : lower[rowStart[u] + v];
            if (d > diameter) {
                diameter = d;
            }
        }
        return diameter;
    }

    long index() {
        return cofacetIndex;
    }

    double diameter() {
        return cofacetDiameter;
    }

    /** Sign of the simplex in the boundary of the cofacet: {@code (-1)^k}. */
    boolean signIsNegative() {
        return negative;
    }
}
