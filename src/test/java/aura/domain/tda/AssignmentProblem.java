package aura.domain.tda;

import java.util.Arrays;

/**
 * Test reference: minimum-cost perfect assignment on a dense square cost matrix by the Hungarian method in its
 * shortest-augmenting-path form (Jonker–Volgenant style potentials, Dijkstra per row): O(n^3)
 * worst case, far less in practice. {@code +infinity} marks forbidden pairs; a finite perfect
 * assignment must exist.
 */
final class AssignmentProblem {

    private final double[][] cost;
    private final int n;

    AssignmentProblem(double[][] cost) {
        this.cost = cost;
        this.n = cost.length;
    }

    /** Cost of an optimal assignment; 0 for an empty matrix. */
    double minimumCost() {
        int[] columnOfRow = solve();
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += cost[i][columnOfRow[i]];
        }
        return total;
    }

    /** Optimal column for each row. */
    int[] solve() {
        // 1-based arrays: column 0 is the virtual start of each augmenting path
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] rowOfColumn = new int[n + 1];
        int[] way = new int[n + 1];
        double[] minSlack = new double[n + 1];
        boolean[] used = new boolean[n + 1];
        for (int row = 1; row <= n; row++) {
            rowOfColumn[0] = row;
            Arrays.fill(minSlack, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            int column = 0;
            do {
                used[column] = true;
                int i0 = rowOfColumn[column];
                double[] costRow = cost[i0 - 1];
                double ui = u[i0];
                double delta = Double.POSITIVE_INFINITY;
                int next = -1;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double slack = costRow[j - 1] - ui - v[j];
                        if (slack < minSlack[j]) {
                            minSlack[j] = slack;
                            way[j] = column;
                        }
                        if (minSlack[j] < delta) {
                            delta = minSlack[j];
                            next = j;
                        }
                    }
                }
                if (next < 0) {
                    throw new IllegalStateException("no finite assignment exists");
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minSlack[j] -= delta;
                    }
                }
                column = next;
            } while (rowOfColumn[column] != 0);
            do { // flip the augmenting path
                int previous = way[column];
                rowOfColumn[column] = rowOfColumn[previous];
                column = previous;
            } while (column != 0);
        }
        int[] columnOfRow = new int[n];
        for (int j = 1; j <= n; j++) {
            columnOfRow[rowOfColumn[j] - 1] = j - 1;
        }
        return columnOfRow;
    }
}
