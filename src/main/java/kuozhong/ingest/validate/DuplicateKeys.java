package kuozhong.ingest.validate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys of the accepted records of one file, to find DUPLICATE_KEY. Keys made of an identity number,
 * a month and a small code (the monthly series: twelve million keys at a million persons) are packed
 * into one {@code long} in a primitive open-addressing set (16 bytes a key instead of about 150);
 * other keys are kept as strings (a key of one text as that text).
 */
public final class DuplicateKeys {
    private static final long DAY_1800 = LocalDate.of(1800, 1, 1).toEpochDay();
    private static final long DAY_2200 = LocalDate.of(2200, 1, 1).toEpochDay();
    private final int[] keyColumns;
    private final String[][] smallCodes;
    private final boolean packable;
    private final Set<String> strings = new HashSet<>();
    private long[] table = new long[1 << 16];
    private int bits = 16;
    private int size;
    private boolean hasZero;

    /**
     * @param keyColumns indexes of the key columns in the typed values
     * @param packable   true when the key is (ID18[, MONTH][, CODE]) and may be packed
     * @param smallCodes for packable keys: the codes of a CODE key column (index into this array gives 2 bits)
     */
    public DuplicateKeys(int[] keyColumns, boolean packable, String[] smallCodes) {
        this.keyColumns = keyColumns.clone();
        this.packable = packable;
        this.smallCodes = new String[][] {smallCodes == null ? new String[0] : smallCodes.clone()};
    }

    /** Adds the key of an accepted record; false when an earlier accepted record had the same key. */
    public boolean add(Object[] values) {
        if (packable) {
            long packed = pack(values);
            if (packed >= 0) {
                return addLong(packed);
            }
        }
        if (keyColumns.length == 1) {
            // as the string below makes it, less the separator that only tells columns apart
            return strings.add(String.valueOf(values[keyColumns[0]]));
        }
        StringBuilder sb = new StringBuilder(48);
        for (int c : keyColumns) {
            sb.append(values[c]).append('\u0001');
        }
        return strings.add(sb.toString());
    }

    /** 20 bits area, 18 bits birth day (1800-2199), 10 bits sequence, 12 bits month (1900-2239), 2 bits code; -1 if not packable. */
    private long pack(Object[] values) {
        String id = (String) values[keyColumns[0]];
        long birth = IdNumber.birthDay(id);
        if (birth == IdNumber.NO_DATE || birth < DAY_1800 || birth >= DAY_2200) {
            return -1;
        }
        long area = Long.parseLong(id, 0, 6, 10);
        long day = birth - DAY_1800;
        long seq = Long.parseLong(id, 14, 17, 10);
        long key = (area << 28) | (day << 10) | seq;
        long month = 0;
        long code = 0;
        if (keyColumns.length > 1) {
            int ym = (Integer) values[keyColumns[1]];
            int y = ym / 100;
            if (y < 1900 || y >= 2240) {
                return -1;
            }
            month = (y - 1900) * 12L + (ym % 100 - 1);
        }
        if (keyColumns.length > 2) {
            String v = (String) values[keyColumns[2]];
            String[] codes = smallCodes[0];
            code = -1;
            for (int k = 0; k < codes.length; k++) {
                if (codes[k].equals(v)) {
                    code = k;
                }
            }
            if (code < 0 || code > 3) {
                return -1;
            }
        }
        return (key << 14) | (month << 2) | code;
    }

    private boolean addLong(long k) {
        if (k == 0) {
            if (hasZero) {
                return false;
            }
            hasZero = true;
            return true;
        }
        int mask = table.length - 1;
        int i = slot(k, bits) & mask;
        while (table[i] != 0) {
            if (table[i] == k) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = k;
        if (++size * 2 > table.length) {
            grow();
        }
        return true;
    }

    /**
     * Where a key's probe starts in a table of {@code 2^bits} slots. The monthly series come grouped by person:
     * the slot is the top bits of the hash of the person (the key without month and code) plus the month,
     * so that one person's months lie side by side (one cache line holds eight, instead of a cache miss for
     * every record); and as the top bits of a hash, a table that doubles keeps its keys in order, so that
     * {@link #grow} reads and writes the tables from start to end rather than at random.
     */
    private static int slot(long k, int bits) {
        int person = (int) (mix(k >>> 14) >>> (64 - bits));
        int month = (int) ((k >>> 2) & 0xFFF);
        int code = (int) (k & 3);
        return person + month + (code << 12);
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        bits++;
        int mask = table.length - 1;
        for (long k : old) {
            if (k != 0) {
                int i = slot(k, bits) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = k;
            }
        }
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }
}
