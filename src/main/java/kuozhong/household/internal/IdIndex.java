package kuozhong.household.internal;

import java.util.Arrays;

/**
 * Identity number → person index, open addressing with linear probing: two arrays instead of a
 * million boxed map entries. Not thread-safe.
 */
public final class IdIndex {
    private final String[] keys;
    private final int[] values;
    private final int mask;
    private int size;

    /** An index for up to {@code capacity} keys (it does not grow). */
    public IdIndex(int capacity) {
        int tableSize = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) * 2;
        keys = new String[tableSize];
        values = new int[tableSize];
        Arrays.fill(values, -1);
        mask = tableSize - 1;
    }

    /** Stores {@code key → value} unless the key is present; returns the earlier value or -1. */
    public int putIfAbsent(String key, int value) {
        int i = slot(key);
        while (keys[i] != null) {
            if (keys[i].equals(key)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        if (size * 2 >= keys.length) {
            throw new IllegalStateException("IdIndex is full");
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return -1;
    }

    /** The value of the key, or -1. */
    public int get(String key) {
        int i = slot(key);
        String k;
        while ((k = keys[i]) != null) {
            if (k.equals(key)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    public int size() {
        return size;
    }

    private int slot(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
