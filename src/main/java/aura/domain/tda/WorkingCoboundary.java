package aura.domain.tda;

/**
 * Binary min-heap of coboundary entries, the lazily summed column of the cohomology reduction.
 * An entry is a cofacet with its diameter and a packed {@code index << bits | coefficient}.
 * The top is the earliest cofacet in the filtration order: smallest diameter, then largest index.
 * Equal indices are summed only when the pivot is requested, as in Ripser.
 */
final class WorkingCoboundary {

    /** Returned by {@link #popPivot()} when the column is zero. */
    static final long NONE = -1L;

    private final PrimeField field;
    private final int bits;
    private final long coefficientMask;
    private double[] diameters = new double[64];
    private long[] entries = new long[64];
    private int size;
    private double pivotDiameter;

    WorkingCoboundary(PrimeField field, int bits) {
        this.field = field;
        this.bits = bits;
        this.coefficientMask = (1L << bits) - 1;
    }

    void clear() {
        size = 0;
    }

    void push(double diameter, long entry) {
        if (size == entries.length) {
            entries = java.util.Arrays.copyOf(entries, size * 2);
            diameters = java.util.Arrays.copyOf(diameters, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(diameter, entry, diameters[parent], entries[parent])) {
                break;
            }
            diameters[i] = diameters[parent];
            entries[i] = entries[parent];
            i = parent;
        }
        diameters[i] = diameter;
        entries[i] = entry;
    }

    private static boolean before(double d1, long e1, double d2, long e2) {
        return d1 < d2 || (d1 == d2 && e1 > e2);
    }

    private void popTop() {
        double d = diameters[--size];
        long e = entries[size];
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && before(diameters[right], entries[right], diameters[child], entries[child])) {
                child = right;
            }
            if (!before(diameters[child], entries[child], d, e)) {
                break;
            }
            diameters[i] = diameters[child];
            entries[i] = entries[child];
            i = child;
        }
        diameters[i] = d;
        entries[i] = e;
    }

    /**
     * Sums the entries of the earliest index until a non-zero sum appears; leaves that summed
     * entry on top and returns it (packed), or {@link #NONE} when the column is zero.
     */
    long popPivot() {
        while (size > 0) {
            double d = diameters[0];
            long index = entries[0] >>> bits;
            long sum = entries[0] & coefficientMask;
            popTop();
            while (size > 0 && entries[0] >>> bits == index) {
                sum += entries[0] & coefficientMask;
                popTop();
            }
            int coefficient = field.normalize(sum);
            if (coefficient != 0) {
                long pivot = index << bits | coefficient;
                push(d, pivot);
                pivotDiameter = d;
                return pivot;
            }
        }
        return NONE;
    }

    /** Diameter of the pivot last returned by {@link #popPivot()}. */
    double pivotDiameter() {
        return pivotDiameter;
    }
}
