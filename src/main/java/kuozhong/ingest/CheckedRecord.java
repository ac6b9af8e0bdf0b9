package kuozhong.ingest;

import kuozhong.ingest.validate.Reject;

/** What the checks made of one record: a row for the load's table, or a reject for the rejects file. */
sealed interface CheckedRecord {

    /**
     * An accepted record.
     *
     * @param row the load id, the record number and the typed values in the column order of the source
     */
    record Accepted(Object[] row) implements CheckedRecord {
    }

    /**
     * A rejected record, with its one reason (extracts.md, "Validation and rejects"); its raw text is taken
     * out of the reader at once, so that the reject may be written after the reader moved on.
     */
    record Rejected(RawRecord record, Reject reject) implements CheckedRecord {
        public Rejected {
            record.raw();
        }
    }
}
