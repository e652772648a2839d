package aura.domain.tda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test oracle: the textbook algorithm. Enumerates every simplex up to dimension maxDim + 1,
 * sorts them by (diameter, dimension, lexicographic vertex order), builds the explicit boundary
 * matrix and reduces it column by column over Z/p.
 */
final class BruteForceRips {

    private BruteForceRips() {
    }

    /** Intervals per dimension 0..maxDim as sorted {birth, death} pairs, zero-length bars dropped. */
    static List<List<double[]>> barcode(FiniteMetricSpace space, int maxDim, double threshold, int p) {
        List<int[]> simplices = new ArrayList<>();
        enumerate(space.size(), maxDim + 2, new int[maxDim + 2], 0, 0, simplices);
        Map<int[], Double> diameters = new HashMap<>();
        for (int[] s : simplices) {
            diameters.put(s, diameter(space, s));
        }
        simplices.removeIf(s -> diameters.get(s) > threshold);
        simplices.sort(Comparator.<int[]>comparingDouble(diameters::get)
                .thenComparingInt(s -> s.length)
                .thenComparing(BruteForceRips::lexicographic));
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < simplices.size(); i++) {
            position.put(key(simplices.get(i)), i);
        }
        int[] low = reduce(boundaryMatrix(simplices, position, p), p);
        return intervals(simplices, diameters, low, maxDim);
    }

    private static void enumerate(int n, int maxSize, int[] buffer, int size, int start, List<int[]> out) {
        if (size > 0) {
            out.add(java.util.Arrays.copyOf(buffer, size));
        }
        if (size == maxSize) {
            return;
        }
        for (int v = start; v < n; v++) {
            buffer[size] = v;
            enumerate(n, maxSize, buffer, size + 1, v + 1, out);
        }
    }

    private static double diameter(FiniteMetricSpace space, int[] s) {
        double d = 0;
        for (int a = 0; a < s.length; a++) {
            for (int b = 0; b < a; b++) {
                d = Math.max(d, space.distance(s[a], s[b]));
            }
        }
        return d;
    }

    private static int lexicographic(int[] a, int[] b) {
        return java.util.Arrays.compare(a, b);
    }

    private static String key(int[] s) {
        return java.util.Arrays.toString(s);
    }

    /** Column j: map row -> coefficient of the boundary of simplex j (alternating signs). */
    private static List<Map<Integer, Integer>> boundaryMatrix(List<int[]> simplices,
                                                              Map<String, Integer> position, int p) {
        List<Map<Integer, Integer>> columns = new ArrayList<>();
        for (int[] s : simplices) {
            Map<Integer, Integer> column = new HashMap<>();
            if (s.length > 1) {
                for (int i = 0; i < s.length; i++) {
                    int[] facet = new int[s.length - 1];
                    for (int a = 0, b = 0; a < s.length; a++) {
                        if (a != i) {
                            facet[b++] = s[a];
                        }
                    }
                    column.put(position.get(key(facet)), i % 2 == 0 ? 1 : p - 1);
                }
            }
            columns.add(column);
        }
        return columns;
    }

    private static int[] reduce(List<Map<Integer, Integer>> columns, int p) {
        int[] low = new int[columns.size()];
        Map<Integer, Integer> columnWithLow = new HashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            Map<Integer, Integer> col = columns.get(j);
            low[j] = -1;
            while (!col.isEmpty()) {
                int l = col.keySet().stream().max(Integer::compare).orElseThrow();
                Integer k = columnWithLow.get(l);
                if (k == null) {
                    low[j] = l;
                    columnWithLow.put(l, j);
                    break;
                }
                Map<Integer, Integer> other = columns.get(k);
                int factor = Math.floorMod(-col.get(l) * inverse(other.get(l), p), p);
                for (Map.Entry<Integer, Integer> e : other.entrySet()) {
                    int value = Math.floorMod(col.getOrDefault(e.getKey(), 0) + factor * e.getValue(), p);
                    if (value == 0) {
                        col.remove(e.getKey());
                    } else {
                        col.put(e.getKey(), value);
                    }
                }
            }
        }
        return low;
    }

    private static int inverse(int a, int p) {
        for (int x = 1; x < p; x++) {
            if (a * x % p == 1) {
                return x;
            }
        }
        throw new IllegalStateException();
    }

    private static List<List<double[]>> intervals(List<int[]> simplices, Map<int[], Double> diameters,
                                                  int[] low, int maxDim) {
        List<List<double[]>> result = new ArrayList<>();
        for (int d = 0; d <= maxDim; d++) {
            result.add(new ArrayList<>());
        }
        boolean[] paired = new boolean[simplices.size()];
        for (int j = 0; j < low.length; j++) {
            if (low[j] >= 0) {
                paired[low[j]] = true;
                paired[j] = true;
                int[] birthSimplex = simplices.get(low[j]);
                double birth = diameters.get(birthSimplex);
                double death = diameters.get(simplices.get(j));
                if (death > birth && birthSimplex.length - 1 <= maxDim) {
                    result.get(birthSimplex.length - 1).add(new double[] {birth, death});
                }
            }
        }
        for (int i = 0; i < simplices.size(); i++) {
            int dim = simplices.get(i).length - 1;
            if (!paired[i] && dim <= maxDim) {
                result.get(dim).add(new double[] {diameters.get(simplices.get(i)), Double.POSITIVE_INFINITY});
            }
        }
        result.forEach(BruteForceRips::sort);
        return result;
    }

    static void sort(List<double[]> bars) {
        bars.sort(Comparator.<double[]>comparingDouble(b -> b[0]).thenComparingDouble(b -> b[1]));
    }
}
