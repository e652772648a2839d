package aura.domain.tda;

import java.util.ArrayList;
import java.util.List;

/**
 * Zero-dimensional persistence by union-find over the edges in filtration order (Kruskal):
 * an edge joining two components kills one of them; every other edge is a 1-dimensional column
 * for the cohomology reduction, the merging edges being cleared.
 */
final class ConnectedComponents {

    private ConnectedComponents() {
    }

    /**
     * Returns the H0 intervals (finite ones by increasing death, then one infinite bar per
     * component) and appends the non-merging edges, in filtration order, to {@code columns},
     * except those in a zero apparent pair with a triangle.
     */
    static List<PersistenceInterval> persistence(RipsSpace rips, SimplexList edges, SimplexList columns,
                                                 ApparentPairs apparent) {
        int n = rips.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int[] vertices = new int[2];
        List<PersistenceInterval> bars = new ArrayList<>();
        int components = n;
        Deadline deadline = rips.deadline();
        for (int e = 0; e < edges.size(); e++) {
            deadline.tick();
            rips.binomials().vertices(edges.index(e), 1, vertices);
            int a = find(parent, vertices[0]);
            int b = find(parent, vertices[1]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
                components--;
                if (edges.diameter(e) > 0) {
                    bars.add(new PersistenceInterval(0, edges.diameter(e)));
                }
            } else if (rips.maxDimension() >= 1
                    && apparent.zeroApparentCofacet(edges.index(e), edges.diameter(e), 1) == ApparentPairs.NONE) {
                columns.add(edges.diameter(e), edges.index(e));
            }
        }
        for (int c = 0; c < components; c++) {
            bars.add(PersistenceInterval.infinite(0));
        }
        return bars;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]]; // path halving keeps the trees flat
            x = parent[x];
        }
        return x;
    }
}
