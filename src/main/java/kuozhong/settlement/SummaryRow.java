package kuozhong.settlement;

import java.math.BigDecimal;

/**
 * One row of {@code subsidy-summary.csv}: a (township, category) group of the detail, or the total row
 * ({@code townshipCode = "TOTAL"}, empty township name, {@code category = null}).
 */
public record SummaryRow(
        String townshipCode,
        String townshipName,
        LoanCategory category,
        int households,
        int loans,
        BigDecimal principal,
        BigDecimal yearEndBalance,
        BigDecimal accumulation,
        BigDecimal fiscalSubsidy,
        BigDecimal provinceShare,
        BigDecimal countyShare,
        BigDecimal bankConcession,
        BigDecimal householdSaving) {

    public static final String TOTAL = "TOTAL";

    public boolean isTotal() {
        return TOTAL.equals(townshipCode);
    }
}
