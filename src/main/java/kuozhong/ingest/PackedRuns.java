package kuozhong.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import kuozhong.ingest.validate.Field;

/**
 * The packed layout of a load table (issue 12): one row per <em>run</em> of consecutive accepted records with
 * the same value of a group field instead of one row per record, so that an ingest writes and a reader reads
 * about ten to twenty times fewer database rows. Packed are the two monthly series (social_insurance.csv and
 * provident_fund.csv, grouped by {@code id_no}) and the bank's loan_transactions.csv (grouped by {@code loan_no}):
 * the files come grouped that way; a file that is not still loads, in runs of one.
 *
 * <p>A stored row is the load id, the record number of the run's first record, the group value, for a layout
 * with a range field (the series' {@code year_month}) the smallest and largest value of that field in the run,
 * the number of its records and {@code packed}: the run's records, each its record number (as the distance
 * from the one before, the first from the row's record number), a byte of flags (for each of the other fields,
 * at most four, a bit that says it is null and one that says it is the value the same field last had in the
 * run), and the fields that are neither (a month as the variable-length distance from the field's last month in
 * the run; a date likewise in days; an amount as the variable-length long of its cents, exactly what
 * {@code DECIMAL(16,2)} stored; a text as its length in chars and each char in modified UTF-8, which gives back
 * any Java string, characters beyond the BMP included; a text that shares a prefix with its last value, the
 * ledger's {@code txn_id}, as the length of that shared prefix in chars and then the rest as a text). Unpacking
 * gives back, in record order, the very values the one-row-a-record table held.
 *
 * <p>The stored rows are made by {@code create-<layout>.sql} ({@link #sqlLayout()}): {@code packed_series} for
 * the series, {@code packed_loan_transactions} for the ledger.
 *
 * <p>A run holds at most {@link #MAX_RUN} records (a longer one continues in the next row), so packing holds
 * one bounded run in memory, never a file.
 */
public final class PackedRuns {
    /** The most records one stored row holds. */
    public static final int MAX_RUN = 256;
    /** the bit of a record's flags byte that says field i is the same as before is {@code 1 << (SAME + i)} */
    private static final int SAME = 4;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

    private enum Kind { MONTH, DATE, AMOUNT, TEXT, TEXT_AFTER_PREVIOUS }

    private static final Map<Source, PackedRuns> LAYOUTS = layouts();

    private final Source source;
    private final String sqlLayout;
    private final int group;
    /** the source's fields other than the group field, in the source's order: what a record packs */
    private final int[] fields;
    private final Kind[] kinds;
    /** the index in {@link #fields} of the field whose smallest and largest value a stored row holds, or -1 */
    private final int range;

    private static Map<Source, PackedRuns> layouts() {
        Map<Source, PackedRuns> m = new EnumMap<>(Source.class);
        m.put(Source.SOCIAL_INSURANCE, new PackedRuns(Source.SOCIAL_INSURANCE, "packed_series", "id_no", "year_month"));
        m.put(Source.PROVIDENT_FUND, new PackedRuns(Source.PROVIDENT_FUND, "packed_series", "id_no", "year_month"));
        // the transactions of a loan come together; their ids mostly differ from the one before in the last digits
        m.put(Source.LOAN_TRANSACTIONS, new PackedRuns(Source.LOAN_TRANSACTIONS, "packed_loan_transactions",
                "loan_no", null, "txn_id"));
        return m;
    }

    /**
     * @param groupField      the field whose consecutive equal values make a run (a text)
     * @param rangeField      the field whose smallest and largest value in the run a stored row holds, or null
     * @param prefixTexts     texts stored as the prefix they share with their last value in the run and the rest
     */
    private PackedRuns(Source source, String sqlLayout, String groupField, String rangeField, String... prefixTexts) {
        List<Field> all = source.fields();
        this.source = source;
        this.sqlLayout = sqlLayout;
        this.group = source.indexOf(groupField);
        if (kind(all.get(group)) != Kind.TEXT || all.size() - 1 > SAME) {
            throw new IllegalArgumentException(source.id());
        }
        fields = new int[all.size() - 1];
        kinds = new Kind[fields.length];
        int r = -1;
        for (int i = 0, j = 0; i < all.size(); i++) {
            if (i == group) {
                continue;
            }
            Field f = all.get(i);
            fields[j] = i;
            kinds[j] = kind(f);
            if (List.of(prefixTexts).contains(f.name())) {
                if (kinds[j] != Kind.TEXT) {
                    throw new IllegalArgumentException(source.id() + ": " + f.name());
                }
                kinds[j] = Kind.TEXT_AFTER_PREVIOUS;
            }
            if (f.name().equals(rangeField)) {
                r = j;
            }
            j++;
        }
        if ((rangeField == null) != (r < 0) || r >= 0 && kinds[r] != Kind.MONTH && kinds[r] != Kind.DATE) {
            throw new IllegalArgumentException(source.id() + ": " + rangeField);
        }
        range = r;
    }

    private static Kind kind(Field f) {
        return switch (f.type()) {
            case MONTH -> Kind.MONTH;
            case DATE -> Kind.DATE;
            case AMOUNT -> Kind.AMOUNT;
            case YEAR, RATE -> throw new IllegalArgumentException(f.name() + " cannot be packed");
            default -> Kind.TEXT;
        };
    }

    /** Whether a source's load tables are packed: the two monthly series and the ledger's transactions. */
    public static boolean packs(Source source) {
        return LAYOUTS.containsKey(source);
    }

    /** The layout of a packed source. */
    public static PackedRuns of(Source source) {
        PackedRuns layout = LAYOUTS.get(source);
        if (layout == null) {
            throw new IllegalArgumentException(source.id() + " is not packed");
        }
        return layout;
    }

    /** The name of the stored rows' statements, {@code create-<layout>.sql} and the like ({@link Source#loadTableSql}). */
    public String sqlLayout() {
        return sqlLayout;
    }

    /** The name of the group field, the column that a stored row holds it in. */
    public String groupField() {
        return source.fields().get(group).name();
    }

    /** The source's fields that unpacking hands on, in this order: all but the group field. */
    public List<Field> packedFields() {
        return Arrays.stream(fields).mapToObj(source.fields()::get).toList();
    }

    /** The number of columns of a stored row. */
    public int columns() {
        return range < 0 ? 5 : 7;
    }

    /** The JDBC type of each column of a stored row, for binding nulls. */
    public int[] sqlTypes() {
        if (range < 0) {
            return new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.VARBINARY};
        }
        int r = kinds[range] == Kind.DATE ? Types.DATE : Types.INTEGER;
        return new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, r, r, Types.INTEGER, Types.VARBINARY};
    }

    /** A packer that hands each stored row, as it is complete, to {@code out}. */
    public Packer packer(Consumer<Object[]> out) {
        return new Packer(out);
    }

    /**
     * Gathers consecutive records of one group value into stored rows. Records come as load-table rows: the
     * load id, the record number (a Long) and the typed values of the source's fields.
     */
    public final class Packer {
        private final Consumer<Object[]> out;
        private byte[] buf = new byte[4096];
        private int size;
        private Object loadId;
        private long first;
        private long last;
        private String groupValue;
        private Comparable<Object> min;
        private Comparable<Object> max;
        private int count;
        /** the last value of each field in the run that was not null (a month, a date, the cents of an amount, a text) */
        private final Object[] previous = new Object[kinds.length];
        private final Object[] value = new Object[kinds.length];

        private Packer(Consumer<Object[]> out) {
            this.out = out;
        }

        /** Adds one accepted record; the run before it is handed on when this one starts another. */
        public void add(Object[] row) {
            if (row.length != kinds.length + 3) {
                throw new IllegalArgumentException("a row of " + row.length + " values");
            }
            long recordNo = ((Number) row[1]).longValue();
            String g = (String) row[2 + group];
            if (count > 0 && (count == MAX_RUN || !Objects.equals(g, groupValue) || !Objects.equals(row[0], loadId))) {
                flush();
            }
            if (count == 0) {
                loadId = row[0];
                first = recordNo;
                last = recordNo;
                groupValue = g;
            }
            writeRecord(row, recordNo);
            last = recordNo;
            count++;
        }

        @SuppressWarnings("unchecked")
        private void writeRecord(Object[] row, long recordNo) {
            writeVarLong(zigZag(recordNo - last));
            int flags = 0;
            Arrays.fill(value, null);
            for (int i = 0; i < kinds.length; i++) {
                Object v = row[2 + fields[i]];
                if (v == null) {
                    flags |= 1 << i;
                    continue;
                }
                value[i] = kinds[i] == Kind.AMOUNT ? (Object) cents((BigDecimal) v) : v;
                if (value[i].equals(previous[i])) {
                    flags |= 1 << (SAME + i);
                }
            }
            writeByte(flags);
            for (int i = 0; i < kinds.length; i++) {
                Object v = value[i];
                if (v == null) {
                    continue;
                }
                if (i == range) {
                    Comparable<Object> c = (Comparable<Object>) v;
                    min = min == null || c.compareTo(min) < 0 ? c : min;
                    max = max == null || c.compareTo(max) > 0 ? c : max;
                }
                if ((flags & (1 << (SAME + i))) != 0) {
                    continue;
                }
                switch (kinds[i]) {
                    case MONTH -> writeVarLong(zigZag((long) (Integer) v
                            - (previous[i] == null ? 0 : (Integer) previous[i])));
                    case DATE -> writeVarLong(zigZag(((LocalDate) v).toEpochDay()
                            - (previous[i] == null ? 0 : ((LocalDate) previous[i]).toEpochDay())));
                    case AMOUNT -> writeVarLong(zigZag((Long) v));
                    case TEXT -> writeText((String) v, 0);
                    case TEXT_AFTER_PREVIOUS -> {
                        String s = (String) v;
                        int shared = previous[i] == null ? 0 : sharedPrefix((String) previous[i], s);
                        writeVarLong(shared);
                        writeText(s, shared);
                    }
                }
                previous[i] = v;
            }
        }

        /**
         * The text's length in chars from {@code from}, then each of those chars in modified UTF-8 (one to three
         * bytes, any char exact).
         */
        private void writeText(String s, int from) {
            int n = s.length();
            writeVarLong(n - from);
            ensure(3 * (n - from));
            for (int i = from; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x01 && c <= 0x7F) {
                    buf[size++] = (byte) c;
                } else if (c <= 0x7FF) {
                    buf[size++] = (byte) (0xC0 | (c >> 6));
                    buf[size++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    buf[size++] = (byte) (0xE0 | (c >> 12));
                    buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buf[size++] = (byte) (0x80 | (c & 0x3F));
                }
            }
        }

        private void writeVarLong(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        private void writeByte(int b) {
            ensure(1);
            buf[size++] = (byte) b;
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }

        /** Hands on the run being gathered, if any (at the end of the file). */
        public void flush() {
            if (count == 0) {
                return;
            }
            byte[] packed = Arrays.copyOf(buf, size);
            out.accept(range < 0 ? new Object[] {loadId, first, groupValue, count, packed}
                    : new Object[] {loadId, first, groupValue, min, max, count, packed});
            size = 0;
            count = 0;
            Arrays.fill(previous, null);
            min = null;
            max = null;
        }
    }

    /** What unpacking hands on for each record of a stored row. */
    @FunctionalInterface
    public interface RecordSink {
        /**
         * @param recordNo the record's number in its file
         * @param values   the typed values of the source's fields but the group field, in the source's order
         *                 ({@link #packedFields()}; reused: copy what is kept)
         */
        void accept(long recordNo, Object[] values);
    }

    /** Unpacks the records of one stored row, in record order. */
    public void unpack(long firstRecordNo, byte[] packed, RecordSink sink) {
        Object[] values = new Object[kinds.length];
        Object[] previous = new Object[kinds.length];
        long recordNo = firstRecordNo;
        int[] pos = {0};
        try {
            while (pos[0] < packed.length) {
                recordNo += unZigZag(readVarLong(packed, pos));
                int flags = packed[pos[0]++] & 0xFF;
                for (int i = 0; i < kinds.length; i++) {
                    if ((flags & (1 << i)) != 0) {
                        values[i] = null;
                    } else if ((flags & (1 << (SAME + i))) != 0) {
                        values[i] = previous[i];
                    } else {
                        values[i] = switch (kinds[i]) {
                            case MONTH -> (int) (unZigZag(readVarLong(packed, pos))
                                    + (previous[i] == null ? 0 : (Integer) previous[i]));
                            case DATE -> LocalDate.ofEpochDay(unZigZag(readVarLong(packed, pos))
                                    + (previous[i] == null ? 0 : ((LocalDate) previous[i]).toEpochDay()));
                            case AMOUNT -> BigDecimal.valueOf(unZigZag(readVarLong(packed, pos)), 2);
                            case TEXT -> readText(packed, pos, "");
                            case TEXT_AFTER_PREVIOUS -> {
                                int shared = (int) readVarLong(packed, pos);
                                yield readText(packed, pos, shared == 0 ? "" : ((String) previous[i]).substring(0, shared));
                            }
                        };
                        previous[i] = values[i];
                    }
                }
                sink.accept(recordNo, values);
            }
        } catch (IndexOutOfBoundsException | NullPointerException | NegativeArraySizeException e) {
            throw new IllegalStateException("a damaged packed run at record " + recordNo, e);
        }
    }

    /** A text written by {@code writeText}, after {@code prefix}. */
    private static String readText(byte[] b, int[] pos, String prefix) {
        int k = prefix.length();
        int n = k + (int) readVarLong(b, pos);
        char[] cs = new char[n];
        prefix.getChars(0, k, cs, 0);
        int p = pos[0];
        for (int i = k; i < n; i++) {
            int c = b[p++] & 0xFF;
            if (c < 0x80) {
                cs[i] = (char) c;
            } else if (c < 0xE0) {
                cs[i] = (char) (((c & 0x1F) << 6) | (b[p++] & 0x3F));
            } else {
                cs[i] = (char) (((c & 0x0F) << 12) | ((b[p++] & 0x3F) << 6) | (b[p++] & 0x3F));
            }
        }
        pos[0] = p;
        return new String(cs);
    }

    private static long readVarLong(byte[] b, int[] pos) {
        long v = 0;
        int p = pos[0];
        for (int shift = 0; shift < 64; shift += 7) {
            int x = b[p++];
            v |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                pos[0] = p;
                return v;
            }
        }
        throw new IllegalStateException("a variable-length number of more than 64 bits");
    }

    /**
     * An amount as the cents that {@code DECIMAL(16,2)} stores (the checks allow at most two decimals); an
     * amount that column cannot hold fails the load, as its insert did.
     */
    static long cents(BigDecimal d) {
        BigDecimal two = d.setScale(2, RoundingMode.HALF_UP);
        if (two.abs().compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalStateException("an amount beyond DECIMAL(16,2): " + two.precision() + " digits");
        }
        return two.unscaledValue().longValueExact();
    }

    /** The number of leading chars two texts share. */
    private static int sharedPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static long zigZag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unZigZag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
