package aura.domain.tda;

import java.util.Arrays;

/**
 * Open-addressing map from non-negative {@code long} keys to {@code int} values, without boxing:
 * the pivot lookup of the reduction is the hottest map access of the engine.
 */
final class LongIntHashMap {

    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] values;
    private int mask;
    private int shift;
    private int size;

    LongIntHashMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        size = 0;
    }

    /** Fibonacci hashing: the high bits of the product depend on every bit of the key. */
    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** Value for {@code key}, or {@code missing} when absent. */
    int get(long key, int missing) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return missing;
            }
        }
    }

    boolean containsKey(long key) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return true;
            }
            if (keys[i] == EMPTY) {
                return false;
            }
        }
    }

    /** Associates {@code value} with the non-negative {@code key}. */
    void put(long key, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        for (int i = slot(key); ; i = (i + 1) & mask) {
            if (keys[i] == EMPTY) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    int size() {
        return size;
    }
}
