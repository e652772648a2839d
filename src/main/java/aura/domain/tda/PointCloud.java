package aura.domain.tda;

import aura.domain.problem.InvalidInput;

/**
 * Points in {@code R^d} with the Euclidean metric.
 *
 * <p>Invariants: at least one point, every point has the same number {@code d >= 1} of
 * coordinates, and every coordinate is finite. The coordinates are copied.
 */
public final class PointCloud implements FiniteMetricSpace {

    private final double[][] points;

    /** @throws InvalidInput for an empty cloud, ragged rows, NaN or infinite coordinates */
    public PointCloud(double[][] points) {
        if (points == null || points.length == 0) {
            throw new InvalidInput("points", "point cloud is empty");
        }
        int dim = points[0] == null ? 0 : points[0].length;
        if (dim == 0) {
            throw new InvalidInput("points", "point 0 has no coordinates");
        }
        this.points = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            this.points[i] = checkedRow(points[i], i, dim);
        }
    }

    private static double[] checkedRow(double[] row, int i, int dim) {
        if (row == null || row.length != dim) {
            throw new InvalidInput("points", "ragged point cloud: point " + i + " has "
                    + (row == null ? 0 : row.length) + " coordinates but point 0 has " + dim);
        }
        for (int k = 0; k < dim; k++) {
            if (!Double.isFinite(row[k])) {
                throw new InvalidInput("points", "coordinate " + k + " of point " + i
                        + " is not a finite number: " + row[k]);
            }
        }
        return row.clone();
    }

    @Override
    public int size() {
        return points.length;
    }

    /** Number of coordinates of each point. */
    public int ambientDimension() {
        return points[0].length;
    }

    /** A copy of the coordinates of point {@code i}. */
    public double[] point(int i) {
        return points[i].clone();
    }

    @Override
    public double distance(int i, int j) {
        double[] p = points[i];
        double[] q = points[j];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            double diff = p[k] - q[k];
            sum += diff * diff;
        }
        return Math.sqrt(sum);
    }
}
