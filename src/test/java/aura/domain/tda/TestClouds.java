package aura.domain.tda;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Point clouds shared by the specifications. */
final class TestClouds {

    private TestClouds() {
    }

    static PointCloud circle(int n, double radius, double cx, double cy) {
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            points[i] = new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)};
        }
        return new PointCloud(points);
    }

    /** Roughly uniform points on the unit sphere (Fibonacci lattice). */
    static PointCloud sphere(int n) {
        double[][] points = new double[n][];
        double golden = Math.PI * (3 - Math.sqrt(5));
        for (int i = 0; i < n; i++) {
            double y = 1 - 2.0 * (i + 0.5) / n;
            double r = Math.sqrt(1 - y * y);
            points[i] = new double[] {r * Math.cos(golden * i), y, r * Math.sin(golden * i)};
        }
        return new PointCloud(points);
    }

    static PointCloud uniformCube(int n, int dim, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[n][dim];
        for (double[] p : points) {
            for (int k = 0; k < dim; k++) {
                p[k] = random.nextDouble();
            }
        }
        return new PointCloud(points);
    }

    /** Points on a small integer grid: many equal distances, which exercises tie-breaking. */
    static PointCloud integerGrid(int n, int dim, int side, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[n][dim];
        for (double[] p : points) {
            for (int k = 0; k < dim; k++) {
                p[k] = random.nextInt(side);
            }
        }
        return new PointCloud(points);
    }

    static List<double[]> bars(PersistenceDiagram diagram) {
        List<double[]> bars = new ArrayList<>();
        for (PersistenceInterval i : diagram.intervals()) {
            if (!i.isZeroLength()) {
                bars.add(new double[] {i.birth(), i.death()});
            }
        }
        BruteForceRips.sort(bars);
        return bars;
    }
}
