package kuozhong.household.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The packed layout of a list version's tables (issue 12, migration V13): a table of a version
 * ({@link VersionTable}) holds one database row per <em>part</em>, up to {@link #MAX_ROWS} of the version's rows
 * (or about {@link #MAX_BYTES} bytes of them) packed into one value, instead of one database row per row. H2
 * pays per row it inserts and again per row it commits (its undo log marks every row committed), so a county's
 * 285,000 version rows cost seconds; packed, they are a few hundred database rows.
 *
 * <p>A row is the same typed values the one-row-a-row table held, in its column order: each value a tag byte
 * (null, text, integer, long, decimal, date) and the value: a text as its length in chars and each char in
 * modified UTF-8 (any Java string comes back, unpaired surrogates included), an integer or a long as a
 * variable-length zig-zag number, a decimal as its scale and the bytes of its unscaled value (exactly the
 * {@code BigDecimal} written), a date as its epoch day. Each part also names the smallest and the largest
 * {@code household_no} (every version table's first column) among its rows, so that the rows of one household
 * are found by reading the parts whose range holds it.
 */
public final class PackedRows {
    /** The most rows one part holds. */
    public static final int MAX_ROWS = 512;
    /** A part is closed once its bytes reach this size (a part of long profile texts holds fewer rows). */
    public static final int MAX_BYTES = 256 * 1024;

    private static final int NULL = 0;
    private static final int TEXT = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int DECIMAL = 4;
    private static final int DATE = 5;

    private PackedRows() {
    }

    /** A part ready to store: its number (from 1, in the order written), household range, row count and bytes. */
    public record Part(int part, String firstHousehold, String lastHousehold, int rows, byte[] packed) {
        /** The values of the part's database row, in the column order of {@code create-packed.sql}. */
        public Object[] values() {
            return new Object[] {part, firstHousehold, lastHousehold, rows, packed};
        }
    }

    /** Gathers rows into parts, handing each to {@code out} once it is full and the last one at {@link #finish}. */
    public static final class Packer {
        private final Consumer<Part> out;
        private final Bytes bytes = new Bytes();
        private int part;
        private int rows;
        private String first;
        private String last;

        public Packer(Consumer<Part> out) {
            this.out = out;
        }

        /** Adds one row (its first value the household_no, never null). */
        public void add(Object[] row) {
            String household = (String) row[0];
            if (household == null) {
                throw new IllegalArgumentException("a version row without household_no");
            }
            if (rows == 0 || household.compareTo(first) < 0) {
                first = household;
            }
            if (rows == 0 || household.compareTo(last) > 0) {
                last = household;
            }
            bytes.varInt(row.length);
            for (Object v : row) {
                write(v);
            }
            rows++;
            if (rows == MAX_ROWS || bytes.size >= MAX_BYTES) {
                flush();
            }
        }

        /** Hands on the last part, if any row is left. */
        public void finish() {
            if (rows > 0) {
                flush();
            }
        }

        private void flush() {
            out.accept(new Part(++part, first, last, rows, Arrays.copyOf(bytes.buf, bytes.size)));
            bytes.size = 0;
            rows = 0;
        }

        private void write(Object v) {
            if (v == null) {
                bytes.put(NULL);
            } else if (v instanceof String s) {
                bytes.put(TEXT);
                bytes.text(s);
            } else if (v instanceof Integer n) {
                bytes.put(INT);
                bytes.varLong(zigZag(n));
            } else if (v instanceof Long n) {
                bytes.put(LONG);
                bytes.varLong(zigZag(n));
            } else if (v instanceof BigDecimal d) {
                bytes.put(DECIMAL);
                bytes.varLong(zigZag(d.scale()));
                byte[] unscaled = d.unscaledValue().toByteArray();
                bytes.varInt(unscaled.length);
                bytes.put(unscaled);
            } else if (v instanceof LocalDate d) {
                bytes.put(DATE);
                bytes.varLong(zigZag(d.toEpochDay()));
            } else {
                throw new IllegalArgumentException("cannot pack a " + v.getClass().getName());
            }
        }
    }

    /** Hands each row of a part to {@code sink}, in the order written. */
    public static void unpack(byte[] packed, Consumer<Object[]> sink) {
        Reader r = new Reader(packed);
        try {
            while (r.pos < packed.length) {
                Object[] row = new Object[(int) r.varLong()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.value();
                }
                sink.accept(row);
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("a damaged packed part of a list version at byte " + r.pos, e);
        }
    }

    private static long zigZag(long n) {
        return n << 1 ^ n >> 63;
    }

    private static long unZigZag(long n) {
        return n >>> 1 ^ -(n & 1);
    }

    /** A growable byte buffer. */
    private static final class Bytes {
        byte[] buf = new byte[64 * 1024];
        int size;

        void ensure(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        void put(int b) {
            ensure(1);
            buf[size++] = (byte) b;
        }

        void put(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        void varInt(int n) {
            varLong(n);
        }

        void varLong(long n) {
            ensure(10);
            while ((n & ~0x7FL) != 0) {
                buf[size++] = (byte) (n & 0x7F | 0x80);
                n >>>= 7;
            }
            buf[size++] = (byte) n;
        }

        /** The char count, then each char in modified UTF-8 (a surrogate on its own, as three bytes). */
        void text(String s) {
            int n = s.length();
            varInt(n);
            ensure(3 * n);
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c != 0 && c < 0x80) {
                    buf[size++] = (byte) c;
                } else if (c < 0x800) {
                    buf[size++] = (byte) (0xC0 | c >> 6);
                    buf[size++] = (byte) (0x80 | c & 0x3F);
                } else {
                    buf[size++] = (byte) (0xE0 | c >> 12);
                    buf[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                    buf[size++] = (byte) (0x80 | c & 0x3F);
                }
            }
        }
    }

    private static final class Reader {
        final byte[] buf;
        int pos;

        Reader(byte[] buf) {
            this.buf = buf;
        }

        long varLong() {
            long n = 0;
            for (int shift = 0;; shift += 7) {
                byte b = buf[pos++];
                n |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return n;
                }
            }
        }

        Object value() {
            int tag = buf[pos++];
            return switch (tag) {
                case NULL -> null;
                case TEXT -> text();
                case INT -> (int) unZigZag(varLong());
                case LONG -> unZigZag(varLong());
                case DECIMAL -> {
                    int scale = (int) unZigZag(varLong());
                    int n = (int) varLong();
                    byte[] unscaled = Arrays.copyOfRange(buf, pos, pos + n);
                    pos += n;
                    yield new BigDecimal(new BigInteger(unscaled), scale);
                }
                case DATE -> LocalDate.ofEpochDay(unZigZag(varLong()));
                default -> throw new IllegalStateException("unknown tag " + tag);
            };
        }

        String text() {
            int n = (int) varLong();
            char[] cs = new char[n];
            for (int i = 0; i < n; i++) {
                int b = buf[pos++] & 0xFF;
                if (b < 0x80) {
                    cs[i] = (char) b;
                } else if (b < 0xE0) {
                    cs[i] = (char) ((b & 0x1F) << 6 | buf[pos++] & 0x3F);
                } else {
                    cs[i] = (char) ((b & 0x0F) << 12 | (buf[pos++] & 0x3F) << 6 | buf[pos++] & 0x3F);
                }
            }
            return new String(cs);
        }
    }
}
