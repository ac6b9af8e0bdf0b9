package kuozhong.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The day-count arithmetic of settlement.md ("Arithmetic") for one loan and one year Y.
 *
 * <ul>
 *   <li>Days counted: every d with max(Y-01-01, contract_date) ≤ d ≤ min(Y-12-31, maturity_date − 1).</li>
 *   <li>balance(d) = Σ DRAWDOWN dated ≤ d − Σ REPAYMENT dated ≤ d (end-of-day balance, 算头不算尾).</li>
 *   <li>accumulation = Σ balance(d) over the days counted; days = how many of them have balance &gt; 0;
 *       year_end_balance = balance(Y-12-31).</li>
 *   <li><b>OVERDUE</b> (our reading, the spec only says "days after maturity are not subsidised; such a
 *       loan gets the flag"): the loan is flagged when maturity_date ≤ Y-12-31 and balance(d) &gt; 0 for
 *       some day d of Y with d ≥ maturity_date. The maturity day itself is not counted (it is the
 *       "尾"), but a loan repaid in full on its maturity date has balance(maturity) = 0 and is not
 *       overdue; a loan with principal left at the end of its maturity day is. A loan that was overdue
 *       in an earlier year but fully repaid before Y-01-01 is not flagged in Y.</li>
 *   <li><b>LEDGER_INCONSISTENT</b> evidence, over the whole ledger of the loan (any year): a transaction
 *       dated before contract_date; cumulative drawdowns exceeding principal; a negative end-of-day
 *       balance. Only the first occurrence of each kind is reported, with its figures.</li>
 * </ul>
 *
 * <p>The balance is a step function that changes only on transaction dates, so the year is walked
 * interval by interval: O(t log t) for t transactions of the loan (the sort), never a loop over days.
 * All arithmetic is exact ({@code balance × number of days}); nothing is rounded here.
 *
 * <p>Not thread-safe; one instance per loan and year. Transactions may be added in any order.
 */
public final class DayCountAccumulator {
    private static final Comparator<LoanTransaction> BY_DATE = Comparator.comparing(LoanTransaction::txnDate);

    private final Loan loan;
    private final LocalDate yearStart;
    private final LocalDate yearEnd;
    private final List<LoanTransaction> transactions = new ArrayList<>();

    public DayCountAccumulator(Loan loan, int year) {
        this.loan = Objects.requireNonNull(loan, "loan");
        this.yearStart = LocalDate.of(year, 1, 1);
        this.yearEnd = LocalDate.of(year, 12, 31);
    }

    public DayCountAccumulator add(LoanTransaction t) {
        if (!t.loanNo().equals(loan.loanNo())) {
            throw new IllegalArgumentException("transaction " + t.txnId() + " is of loan " + t.loanNo()
                    + ", not of " + loan.loanNo());
        }
        transactions.add(t);
        return this;
    }

    public DayCountAccumulator addAll(Collection<LoanTransaction> ts) {
        ts.forEach(this::add);
        return this;
    }

    public DayCount result() {
        return new Sweep().run();
    }

    /** One pass over the transactions in date order; holds the running figures. */
    private final class Sweep {
        // days counted, as epoch days (empty when from > to)
        final long countFrom = max(yearStart, loan.contractDate()).toEpochDay();
        final long countTo = min(yearEnd, loan.maturityDate().minusDays(1)).toEpochDay();
        // days of Y on or after maturity (empty when maturity is after Y-12-31)
        final long overdueFrom = max(yearStart, loan.maturityDate()).toEpochDay();
        final long overdueTo = yearEnd.toEpochDay();
        final long yearEndDay = yearEnd.toEpochDay();

        BigDecimal accumulation = BigDecimal.ZERO;
        long days;
        BigDecimal yearEndBalance = BigDecimal.ZERO;
        boolean overdue;
        final List<String> problems = new ArrayList<>();

        DayCount run() {
            List<LoanTransaction> sorted = new ArrayList<>(transactions);
            sorted.sort(BY_DATE); // stable: order within a day does not matter for end-of-day balances
            BigDecimal balance = BigDecimal.ZERO;
            BigDecimal drawn = BigDecimal.ZERO;
            boolean reportedEarly = false;
            boolean reportedOverdrawn = false;
            boolean reportedNegative = false;
            long segmentFrom = Long.MIN_VALUE; // `balance` holds from this day on, until the next transaction date
            int i = 0;
            while (i < sorted.size()) {
                LocalDate date = sorted.get(i).txnDate();
                long day = date.toEpochDay();
                segment(segmentFrom, day - 1, balance);
                for (; i < sorted.size() && sorted.get(i).txnDate().equals(date); i++) {
                    LoanTransaction t = sorted.get(i);
                    if (!reportedEarly && date.isBefore(loan.contractDate())) {
                        problems.add("transaction " + t.txnId() + " dated " + date + " before contract_date "
                                + loan.contractDate());
                        reportedEarly = true;
                    }
                    if (t.type() == LoanTransaction.Type.DRAWDOWN) {
                        drawn = drawn.add(t.amount());
                        if (!reportedOverdrawn && drawn.compareTo(loan.principal()) > 0) {
                            problems.add("cumulative drawdowns " + drawn.toPlainString() + " on " + date
                                    + " exceed principal " + loan.principal().toPlainString());
                            reportedOverdrawn = true;
                        }
                    }
                    balance = balance.add(t.signedAmount());
                }
                if (!reportedNegative && balance.signum() < 0) {
                    problems.add("end-of-day balance " + balance.toPlainString() + " on " + date + " is negative");
                    reportedNegative = true;
                }
                segmentFrom = day;
            }
            segment(segmentFrom, Long.MAX_VALUE, balance);
            return new DayCount(accumulation, Math.toIntExact(days), yearEndBalance, overdue, problems);
        }

        /** The end-of-day balance is {@code balance} on every day from {@code from} to {@code to}. */
        void segment(long from, long to, BigDecimal balance) {
            long lo = Math.max(from, countFrom);
            long hi = Math.min(to, countTo);
            if (lo <= hi) {
                long n = hi - lo + 1;
                if (balance.signum() != 0) {
                    accumulation = accumulation.add(balance.multiply(BigDecimal.valueOf(n)));
                }
                if (balance.signum() > 0) {
                    days += n;
                }
            }
            if (balance.signum() > 0 && Math.max(from, overdueFrom) <= Math.min(to, overdueTo)) {
                overdue = true;
            }
            if (from <= yearEndDay && yearEndDay <= to) {
                yearEndBalance = balance;
            }
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
