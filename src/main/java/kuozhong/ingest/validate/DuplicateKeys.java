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
    private final int[] keyColumns;
    private final String[][] smallCodes;
    private final boolean packable;
    private final Set<String> strings = new HashSet<>();
    private long[] table = new long[1 << 16];
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
        if (keyColumns.length == 1 && values[keyColumns[0]] instanceof String key) {
            return strings.add(key); // a key of one text (txn_id, plate_no): the text itself, not a copy
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
        LocalDate birth = IdNumber.birthDate(id);
        if (birth == null || birth.getYear() < 1800 || birth.getYear() >= 2200) {
            return -1;
        }
        long area = Long.parseLong(id, 0, 6, 10);
        long day = birth.toEpochDay() - LocalDate.of(1800, 1, 1).toEpochDay();
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
        int i = (int) (mix(k) & mask);
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

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long k : old) {
            if (k != 0) {
                int i = (int) (mix(k) & mask);
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
