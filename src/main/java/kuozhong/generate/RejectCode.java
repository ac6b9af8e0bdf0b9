package kuozhong.generate;

/** The record-level reject codes of extracts.md that the generator plants deliberately. */
public enum RejectCode {
    WRONG_FIELD_COUNT,
    MISSING_FIELD,
    BAD_ID,
    BAD_DATE,
    BAD_NUMBER,
    BAD_CODE,
    BAD_RANGE,
    INCONSISTENT,
    DUPLICATE_KEY,
    UNKNOWN_LOAN
}
