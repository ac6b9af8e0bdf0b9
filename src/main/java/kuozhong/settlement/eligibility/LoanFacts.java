package kuozhong.settlement.eligibility;

import java.util.Objects;
import java.util.Optional;

import kuozhong.settlement.DayCount;
import kuozhong.settlement.ListVersionRef;
import kuozhong.settlement.Loan;
import kuozhong.settlement.MemberOf;

/**
 * Everything the eligibility checks look at for one loan.
 *
 * @param listVersion the list version in force on the contract date, or {@code null}
 * @param member      the borrower's included household in that version, or {@code null}
 */
public record LoanFacts(Loan loan, DayCount dayCount, ListVersionRef listVersion, MemberOf member) {

    public LoanFacts {
        Objects.requireNonNull(loan, "loan");
        Objects.requireNonNull(dayCount, "dayCount");
        if (member != null && listVersion == null) {
            throw new IllegalArgumentException(loan.loanNo() + ": a member without a list version");
        }
    }

    public Optional<ListVersionRef> version() {
        return Optional.ofNullable(listVersion);
    }

    public Optional<MemberOf> includedMember() {
        return Optional.ofNullable(member);
    }
}
