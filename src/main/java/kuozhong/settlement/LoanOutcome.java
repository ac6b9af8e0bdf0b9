package kuozhong.settlement;

import java.util.List;
import java.util.Objects;

import kuozhong.household.RuleOutcome;

/**
 * The settlement of one loan: subsidised (a detail row), refused (an exception row) or inactive
 * (eligible, accumulation 0 in the year).
 *
 * @param listVersion the list version in force on the contract date, or {@code null}
 * @param findings    every check's finding, fired or not, in spec order
 * @param dayCount    the day-count figures of the year
 * @param member      the borrower's included household in that version, or {@code null} (not a member, or no version)
 */
public record LoanOutcome(Kind kind, Loan loan, ListVersionRef listVersion, DayCount dayCount,
                          List<RuleOutcome> findings, DetailRow detail, ExceptionRow exception, MemberOf member) {

    public enum Kind {
        SUBSIDISED,
        REFUSED,
        INACTIVE
    }

    public LoanOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(loan, "loan");
        findings = List.copyOf(findings);
        if ((kind == Kind.SUBSIDISED) != (detail != null) || (kind == Kind.REFUSED) != (exception != null)) {
            throw new IllegalArgumentException(loan.loanNo() + ": outcome " + kind + " does not match its rows");
        }
    }
}
