package kuozhong.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The interval sweep of {@link DayCountAccumulator} against the definition applied literally, day by
 * day, on random ledgers (an independent oracle, not the code's own output): for every d of the year,
 * balance(d) = Σ amounts signed, dated ≤ d; counted when max(Y-01-01, contract) ≤ d ≤ min(Y-12-31, maturity − 1).
 */
class DayCountOracleTest {

    @Test
    void theSweepAgreesWithADayByDayLoopOnRandomLedgers() {
        Random rnd = new Random(20250101);
        for (int n = 0; n < 2000; n++) {
            int year = 2024 + rnd.nextInt(2);
            LocalDate contract = LocalDate.of(2023, 6, 1).plusDays(rnd.nextInt(900));
            LocalDate maturity = contract.plusDays(1 + rnd.nextInt(700));
            Loan loan = new Loan("L", "X", LoanProduct.ANJU, LoanCategory.FARMER, contract, maturity,
                    new BigDecimal("1000000.00"), new BigDecimal("3"), new BigDecimal("5"), false);
            List<LoanTransaction> txns = new ArrayList<>();
            for (int k = rnd.nextInt(8); k > 0; k--) {
                // from the contract date to 60 days past maturity (so overdue cases occur)
                LocalDate date = contract.plusDays(rnd.nextInt((int) (maturity.toEpochDay() - contract.toEpochDay()) + 60));
                BigDecimal amount = BigDecimal.valueOf(1 + rnd.nextInt(100_000), 2);
                txns.add(new LoanTransaction("T" + k, "L", date,
                        rnd.nextInt(3) == 0 ? LoanTransaction.Type.REPAYMENT : LoanTransaction.Type.DRAWDOWN, amount));
            }
            DayCount dc = new DayCountAccumulator(loan, year).addAll(txns).result();

            BigDecimal acc = BigDecimal.ZERO;
            int days = 0;
            boolean overdue = false;
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                BigDecimal balance = BigDecimal.ZERO;
                for (LoanTransaction t : txns) {
                    if (!t.txnDate().isAfter(d)) {
                        balance = balance.add(t.signedAmount());
                    }
                }
                if (!d.isBefore(contract) && d.isBefore(maturity)) {
                    acc = acc.add(balance);
                    days += balance.signum() > 0 ? 1 : 0;
                }
                overdue |= !d.isBefore(maturity) && balance.signum() > 0;
                if (d.getMonthValue() == 12 && d.getDayOfMonth() == 31) {
                    assertThat(dc.yearEndBalance()).as("year end, case %d", n).isEqualByComparingTo(balance);
                }
            }
            assertThat(dc.accumulation()).as("accumulation, case %d", n).isEqualByComparingTo(acc);
            assertThat(dc.days()).as("days, case %d", n).isEqualTo(days);
            assertThat(dc.overdue()).as("overdue, case %d", n).isEqualTo(overdue);
        }
    }
}
