package kuozhong.ingest.csv;

import kuozhong.common.Messages;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits decoded text into RFC 4180 records (extracts.md, "Common format rules") and keeps each record's
 * characters exactly as read: comma separator; a field that starts with a double quote is quoted (commas,
 * quotes doubled, line breaks inside); LF, CRLF or CR end a record. A quote inside an unquoted field is taken
 * as a character, as spreadsheet programs do.
 *
 * <p>{@link #raw()} is the record's text from its first character to its line break (not included); a
 * record spanning lines keeps the line breaks inside its quoted fields as they were (CRLF stays CRLF).
 * A leading byte-order mark (U+FEFF) of the text is skipped. Blank lines (a record of one field that is
 * empty after trimming spaces and tabs) are no records. Memory is constant: a record longer than
 * {@value #MAX_RECORD_CHARS} characters is a {@link CsvSyntaxException}, so a quote that is never closed
 * does not read the rest of the file into memory.
 */
public final class CsvRecordReader implements AutoCloseable {
    /** No record of an extract comes near this; a longer one is a quote that is never closed. */
    public static final int MAX_RECORD_CHARS = 1 << 20;

    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int recStart;
    private int limit;
    private boolean eof;
    private boolean started;
    private long line = 1;
    private long index = -1;
    private long recordLine;
    private long quoteLine;
    private List<String> fields = new ArrayList<>();
    /** the current record's text, made from the buffer when first asked (most records never are) */
    private String raw;
    private int rawStart = -1;
    private int rawLength;

    public CsvRecordReader(Reader in) {
        this.in = in;
    }

    /**
     * Reads the next record that is not blank.
     *
     * @return false at the end of the input
     * @throws CsvSyntaxException when the text is not RFC 4180 CSV from this record on
     * @throws IOException        from the reader (a {@link java.nio.charset.CharacterCodingException} for
     *                            bytes that are not valid in the encoding)
     */
    public boolean next() throws IOException {
        if (!started) {
            started = true;
            if (has(0) && at(0) == '\uFEFF') {
                recStart++;
            }
        }
        while (true) {
            raw = null;
            rawStart = -1;
            if (!has(0)) {
                fields = new ArrayList<>();
                return false;
            }
            recordLine = line;
            fields = new ArrayList<>(Math.max(8, fields.size()));
            int o = 0;
            int end;
            int next;
            while (true) {
                int fs = o;
                if (at(o) == '"') {
                    o = quoted(o + 1);
                } else {
                    o = unquoted(o);
                    fields.add(new String(buf, recStart + fs, o - fs));
                }
                if (!has(o)) {
                    end = o;
                    next = o;
                    break;
                }
                char c = at(o);
                if (c == ',') {
                    o++;
                    if (!has(o)) {
                        fields.add("");
                        end = o;
                        next = o;
                        break;
                    }
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    end = o;
                    next = c == '\r' && has(o + 1) && at(o + 1) == '\n' ? o + 2 : o + 1;
                    line++;
                    break;
                }
                throw new CsvSyntaxException(index + 1, recordLine, Messages.text("csv.afterQuote", fields.size()));
            }
            int start = recStart;
            recStart += next;
            if (fields.size() == 1 && isBlank(fields.get(0))) {
                continue;
            }
            // the buffer moves only when the next record is read: until then the text stays where it is
            rawStart = start;
            rawLength = end;
            index++;
            return true;
        }
    }

    /** The fields of the current record, untrimmed, quotes removed: a new list for each record. */
    public List<String> fields() {
        return fields;
    }

    /** The current record exactly as read, without its line break (null at the end of the input). */
    public String raw() {
        if (raw == null && rawStart >= 0) {
            raw = new String(buf, rawStart, rawLength);
        }
        return raw;
    }

    /** The line (from 1) on which the current record starts. */
    public long line() {
        return recordLine;
    }

    /** Records before the current one (blank lines not counted): 0 for the first. */
    public long index() {
        return index;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Scans an unquoted field from offset {@code o}; returns the offset of the character that ends it. */
    private int unquoted(int o) throws IOException {
        while (true) {
            char[] b = buf;
            int p = recStart + o;
            int lim = limit;
            while (p < lim) {
                char c = b[p];
                if (c == ',' || c == '\n' || c == '\r') {
                    return p - recStart;
                }
                p++;
            }
            o = p - recStart;
            if (!has(o)) {
                return o;
            }
        }
    }

    /** Reads a quoted field whose content starts at {@code o}; adds it; returns the offset after the closing quote. */
    private int quoted(int o) throws IOException {
        quoteLine = line;
        int cs = o;
        boolean doubled = false;
        while (true) {
            if (!has(o)) {
                throw new CsvSyntaxException(index + 1, recordLine, quoteLine == recordLine
                        ? Messages.text("csv.neverClosed", fields.size() + 1)
                        : Messages.text("csv.neverClosedOpenedOn", fields.size() + 1, quoteLine));
            }
            char c = buf[recStart + o];
            if (c == '"') {
                if (has(o + 1) && at(o + 1) == '"') {
                    doubled = true;
                    o += 2;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
            }
            o++;
        }
        String v = new String(buf, recStart + cs, o - cs);
        fields.add(doubled ? v.replace("\"\"", "\"") : v);
        return o + 1;
    }

    private char at(int o) {
        return buf[recStart + o];
    }

    /** Whether the record being read has a character at offset {@code o}, reading more text if needed. */
    private boolean has(int o) throws IOException {
        while (recStart + o >= limit) {
            if (eof) {
                return false;
            }
            if (o >= MAX_RECORD_CHARS) {
                throw new CsvSyntaxException(index + 1, recordLine, Messages.text("csv.tooLong", MAX_RECORD_CHARS));
            }
            int keep = limit - recStart;
            if (recStart > 0) {
                System.arraycopy(buf, recStart, buf, 0, keep);
            } else if (keep == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            recStart = 0;
            limit = keep;
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        return true;
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
