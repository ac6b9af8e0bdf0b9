package kuozhong.settlement.eligibility;

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
    public String code() {
        return "NOT_ON_LIST";
    }

    @Override
    public Finding check(LoanFacts f, PolicySet p) {
        ListVersionRef v = f.listVersion();
        if (v == null) {
            return new Finding(code(), false, "no list version in force");
        }
        String version = "list version " + v.versionId() + " as of " + v.asOf();
        MemberOf m = f.member();
        if (m == null) {
            return new Finding(code(), true, "borrower " + Mask.idNo(f.loan().borrowerIdNo())
                    + " is not a member of an included household in " + version);
        }
        return new Finding(code(), false, "household " + m.householdNo() + " included in " + version);
    }
}
