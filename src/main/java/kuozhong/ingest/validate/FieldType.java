package kuozhong.ingest.validate;

/** The types of extract columns (extracts.md, "Files and columns" and "Precise points"). */
public enum FieldType {
    /** GB 11643-1999 identity number, stored upper-case. */
    ID18,
    /** Free text with a length limit. */
    TEXT,
    /** One of a fixed set of codes. */
    CODE,
    /** Household registration number: 1-20 letters or digits. */
    HOUSEHOLD_NO,
    /** Two-digit relation code 01-99. */
    RELATION,
    /** A township code of reference/townships.csv. */
    TOWNSHIP,
    /** Nine digits (a township code that may lie outside the county). */
    TOWNSHIP_ANY,
    /** {@code yyyy-MM-dd}. */
    DATE,
    /** {@code yyyyMM}, stored as the integer yyyyMM. */
    MONTH,
    /** Decimal with at most two decimals. */
    AMOUNT,
    /** Decimal with at most four decimals. */
    RATE
}
