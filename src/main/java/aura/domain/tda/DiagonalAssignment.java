package aura.domain.tda;

import java.util.Arrays;

/**
 * Exact minimum-cost matching of two diagrams' finite points, each point going either to a point of the other
 * diagram or to the diagonal, with cost {@code |x - y|_inf^p} or {@code (persistence / 2)^p}.
 *
 * <p>It is solved as a rectangular assignment whose rows are the points {@code a_i} of the smaller diagram and whose
 * columns are the points {@code b_j} of the other plus one diagonal copy {@code a'_i} per row. Every {@code b_j} is
 * first charged its own diagonal cost; matching {@code a_i} to {@code b_j} then costs
 * {@code c(a_i, b_j) - diag(b_j)}, and to {@code a'_i} costs {@code diag(a_i)}. This removes the all-zero
 * diagonal-to-diagonal block of the usual square formulation. A pair is kept only if it saves something over sending
 * both points to the diagonal ({@code c < diag(a) + diag(b)}); dropping the others is exact, since swapping such a
 * pair for two diagonal matches never costs more. The sparse assignment is solved by shortest augmenting paths
 * (Dijkstra with potentials, stopping at the first free column), one row at a time.
 */
final class DiagonalAssignment {

    private static final int FREE = -1;

    private final int rows;
    private final int columns;
    private final int[] start;
    private final int[] target;
    private final double[] cost;
    private final double baseCost;
    private final Deadline deadline;

    private DiagonalAssignment(DiagramPoints a, DiagramPoints b, double p, Deadline deadline) {
        this.deadline = deadline;
        int m = a.size();
        int n = b.size();
        rows = m;
        columns = n + m;
        double[] diagonalA = new double[m];
        double[] diagonalB = new double[n];
        double base = 0;
        for (int i = 0; i < m; i++) diagonalA[i] = power(a.toDiagonal(i), p);
        for (int j = 0; j < n; j++) {
            diagonalB[j] = power(b.toDiagonal(j), p);
            base += diagonalB[j];
        }
        baseCost = base;
        start = new int[m + 1];
        int[] targets = new int[Math.max(16, 8 * m)];
        double[] costs = new double[targets.length];
        int count = 0;
        for (int i = 0; i < m; i++) {
            deadline.check();
            start[i] = count;
            double halfA = a.toDiagonal(i);
            for (int j = 0; j < n; j++) {
                double distance = DiagramPoints.between(a, i, b, j);
                if (distance >= halfA + b.toDiagonal(j)) continue; // cannot save: (x^p + y^p)^(1/p) <= x + y
                double pair = power(distance, p);
                if (pair >= diagonalA[i] + diagonalB[j]) continue;
                if (count + 1 >= targets.length) {
                    targets = Arrays.copyOf(targets, 2 * targets.length);
                    costs = Arrays.copyOf(costs, targets.length);
                }
                targets[count] = j;
                costs[count++] = pair - diagonalB[j];
            }
            if (count + 1 >= targets.length) {
                targets = Arrays.copyOf(targets, 2 * targets.length);
                costs = Arrays.copyOf(costs, targets.length);
            }
            targets[count] = n + i;
            costs[count++] = diagonalA[i];
        }
        start[m] = count;
        target = targets;
        cost = costs;
    }

    /** The minimum total cost {@code sum of c^p}, over every matching of A and B with the diagonal. */
    static double minimumCost(DiagramPoints a, DiagramPoints b, double p, Deadline deadline) {
        DiagramPoints rowSide = a.size() <= b.size() ? a : b;
        DiagramPoints columnSide = rowSide == a ? b : a;
        return new DiagonalAssignment(rowSide, columnSide, p, deadline).solve();
    }

    static double power(double x, double p) {
        return p == 1 ? x : p == 2 ? x * x : Math.pow(x, p);
    }

    private double solve() {
        double[] u = new double[rows];
        double[] v = new double[columns];
        for (int i = 0; i < rows; i++) { // row reduction: every reduced cost starts non-negative
            double least = Double.POSITIVE_INFINITY;
            for (int e = start[i]; e < start[i + 1]; e++) least = Math.min(least, cost[e]);
            u[i] = least;
        }
        int[] columnOf = new int[rows];
        int[] rowOf = new int[columns];
        Arrays.fill(columnOf, FREE);
        Arrays.fill(rowOf, FREE);
        ShortestPaths paths = new ShortestPaths(columns);
        for (int row = 0; row < rows; row++) {
            deadline.check();
            augment(row, u, v, columnOf, rowOf, paths);
        }
        double total = baseCost;
        for (int i = 0; i < rows; i++) {
            for (int e = start[i]; e < start[i + 1]; e++) {
                if (target[e] == columnOf[i]) {
                    total += cost[e];
                    break;
                }
            }
        }
        return Math.max(0, total);
    }

    /** Dijkstra over reduced costs from a free row to the nearest free column; then potentials and the path flip. */
    private void augment(int source, double[] u, double[] v, int[] columnOf, int[] rowOf, ShortestPaths paths) {
        paths.reset();
        relax(source, 0, u, v, paths);
        int sink;
        while (true) {
            deadline.tick();
            int column = paths.popNearest();
            if (column < 0) throw new IllegalStateException("no assignment exists"); // a'_i is always reachable
            if (rowOf[column] == FREE) {
                sink = column;
                break;
            }
            relax(rowOf[column], paths.distance[column], u, v, paths);
        }
        double reach = paths.distance[sink];
        u[source] += reach;
        for (int k = 0; k < paths.settledCount; k++) {
            int column = paths.settled[k];
            double slack = reach - paths.distance[column];
            v[column] -= slack;
            if (column != sink) u[rowOf[column]] += slack;
        }
        for (int column = sink; ; ) { // flip the path: each row on it takes the column it was reached through
            int row = paths.predecessor[column];
            int previous = columnOf[row];
            columnOf[row] = column;
            rowOf[column] = row;
            if (row == source) break;
            column = previous;
        }
    }

    private void relax(int row, double base, double[] u, double[] v, ShortestPaths paths) {
        double ur = u[row];
        for (int e = start[row]; e < start[row + 1]; e++) {
            int column = target[e];
            paths.offer(column, base + cost[e] - ur - v[column], row);
        }
    }
}
