package kuozhong.settlement.eligibility;

import kuozhong.household.Figures;
import kuozhong.household.RuleOutcome;

import kuozhong.common.Mask;
import kuozhong.policy.PolicySet;
import kuozhong.settlement.ListVersionRef;
import kuozhong.settlement.MemberOf;

/**
 * NOT_ON_LIST: a list version is in force on contract_date and the borrower is not a member of an
 * included household in it. Without a version in force this check does not fire (NO_LIST_VERSION does).
 * Membership is judged on the contract date only: leaving the list later does not matter.
 */
public final class NotOnList implements LoanCheck {
    @Override
    public LoanRefusal code() {
        return LoanRefusal.NOT_ON_LIST;
    }

    @Override
    public RuleOutcome check(LoanFacts f, PolicySet p) {
        ListVersionRef v = f.listVersion();
        if (v == null) {
            return new RuleOutcome(code(), false, Figures.of(), "no list version in force");
        }
        String version = "list version " + v.versionId() + " as of " + v.asOf();
        MemberOf m = f.member();
        if (m == null) {
            return new RuleOutcome(code(), true, Figures.of("list_version", Long.toString(v.versionId()),
                    "list_as_of", v.asOf().toString()), "borrower " + Mask.idNo(f.loan().borrowerIdNo())
                    + " is not a member of an included household in " + version);
        }
        return new RuleOutcome(code(), false, Figures.of("list_version", Long.toString(v.versionId()),
                "list_as_of", v.asOf().toString(), "household_no", m.householdNo()),
                "household " + m.householdNo() + " included in " + version);
    }
}
