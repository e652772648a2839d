package aura.domain.tda;

import java.util.Arrays;

/**
 * The non-diagonal entries of the reduction matrix V, all columns concatenated; each column is
 * a range of packed {@code index << bits | coefficient} entries with distinct indices.
 */
final class ReductionMatrix {

    private long[] entries = new long[64];
    private int size;

    int size() {
        return size;
    }

    long get(int i) {
        return entries[i];
    }

    /** Appends the given entries as one column, summing coefficients of equal indices, dropping zeros. */
    void appendCombined(long[] pending, int count, int bits, PrimeField field) {
        if (count == 0) {
            return;
        }
        Arrays.sort(pending, 0, count);
        long mask = (1L << bits) - 1;
        int i = 0;
        while (i < count) {
            long index = pending[i] >>> bits;
            long sum = 0;
            while (i < count && pending[i] >>> bits == index) {
                sum += pending[i++] & mask;
            }
            int coefficient = field.normalize(sum);
            if (coefficient != 0) {
                add(index << bits | coefficient);
            }
        }
    }

    private void add(long entry) {
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = entry;
    }
}
