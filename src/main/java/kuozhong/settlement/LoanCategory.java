package kuozhong.settlement;

/**
 * Loan categories (extracts.md, loans.csv). The declaration order is the order of the summary
 * (settlement.md, subsidy-summary.csv): BUSINESS, EMPLOYMENT, FARMER, SAFETY_NET.
 */
public enum LoanCategory {
    /** 经营类 */
    BUSINESS,
    /** 就业类 */
    EMPLOYMENT,
    /** 农户类 */
    FARMER,
    /** 托底类 */
    SAFETY_NET
}
