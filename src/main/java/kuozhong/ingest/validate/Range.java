package kuozhong.ingest.validate;

/**
 * Range constraints (extracts.md: "amount > 0", "amount ≥ 0", "0 < share ≤ 1"; profile.md: a year from 1949
 * to the delivery's year, a date not after the delivery date, a note without 15 or more consecutive digits).
 */
public enum Range {
    ANY, POSITIVE, NON_NEGATIVE, SHARE,
    /** YEAR: ≥ 1949 and not after the delivery's year (market_entity.csv report_year). */
    YEAR_1949_TO_DELIVERY,
    /** DATE: not after the delivery date (visits.csv visit_date). */
    NOT_AFTER_DELIVERY,
    /** TEXT: no run of 15 or more digits, ASCII 0-9 or full-width ０-９ in any mix (visits.csv note). */
    NO_LONG_DIGIT_RUN
}
