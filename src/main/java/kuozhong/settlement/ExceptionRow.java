package kuozhong.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import kuozhong.household.RuleOutcome;

/**
 * One refused loan: the columns of {@code subsidy-exceptions.csv} and every check that fired, in spec
 * order, with the figures it compared. {@code borrowerIdNo} is in full; writers mask it.
 */
public record ExceptionRow(
        String loanNo,
        String borrowerIdNo,
        LoanProduct product,
        LoanCategory category,
        LocalDate contractDate,
        BigDecimal principal,
        List<RuleOutcome> findings) {

    public ExceptionRow {
        Objects.requireNonNull(loanNo, "loanNo");
        findings = List.copyOf(findings);
        if (findings.isEmpty() || findings.stream().anyMatch(f -> !f.fired())) {
            throw new IllegalArgumentException(loanNo + ": an exception needs fired findings only");
        }
    }

    static ExceptionRow of(Loan loan, List<RuleOutcome> fired) {
        return new ExceptionRow(loan.loanNo(), loan.borrowerIdNo(), loan.product(), loan.category(),
                loan.contractDate(), loan.principal(), fired);
    }

    /** The reason codes, in spec order. */
    public List<String> reasons() {
        return findings.stream().map(f -> f.code().name()).toList();
    }
}
