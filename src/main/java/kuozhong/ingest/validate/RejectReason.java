package kuozhong.ingest.validate;

/** Record-level reason codes of extracts.md, "Validation and rejects". */
public enum RejectReason {
    WRONG_FIELD_COUNT, MISSING_FIELD, BAD_ID, BAD_DATE, BAD_NUMBER, BAD_CODE, BAD_RANGE, INCONSISTENT,
    DUPLICATE_KEY, UNKNOWN_LOAN
}
