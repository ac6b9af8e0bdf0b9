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
    RATE,
    /** GB 32100-2015 unified social credit code, stored upper-case (profile.md, market_entity.csv). */
    CREDIT_CODE,
    /** {@code yyyy}, stored as an Integer; not four digits is BAD_DATE. */
    YEAR,
    /** Who visited: a township of reference/townships.csv or {@code BANK} (profile.md, visits.csv). */
    UNIT
}
