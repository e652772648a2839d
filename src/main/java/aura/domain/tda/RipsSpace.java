package aura.domain.tda;

/**
 * Everything the reduction needs to know about one Vietoris–Rips computation: the distances as a
 * packed lower triangle, the binomial table of the simplex numbering, the effective threshold and
 * the coefficient field with its packing width.
 */
final class RipsSpace {

    /** Up to this many points the full square matrix is kept: rows read sequentially are cache-friendly. */
    static final int FULL_MATRIX_LIMIT = 5000;

    private final int n;
    private final double[] lower;
    private final int[] rowStart;
    private final double[][] rows; // full rows when n <= FULL_MATRIX_LIMIT, else null
    private final BinomialTable binomials;
    private final double threshold;
    private final PrimeField field;
    private final int coefficientBits;
    private final int maxDimension;
    private final Deadline deadline;

    RipsSpace(DistanceMatrix distances, double threshold, PrimeField field, int maxDimension, Deadline deadline) {
        this.n = distances.size();
        this.lower = distances.lowerTriangle();
        this.rowStart = new int[n];
        for (int i = 0; i < n; i++) {
            rowStart[i] = (int) ((long) i * (i - 1) / 2);
        }
        this.rows = n <= FULL_MATRIX_LIMIT ? fullRows(distances) : null;
        this.threshold = threshold;
        this.field = field;
        this.maxDimension = maxDimension;
        this.deadline = deadline;
        // coefficients live in the low bits of each entry, simplex indices above them
        this.coefficientBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(field.modulus() - 1));
        this.binomials = new BinomialTable(n, maxDimension + 2, 1L << (63 - coefficientBits));
    }

    private static double[][] fullRows(DistanceMatrix distances) {
        int n = distances.size();
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                rows[i][j] = distances.distance(i, j);
                rows[j][i] = rows[i][j];
            }
        }
        return rows;
    }

    int size() {
        return n;
    }

    double threshold() {
        return threshold;
    }

    PrimeField field() {
        return field;
    }

    int coefficientBits() {
        return coefficientBits;
    }

    int maxDimension() {
        return maxDimension;
    }

    BinomialTable binomials() {
        return binomials;
    }

    /** Distance between distinct vertices. */
    double distance(int i, int j) {
        return i > j ? lower[rowStart[i] + j] : lower[rowStart[j] + i];
    }

    /** Index of the edge {@code {i > j}}, which is also its position in the lower triangle. */
    long edgeIndex(int i, int j) {
        return rowStart[i] + j;
    }

    CoboundaryEnumerator newEnumerator() {
        return new CoboundaryEnumerator(binomials, lower, rowStart, rows, n, maxDimension);
    }

    /** Diameter of the {@code dim}-simplex {@code index}; {@code scratch} holds at least dim+1 ints. */
    double diameter(long index, int dim, int[] scratch) {
        binomials.vertices(index, dim, scratch);
        double diameter = 0;
        for (int a = 1; a <= dim; a++) {
            for (int b = 0; b < a; b++) {
                diameter = Math.max(diameter, distance(scratch[a], scratch[b]));
            }
        }
        return diameter;
    }

    /** When the computation over this space must stop. */
    Deadline deadline() {
        return deadline;
    }
}
