package aura.domain.tda;

/**
 * Dijkstra's bookkeeping over the columns of an assignment: tentative distances in an indexed binary min-heap, the
 * row each column was reached from, and the columns settled so far. Reset is O(1) by generation stamps, so a search
 * costs only what it touches.
 */
final class ShortestPaths {

    final double[] distance;
    final int[] predecessor;
    final int[] settled;
    int settledCount;

    private final int[] seen;
    private final int[] done;
    private final int[] heap;
    private final int[] position;
    private int size;
    private int generation;

    ShortestPaths(int columns) {
        distance = new double[columns];
        predecessor = new int[columns];
        settled = new int[columns];
        seen = new int[columns];
        done = new int[columns];
        heap = new int[columns];
        position = new int[columns];
    }

    void reset() {
        generation++;
        size = 0;
        settledCount = 0;
    }

    /** Lowers the tentative distance of an unsettled column, reached from {@code row}. */
    void offer(int column, double d, int row) {
        if (done[column] == generation) return;
        if (seen[column] != generation) {
            seen[column] = generation;
            distance[column] = d;
            predecessor[column] = row;
            heap[size] = column;
            position[column] = size;
            up(size++);
        } else if (d < distance[column]) {
            distance[column] = d;
            predecessor[column] = row;
            up(position[column]);
        }
    }

    /** Settles and returns the nearest unsettled column, or -1 when none is reachable. */
    int popNearest() {
        if (size == 0) return -1;
        int top = heap[0];
        heap[0] = heap[--size];
        position[heap[0]] = 0;
        down(0);
        done[top] = generation;
        settled[settledCount++] = top;
        return top;
    }

    private void up(int k) {
        int column = heap[k];
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (distance[heap[parent]] <= distance[column]) break;
            heap[k] = heap[parent];
            position[heap[k]] = k;
            k = parent;
        }
        heap[k] = column;
        position[column] = k;
    }

    private void down(int k) {
        if (size == 0) return;
        int column = heap[k];
        while (true) {
            int child = 2 * k + 1;
            if (child >= size) break;
            if (child + 1 < size && distance[heap[child + 1]] < distance[heap[child]]) child++;
            if (distance[heap[child]] >= distance[column]) break;
            heap[k] = heap[child];
            position[heap[k]] = k;
            k = child;
        }
        heap[k] = column;
        position[column] = k;
    }
}
