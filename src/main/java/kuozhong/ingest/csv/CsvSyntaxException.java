package kuozhong.ingest.csv;

/**
 * The input is not RFC 4180 CSV from a record on: a quoted field is never closed, or text follows a
 * closing quote. Names the record (0 = the first record, the header) and the physical line where it starts.
 */
public final class CsvSyntaxException extends RuntimeException {
    private final long recordIndex;
    private final long line;

    public CsvSyntaxException(long recordIndex, long line, String problem) {
        super(problem);
        this.recordIndex = recordIndex;
        this.line = line;
    }

    /** How many records came before this one: 0 for the header, n for the n-th record after it. */
    public long recordIndex() {
        return recordIndex;
    }

    /** The line (from 1) on which the record starts. */
    public long line() {
        return line;
    }
}
