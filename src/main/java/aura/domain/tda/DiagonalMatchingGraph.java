package aura.domain.tda;

import java.util.Arrays;

/**
 * The bipartite graph of the bottleneck test at one {@code delta}: left = points of A plus
 * diagonal copies of B's points, right = points of B plus diagonal copies of A's points.
 * Copies of the diagonal are joined only when the points they project are joinable; this keeps
 * the graph sparse yet admits a perfect matching exactly when the complete diagonal block would.
 * Perfect matching is decided by Hopcroft–Karp.
 */
final class DiagonalMatchingGraph {

    private static final int FREE = -1;

    private final int size;
    private final int[] start;
    private final int[] targets;
    private int[] matchOfLeft;
    private int[] matchOfRight;
    private int[] layer;
    private final Deadline deadline;

    DiagonalMatchingGraph(DiagramPoints a, DiagramPoints b, double delta, Deadline deadline) {
        this.deadline = deadline;
        int m = a.size();
        int n = b.size();
        size = m + n;
        start = new int[size + 1];
        int[] buffer = new int[Math.max(16, 4 * size)];
        int count = 0;
        for (int left = 0; left < size; left++) {
            deadline.tick();
            start[left] = count;
            for (int right : neighbours(a, b, delta, left)) {
                if (count == buffer.length) {
                    buffer = Arrays.copyOf(buffer, count * 2);
                }
                buffer[count++] = right;
            }
        }
        start[size] = count;
        targets = buffer;
    }

    private static int[] neighbours(DiagramPoints a, DiagramPoints b, double delta, int left) {
        int m = a.size();
        int n = b.size();
        int[] out = new int[n + 1];
        int count = 0;
        if (left < m) { // point a_i: points b_j within delta, and its own diagonal copy
            for (int j = 0; j < n; j++) {
                if (DiagramPoints.between(a, left, b, j) <= delta) {
                    out[count++] = j;
                }
            }
            if (a.toDiagonal(left) <= delta) {
                out[count++] = n + left;
            }
        } else { // diagonal copy of b_j: b_j itself, and copies of a_i for joinable a_i
            int j = left - m;
            if (b.toDiagonal(j) <= delta) {
                out[count++] = j;
            }
            out = Arrays.copyOf(out, m + 1);
            for (int i = 0; i < m; i++) {
                if (DiagramPoints.between(a, i, b, j) <= delta) {
                    out[count++] = n + i;
                }
            }
        }
        return Arrays.copyOf(out, count);
    }

    boolean hasPerfectMatching() {
        matchOfLeft = new int[size];
        matchOfRight = new int[size];
        layer = new int[size];
        Arrays.fill(matchOfLeft, FREE);
        Arrays.fill(matchOfRight, FREE);
        int matched = 0;
        while (buildLayers()) {
            for (int left = 0; left < size; left++) {
                deadline.tick();
                if (matchOfLeft[left] == FREE && augment(left)) {
                    matched++;
                }
            }
        }
        return matched == size;
    }

    /** BFS from the free left vertices; true if some free right vertex is reachable. */
    private boolean buildLayers() {
        int[] queue = new int[size];
        int head = 0;
        int tail = 0;
        for (int left = 0; left < size; left++) {
            layer[left] = matchOfLeft[left] == FREE ? 0 : Integer.MAX_VALUE;
            if (layer[left] == 0) {
                queue[tail++] = left;
            }
        }
        boolean found = false;
        while (head < tail) {
            int left = queue[head++];
            for (int e = start[left]; e < start[left + 1]; e++) {
                int next = matchOfRight[targets[e]];
                if (next == FREE) {
                    found = true;
                } else if (layer[next] == Integer.MAX_VALUE) {
                    layer[next] = layer[left] + 1;
                    queue[tail++] = next;
                }
            }
        }
        return found;
    }

    private boolean augment(int left) {
        for (int e = start[left]; e < start[left + 1]; e++) {
            int right = targets[e];
            int next = matchOfRight[right];
            if (next == FREE || (layer[next] == layer[left] + 1 && augment(next))) {
                matchOfLeft[left] = right;
                matchOfRight[right] = left;
                return true;
            }
        }
        layer[left] = Integer.MAX_VALUE; // dead end in this phase
        return false;
    }
}
