package kuozhong.settlement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the {@link DayCountAccumulator} found for one loan and one year.
 *
 * @param accumulation     积数: Σ end-of-day balance over the days counted (exact, scale of the amounts)
 * @param days             days counted whose end-of-day balance is &gt; 0
 * @param yearEndBalance   end-of-day balance on Y-12-31
 * @param overdue          principal was outstanding on a day of Y on or after the maturity date
 * @param ledgerProblems   why the ledger is inconsistent, with the figures; empty when consistent
 */
public record DayCount(BigDecimal accumulation, int days, BigDecimal yearEndBalance, boolean overdue,
                       List<String> ledgerProblems) {

    public DayCount {
        Objects.requireNonNull(accumulation, "accumulation");
        Objects.requireNonNull(yearEndBalance, "yearEndBalance");
        ledgerProblems = List.copyOf(ledgerProblems);
    }

    public boolean ledgerConsistent() {
        return ledgerProblems.isEmpty();
    }
}
