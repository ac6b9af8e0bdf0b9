package kuozhong.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import kuozhong.ingest.validate.Field;

/**
 * The packed layout of the two monthly series (social_insurance.csv and provident_fund.csv, issue 12): their
 * load tables hold one row per <em>run</em> of consecutive accepted records of one identity number instead of
 * one row per record, so that an ingest writes and a list build reads about ten times fewer database rows
 * (the files come grouped by person; a file that is not still loads, in runs of one).
 *
 * <p>A stored row ({@code create-packed_series.sql}) is the load id, the record number of the run's first record,
 * the identity number, the smallest and largest {@code year_month} of the run, the number of its records and
 * {@code packed}: the run's records, each its record number (as the distance from the one before, the first
 * from the row's record number), a byte of flags (for each of the other fields, at most four, a bit that says
 * it is null and one that says it is the value the same field last had in the run), and the fields that are
 * neither (a month as the variable-length distance from the field's last month in the run; an amount as the
 * variable-length long of its cents, exactly what {@code DECIMAL(16,2)} stored; a text as its length in chars and
 * each char in modified UTF-8, which gives back any Java string, characters beyond the BMP included). Unpacking
 * gives back, in record order, the very values the one-row-a-record table held.
 *
 * <p>A run holds at most {@link #MAX_RUN} records (a longer one continues in the next row), so packing holds
 * one bounded run in memory, never a series.
 */
public final class PackedRuns {
    /** The most records one stored row holds. */
    public static final int MAX_RUN = 256;
    /** The columns of a stored row. */
    public static final int COLUMNS = 7;
    private static final int ID = 0;
    /** the bit of a record's flags byte that says field i is the same as before is {@code 1 << (SAME + i)} */
    private static final int SAME = 4;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");

    private enum Kind { MONTH, AMOUNT, TEXT }

    private final Kind[] kinds;
    private final int monthField;

    private PackedRuns(Source source) {
        List<Field> fields = source.fields();
        if (!fields.get(ID).name().equals("id_no")) {
            throw new IllegalArgumentException(source.id());
        }
        kinds = new Kind[fields.size() - 1];
        int month = -1;
        for (int i = 1; i < fields.size(); i++) {
            kinds[i - 1] = switch (fields.get(i).type()) {
                case MONTH -> Kind.MONTH;
                case AMOUNT -> Kind.AMOUNT;
                case DATE, YEAR, RATE -> throw new IllegalArgumentException(source.id() + ": " + fields.get(i).name());
                default -> Kind.TEXT;
            };
            if (fields.get(i).name().equals("year_month")) {
                month = i - 1;
            }
        }
        if (month < 0 || kinds.length > SAME) {
            throw new IllegalArgumentException(source.id());
        }
        monthField = month;
    }

    /** Whether a source's load tables are packed: the two monthly series. */
    public static boolean packs(Source source) {
        return source == Source.SOCIAL_INSURANCE || source == Source.PROVIDENT_FUND;
    }

    /** The layout of a packed source. */
    public static PackedRuns of(Source source) {
        if (!packs(source)) {
            throw new IllegalArgumentException(source.id() + " is not packed");
        }
        return new PackedRuns(source);
    }

    /** The JDBC type of each column of a stored row, for binding nulls. */
    public static int[] sqlTypes() {
        return new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER,
            Types.VARBINARY};
    }

    /** A packer that hands each stored row, as it is complete, to {@code out}. */
    public Packer packer(Consumer<Object[]> out) {
        return new Packer(out);
    }

    /**
     * Gathers consecutive records of one identity number into stored rows. Records come as load-table rows:
     * the load id, the record number (a Long) and the typed values of the source's fields.
     */
    public final class Packer {
        private final Consumer<Object[]> out;
        private byte[] buf = new byte[4096];
        private int size;
        private Object loadId;
        private long first;
        private long last;
        private String idNo;
        private Integer minMonth;
        private Integer maxMonth;
        private int count;
        /** the last value of each field in the run that was not null (a month, the cents of an amount, a text) */
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
            String id = (String) row[2 + ID];
            if (count > 0 && (count == MAX_RUN || !Objects.equals(id, idNo) || !Objects.equals(row[0], loadId))) {
                flush();
            }
            if (count == 0) {
                loadId = row[0];
                first = recordNo;
                last = recordNo;
                idNo = id;
            }
            writeRecord(row, recordNo);
            last = recordNo;
            count++;
        }

        private void writeRecord(Object[] row, long recordNo) {
            writeVarLong(zigZag(recordNo - last));
            int flags = 0;
            Arrays.fill(value, null);
            for (int i = 0; i < kinds.length; i++) {
                Object v = row[3 + i];
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
                if (i == monthField) {
                    int m = (Integer) v;
                    minMonth = minMonth == null ? m : Math.min(minMonth, m);
                    maxMonth = maxMonth == null ? m : Math.max(maxMonth, m);
                }
                if ((flags & (1 << (SAME + i))) != 0) {
                    continue;
                }
                switch (kinds[i]) {
                    case MONTH -> writeVarLong(zigZag((long) (Integer) v
                            - (previous[i] == null ? 0 : (Integer) previous[i])));
                    case AMOUNT -> writeVarLong(zigZag((Long) v));
                    case TEXT -> writeText((String) v);
                }
                previous[i] = v;
            }
        }

        /** The text's length in chars, then each char in modified UTF-8 (one to three bytes, any char exact). */
        private void writeText(String s) {
            int n = s.length();
            writeVarLong(n);
            ensure(3 * n);
            for (int i = 0; i < n; i++) {
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
            out.accept(new Object[] {loadId, first, idNo, minMonth, maxMonth, count, Arrays.copyOf(buf, size)});
            size = 0;
            count = 0;
            Arrays.fill(previous, null);
            minMonth = null;
            maxMonth = null;
        }
    }

    /** What unpacking hands on for each record of a stored row. */
    @FunctionalInterface
    public interface RecordSink {
        /**
         * @param recordNo the record's number in its file
         * @param values   the typed values of the source's fields after {@code id_no} (reused: copy what is kept)
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
                            case AMOUNT -> BigDecimal.valueOf(unZigZag(readVarLong(packed, pos)), 2);
                            case TEXT -> readText(packed, pos);
                        };
                        previous[i] = values[i];
                    }
                }
                sink.accept(recordNo, values);
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("a damaged packed run at record " + recordNo, e);
        }
    }

    private static String readText(byte[] b, int[] pos) {
        int n = (int) readVarLong(b, pos);
        char[] cs = new char[n];
        int p = pos[0];
        for (int i = 0; i < n; i++) {
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

    private static long zigZag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unZigZag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
