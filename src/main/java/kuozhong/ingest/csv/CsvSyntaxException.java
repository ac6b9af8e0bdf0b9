package kuozhong.ingest.csv;

import kuozhong.common.LocalizedException;
import kuozhong.common.Messages;

/**
 * The input is not RFC 4180 CSV from a record on: a quoted field is never closed, or text follows a
 * closing quote. Names the record (0 = the first record, the header) and the physical line where it starts.
 */
public final class CsvSyntaxException extends LocalizedException {
    private final long recordIndex;
    private final long line;
    private final transient Messages.Text problem;

    public CsvSyntaxException(long recordIndex, long line, Messages.Text problem) {
        super(problem);
        this.recordIndex = recordIndex;
        this.line = line;
        this.problem = problem;
    }

    /** What is wrong, to be rendered in the reader's language (English as {@link #getMessage()}). */
    public Messages.Text problem() {
        return problem;
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
