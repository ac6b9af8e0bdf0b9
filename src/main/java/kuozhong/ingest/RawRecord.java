package kuozhong.ingest;

import java.util.List;
import java.util.function.Supplier;

/**
 * One data record of an extract file as read (extracts.md, "Validation and rejects"): its number, the line
 * on which it starts, its fields (untrimmed, quotes removed) and its raw text (its decoded characters without
 * the final line break).
 *
 * <p>The raw text is only written for a rejected record, so the reader hands it over lazily: a record made by
 * {@link ExtractFileReader} copies its text out of the reader's buffer only when {@link #raw()} is first
 * asked, which must happen before the next record is read ({@link CheckedRecord.Rejected} asks at once).
 */
public final class RawRecord {
    private final long number;
    private final long line;
    private final List<String> fields;
    private Supplier<String> rawSource;
    private String raw;

    /**
     * @param number the record number: data records counted from 1, blank lines not counted
     * @param line   the line of the file (from 1, the header is line 1) on which the record starts
     * @param fields the fields, untrimmed, quotes removed
     * @param raw    the record exactly as read: its decoded characters without the final line break
     */
    public RawRecord(long number, long line, List<String> fields, String raw) {
        this.number = number;
        this.line = line;
        this.fields = fields;
        this.raw = raw;
    }

    /** A record whose raw text {@code raw} gives when first asked (before the reader moves on). */
    RawRecord(long number, long line, List<String> fields, Supplier<String> raw) {
        this.number = number;
        this.line = line;
        this.fields = fields;
        this.rawSource = raw;
    }

    /** The record number: data records counted from 1, blank lines not counted. */
    public long number() {
        return number;
    }

    /** The line of the file (from 1, the header is line 1) on which the record starts. */
    public long line() {
        return line;
    }

    /** The fields, untrimmed, quotes removed. */
    public List<String> fields() {
        return fields;
    }

    /** The record exactly as read: its decoded characters without the final line break. */
    public String raw() {
        if (rawSource != null) {
            raw = rawSource.get();
            rawSource = null;
        }
        return raw;
    }

    @Override
    public String toString() {
        return "RawRecord[number=" + number + ", line=" + line + "]";
    }
}
