package kuozhong.settlement;

import java.util.Objects;

/**
 * A loan's list-membership outcome, judged on its contract date (settlement.md, "Eligibility"): no list
 * version in force ({@code NO_LIST_VERSION}), a version in force whose included households do not hold
 * the borrower ({@code NOT_ON_LIST}), or a member of an included household ({@code MEMBER}) with that
 * version's household and township. A settlement stores it for every ledger loan, refused ones too
 * (simulate.md, "Membership of every loan is stored"), so that a what-if never re-judges it.
 *
 * @param version the version in force on the contract date, or {@code null}
 * @param member  the borrower's included household in it, or {@code null}
 */
public record Membership(Outcome outcome, ListVersionRef version, MemberOf member) {

    public enum Outcome {
        NO_LIST_VERSION,
        NOT_ON_LIST,
        MEMBER
    }

    public Membership {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.NO_LIST_VERSION) != (version == null)
                || (outcome == Outcome.MEMBER) != (member != null)) {
            throw new IllegalArgumentException("membership " + outcome + " does not match its version and member");
        }
    }

    public static Membership of(ListVersionRef version, MemberOf member) {
        Outcome o = version == null ? Outcome.NO_LIST_VERSION : member == null ? Outcome.NOT_ON_LIST : Outcome.MEMBER;
        return new Membership(o, version, member);
    }
}
