package kuozhong.household;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One record of the housing provident fund snapshot (extracts.md, provident_fund.csv).
 *
 * @param yearMonth      the month as {@code yyyyMM}
 * @param depositBase    yuan: the wage the deposit is computed on
 * @param monthlyDeposit yuan: employee plus employer deposit
 */
public record ProvidentFundRow(String idNo, int yearMonth, BigDecimal depositBase, BigDecimal monthlyDeposit) {
    public ProvidentFundRow {
        Objects.requireNonNull(idNo, "idNo");
        Objects.requireNonNull(depositBase, "depositBase");
        Objects.requireNonNull(monthlyDeposit, "monthlyDeposit");
    }
}
