package kuozhong.settlement;

/** Loan products of the bank ledger (extracts.md, loans.csv); {@link #OTHER} is not of the 共富 series. */
public enum LoanProduct {
    /** 共富经营贷 */
    JINGYING,
    /** 共富助学贷 */
    ZHUXUE,
    /** 共富助医贷 */
    ZHUYI,
    /** 共富安居贷 */
    ANJU,
    /** 共富稳业贷 */
    WENYE,
    /** not of the 共富 series */
    OTHER
}
