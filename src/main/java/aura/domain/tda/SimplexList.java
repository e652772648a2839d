package aura.domain.tda;

import java.util.Arrays;

/**
 * Growable parallel arrays of simplices (diameter, combinatorial index) of one dimension,
 * sortable into the filtration order: diameter ascending, then index descending. The index
 * tie-break is what lets the coboundary enumerator (which visits cofacets by descending index)
 * meet the earliest cofacet of a given diameter first.
 */
final class SimplexList {

    private double[] diameters;
    private long[] indices;
    private int size;

    SimplexList(int capacity) {
        diameters = new double[Math.max(capacity, 16)];
        indices = new long[diameters.length];
    }

    void add(double diameter, long index) {
        if (size == indices.length) {
            int grown = size + (size >>> 1) + 16;
            diameters = Arrays.copyOf(diameters, grown);
            indices = Arrays.copyOf(indices, grown);
        }
        diameters[size] = diameter;
        indices[size++] = index;
    }

    int size() {
        return size;
    }

    double diameter(int i) {
        return diameters[i];
    }

    long index(int i) {
        return indices[i];
    }

    /** Sorts into the filtration order. */
    void sortByFiltration() {
        quicksort(0, size - 1);
    }

    private boolean before(int i, int j) {
        return diameters[i] < diameters[j] || (diameters[i] == diameters[j] && indices[i] > indices[j]);
    }

    private void quicksort(int lo, int hi) {
        while (hi - lo > 24) {
            int mid = (lo + hi) >>> 1;
            // median of three moved to hi as pivot
            if (before(mid, lo)) {
                swap(mid, lo);
            }
            if (before(hi, lo)) {
                swap(hi, lo);
            }
            if (before(mid, hi)) {
                swap(mid, hi);
            }
            int p = partition(lo, hi);
            if (p - lo < hi - p) { // recurse into the smaller side to bound the stack
                quicksort(lo, p - 1);
                lo = p + 1;
            } else {
                quicksort(p + 1, hi);
                hi = p - 1;
            }
        }
        insertionSort(lo, hi);
    }

    private int partition(int lo, int hi) {
        double pd = diameters[hi];
        long pi = indices[hi];
        int store = lo;
        for (int i = lo; i < hi; i++) {
            if (diameters[i] < pd || (diameters[i] == pd && indices[i] > pi)) {
                swap(i, store++);
            }
        }
        swap(store, hi);
        return store;
    }

    private void insertionSort(int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            double d = diameters[i];
            long x = indices[i];
            int j = i - 1;
            while (j >= lo && (d < diameters[j] || (d == diameters[j] && x > indices[j]))) {
                diameters[j + 1] = diameters[j];
                indices[j + 1] = indices[j];
                j--;
            }
            diameters[j + 1] = d;
            indices[j + 1] = x;
        }
    }

    private void swap(int i, int j) {
        double d = diameters[i];
        diameters[i] = diameters[j];
        diameters[j] = d;
        long x = indices[i];
        indices[i] = indices[j];
        indices[j] = x;
    }
}
