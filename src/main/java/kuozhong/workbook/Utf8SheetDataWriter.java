package kuozhong.workbook;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's sheet data writer, faster, writing the same bytes (issue 12: 明细表 of 100,000 loans is 2M cells and 100 MB
 * of XML; the bank workbooks are a million cells at county size):
 * <ul>
 * <li>a plain UTF-8 encoder ({@link Utf8Writer}) in place of {@code BufferedWriter} over {@code OutputStreamWriter}:
 * no lock and no charset encoder behind each of the ten or so small writes a cell makes (an unpaired surrogate
 * becomes {@code ?}, as the JDK's encoder replaces it);</li>
 * <li>the cells of the usual types (blank, inline string, number, boolean) written straight into that encoder's
 * buffer: column letters computed once per column, the row number once per row, the text escaped and encoded in
 * one pass. Formulas, errors and shared strings go through POI's own {@link SheetDataWriter#writeCell}.</li>
 * </ul>
 * The temporary file is written through {@link #decorateOutputStream} and read back through
 * {@link #decorateInputStream}, so a subclass can compress or encrypt it ({@link EncryptedTempWorkbook}).
 */
class Utf8SheetDataWriter extends SheetDataWriter {
    private static final byte[] C_R = ascii("<c r=\"");
    private static final byte[] S = ascii("\" s=\"");
    private static final byte[] T_INLINE = ascii("\" t=\"inlineStr\"><is><t");
    private static final byte[] PRESERVE = ascii(" xml:space=\"preserve\"");
    private static final byte[] T_END = ascii("</t></is></c>");
    private static final byte[] T_NUMBER = ascii("\" t=\"n\"><v>");
    private static final byte[] T_BOOLEAN = ascii("\" t=\"b\"><v>");
    private static final byte[] V_END = ascii("</v></c>");
    private static final byte[] BLANK_END = ascii("\"></c>");

    /** Inline strings (no shared string table): the only kind the fast path writes. */
    private final boolean inlineStrings;
    /** The column letters by column index, as {@link CellReference} spells them; grown on demand. */
    private byte[][] columns = new byte[16][];
    /** The style indexes as text, by index; grown on demand. */
    private byte[][] styles = new byte[16][];
    /** The 1-based number of the row being written, as text. */
    private byte[] rowNumber;

    Utf8SheetDataWriter(SharedStringsTable sharedStrings) throws IOException {
        super(sharedStrings);
        this.inlineStrings = sharedStrings == null;
    }

    /** The plain UTF-8 writer over {@link #decorateOutputStream} of the file. */
    @Override
    public Writer createWriter(File fd) throws IOException {
        FileOutputStream fos = new FileOutputStream(fd);
        try {
            return new Utf8Writer(decorateOutputStream(fos));
        } catch (IOException | RuntimeException e) {
            fos.close();
            throw e;
        }
    }

    /** The temporary file (for tests). */
    File file() {
        return getTempFile();
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = ascii(Integer.toString(rownum + 1));
        super.writeRow(rownum, row);  // the row's element and bookkeeping; each cell through writeCell below
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA || type == CellType.ERROR || type == CellType.STRING && !inlineStrings
                || !(_out instanceof Utf8Writer) || rowNumber == null) {
            super.writeCell(columnIndex, cell);
            return;
        }
        Utf8Writer out = (Utf8Writer) _out;
        out.bytes(C_R);
        out.bytes(column(columnIndex));
        out.bytes(rowNumber);
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            out.bytes(S);
            out.bytes(style(style));
        }
        switch (type) {
            case BLANK -> out.bytes(BLANK_END);
            case STRING -> {
                String value = cell.getStringCellValue();
                out.bytes(T_INLINE);
                if (hasLeadingTrailingSpaces(value)) {
                    out.bytes(PRESERVE);
                }
                out.ascii('>');
                out.escaped(value);
                out.bytes(T_END);
            }
            case NUMERIC -> {
                out.bytes(T_NUMBER);
                out.ascii(Double.toString(cell.getNumericCellValue()));
                out.bytes(V_END);
            }
            case BOOLEAN -> {
                out.bytes(T_BOOLEAN);
                out.ascii(cell.getBooleanCellValue() ? '1' : '0');
                out.bytes(V_END);
            }
            default -> throw new IllegalStateException("Invalid cell type: " + type);
        }
    }

    private static boolean hasLeadingTrailingSpaces(String s) {
        return s != null && !s.isEmpty()
                && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    private byte[] column(int index) {
        if (index >= columns.length) {
            columns = Arrays.copyOf(columns, Math.max(index + 1, columns.length * 2));
        }
        byte[] letters = columns[index];
        if (letters == null) {
            letters = ascii(CellReference.convertNumToColString(index));
            columns[index] = letters;
        }
        return letters;
    }

    private byte[] style(int index) {
        if (index >= styles.length) {
            styles = Arrays.copyOf(styles, Math.max(index + 1, styles.length * 2));
        }
        byte[] text = styles[index];
        if (text == null) {
            text = ascii(Integer.toString(index));
            styles[index] = text;
        }
        return text;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** An unsynchronised, buffered UTF-8 writer; not thread-safe (a sheet is written by one thread). */
    static final class Utf8Writer extends Writer {
        private final OutputStream out;
        private final byte[] buf = new byte[64 * 1024];
        private int n;
        /** A high surrogate waiting for its low half (a write may end between the two), or 0. */
        private char high;
        /** Closed once: SXSSF closes a sheet's writer before reading the file back and again when disposing it. */
        private boolean closed;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            for (int i = off, end = off + len; i < end; i++) {
                put(cbuf[i]);
            }
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            for (int i = off, end = off + len; i < end; i++) {
                put(s.charAt(i));
            }
        }

        @Override
        public Writer append(CharSequence csq) throws IOException {
            String s = String.valueOf(csq);
            write(s, 0, s.length());
            return this;
        }

        @Override
        public Writer append(char c) throws IOException {
            put(c);
            return this;
        }

        private void put(char c) throws IOException {
            if (n + 4 > buf.length) {
                drain();
            }
            if (high != 0) {
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(h, c);
                    buf[n++] = (byte) (0xF0 | cp >> 18);
                    buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp & 0x3F);
                    return;
                }
                buf[n++] = '?';
                if (n + 4 > buf.length) {
                    drain();
                }
            }
            if (c < 0x80) {
                buf[n++] = (byte) c;
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | c >> 6);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                buf[n++] = '?';
            } else {
                buf[n++] = (byte) (0xE0 | c >> 12);
                buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            }
        }

        /**
         * Room for {@code k} more bytes (at most the buffer's size), after a pending high surrogate has been written
         * as the encoder writes an unpaired one: the direct writes below never start with a low surrogate.
         */
        private void reserve(int k) throws IOException {
            if (high != 0) {
                high = 0;
                if (n + 1 > buf.length) {
                    drain();
                }
                buf[n++] = '?';
            }
            if (n + k > buf.length) {
                drain();
            }
        }

        /** Bytes as they are (ASCII markup). */
        void bytes(byte[] b) throws IOException {
            reserve(b.length);
            System.arraycopy(b, 0, buf, n, b.length);
            n += b.length;
        }

        /** One ASCII character. */
        void ascii(char c) throws IOException {
            reserve(1);
            buf[n++] = (byte) c;
        }

        /** A string of ASCII characters (a number), at most the buffer's size. */
        void ascii(String s) throws IOException {
            int len = s.length();
            reserve(len);
            for (int i = 0; i < len; i++) {
                buf[n++] = (byte) s.charAt(i);
            }
        }

        /**
         * Text content escaped exactly as POI's {@code SheetDataWriter.outputEscapedString} escapes it, then
         * encoded as {@code OutputStreamWriter} encodes the result: {@code < > & "} and tab, line feed, carriage
         * return and no-break space as entities; other control characters and U+FFFE, U+FFFF as {@code ?}; an
         * unpaired surrogate as {@code ?}; a surrogate pair as the 4 bytes of its code point.
         */
        void escaped(String s) throws IOException {
            if (s == null) {
                return;
            }
            reserve(0);
            for (int i = 0, len = s.length(); i < len; i++) {
                if (n + 8 > buf.length) {
                    drain();
                }
                char c = s.charAt(i);
                if (c >= 0x80) {
                    if (c < 0x800) {
                        if (c == '\u00A0') {
                            entity("&#xa0;");
                        } else {
                            buf[n++] = (byte) (0xC0 | c >> 6);
                            buf[n++] = (byte) (0x80 | c & 0x3F);
                        }
                    } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                        int cp = Character.toCodePoint(c, s.charAt(++i));
                        buf[n++] = (byte) (0xF0 | cp >> 18);
                        buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                        buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                        buf[n++] = (byte) (0x80 | cp & 0x3F);
                    } else if (Character.isSurrogate(c) || c >= '\uFFFE') {
                        buf[n++] = '?';
                    } else {
                        buf[n++] = (byte) (0xE0 | c >> 12);
                        buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                        buf[n++] = (byte) (0x80 | c & 0x3F);
                    }
                } else if (c > '>') {
                    buf[n++] = (byte) c;
                } else {
                    switch (c) {
                        case '<' -> entity("&lt;");
                        case '>' -> entity("&gt;");
                        case '&' -> entity("&amp;");
                        case '"' -> entity("&quot;");
                        case '\n' -> entity("&#xa;");
                        case '\r' -> entity("&#xd;");
                        case '\t' -> entity("&#x9;");
                        default -> buf[n++] = c < ' ' ? (byte) '?' : (byte) c;
                    }
                }
            }
        }

        /** An entity of at most 8 characters, with room for it already made. */
        private void entity(String e) {
            for (int i = 0; i < e.length(); i++) {
                buf[n++] = (byte) e.charAt(i);
            }
        }

        private void drain() throws IOException {
            out.write(buf, 0, n);
            n = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (high != 0) {
                    high = 0;
                    put('?');
                }
                drain();
            } finally {
                out.close();
            }
        }
    }
}
