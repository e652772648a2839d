package aura.domain.tda;

import aura.domain.problem.InvalidInput;

/**
 * A finite metric space given by its pairwise distances, stored as the strict lower triangle.
 *
 * <p>Invariants: at least one point; distances finite and non-negative; a full matrix must be
 * square, symmetric and have a zero diagonal. The triangle inequality is not checked: the
 * Vietoris–Rips filtration is defined for any symmetric dissimilarity.
 */
public final class DistanceMatrix implements FiniteMetricSpace {

    private final int size;
    private final double[] lower; // row i holds d(i,0..i-1) at offset i*(i-1)/2

    /** Largest supported number of points: the triangle must be addressable by int. */
    public static final int MAX_POINTS = 46_340;

    private DistanceMatrix(int size, double[] lower) {
        this.size = size;
        this.lower = lower;
    }

    /**
     * From a full square matrix.
     *
     * @throws InvalidInput if empty, not square, asymmetric, with a non-zero
     *                       diagonal, or with a negative, NaN or infinite entry
     */
    public static DistanceMatrix fromFull(double[][] matrix) {
        if (matrix == null || matrix.length == 0) {
            throw new InvalidInput("distanceMatrix", "distance matrix is empty");
        }
        int n = checkedSize(matrix.length);
        for (int i = 0; i < n; i++) {
            if (matrix[i] == null || matrix[i].length != n) {
                throw new InvalidInput("distanceMatrix", "distance matrix is not square: row " + i + " has "
                        + (matrix[i] == null ? 0 : matrix[i].length) + " entries but there are " + n + " rows");
            }
        }
        double[] lower = new double[n * (n - 1) / 2];
        for (int i = 0; i < n; i++) {
            if (matrix[i][i] != 0) {
                throw new InvalidInput("distanceMatrix", "distance matrix diagonal entry (" + i + "," + i
                        + ") must be 0 but was " + matrix[i][i]);
            }
            for (int j = 0; j < i; j++) {
                double d = checkedDistance(matrix[i][j], i, j);
                if (matrix[j][i] != d) {
                    throw new InvalidInput("distanceMatrix", "distance matrix is not symmetric: entry (" + i + "," + j
                            + ") is " + d + " but (" + j + "," + i + ") is " + matrix[j][i]);
                }
                lower[i * (i - 1) / 2 + j] = d;
            }
        }
        return new DistanceMatrix(n, lower);
    }

    /**
     * From the strict lower triangle: row {@code i} (for {@code i = 1..n-1}) holds the
     * {@code i} distances {@code d(i,0)..d(i,i-1)}; row 0 may be given as an empty array or omitted.
     *
     * @throws InvalidInput if a row has the wrong length or an invalid entry
     */
    public static DistanceMatrix fromLowerTriangle(double[][] rows) {
        if (rows == null) {
            throw new InvalidInput("distanceMatrix", "lower-triangular distance matrix is empty");
        }
        int skip = rows.length > 0 && rows[0] != null && rows[0].length == 0 ? 1 : 0;
        int n = checkedSize(rows.length - skip + 1);
        double[] lower = new double[n * (n - 1) / 2];
        for (int i = 1; i < n; i++) {
            double[] row = rows[i - 1 + skip];
            if (row == null || row.length != i) {
                throw new InvalidInput("distanceMatrix", "lower-triangular row " + i + " must have " + i
                        + " entries but has " + (row == null ? 0 : row.length));
            }
            for (int j = 0; j < i; j++) {
                lower[i * (i - 1) / 2 + j] = checkedDistance(row[j], i, j);
            }
        }
        return new DistanceMatrix(n, lower);
    }

    /** The distances of any finite metric space, materialised. */
    public static DistanceMatrix of(FiniteMetricSpace space) {
        if (space instanceof DistanceMatrix matrix) {
            return matrix;
        }
        int n = checkedSize(space.size());
        double[] lower = new double[n * (n - 1) / 2];
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                lower[i * (i - 1) / 2 + j] = checkedDistance(space.distance(i, j), i, j);
            }
        }
        return new DistanceMatrix(n, lower);
    }

    private static int checkedSize(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("metric space is empty");
        }
        if (n > MAX_POINTS) {
            throw new InvalidInput("points", "too many points: " + n + " (at most " + MAX_POINTS + ")");
        }
        return n;
    }

    private static double checkedDistance(double d, int i, int j) {
        if (!(d >= 0) || d == Double.POSITIVE_INFINITY) {
            throw new InvalidInput("distanceMatrix", "distance (" + i + "," + j
                    + ") must be a finite non-negative number but was " + d);
        }
        return d;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double distance(int i, int j) {
        if (i == j) {
            return 0;
        }
        return i > j ? lower[i * (i - 1) / 2 + j] : lower[j * (j - 1) / 2 + i];
    }

    /** The strict lower triangle, row by row (shared; callers in this package must not modify it). */
    double[] lowerTriangle() {
        return lower;
    }
}
