package kuozhong.settlement.eligibility;

import java.util.ArrayList;
import java.util.List;

import kuozhong.household.RuleOutcome;
import kuozhong.policy.PolicySet;

/** The checks of settlement.md ("Eligibility"), in the order their codes are listed. */
public final class EligibilityChecks {

    /** In spec order; every check runs for every loan. */
    public static final List<LoanCheck> ALL = List.of(
            new NotSeriesProduct(),
            new BeforeProgramStart(),
            new RateAboveCap(),
            new GuaranteeSubsidized(),
            new NoListVersion(),
            new NotOnList(),
            new LedgerInconsistent());

    private EligibilityChecks() {
    }

    /** Every finding, fired or not, in spec order (for explanations). */
    public static List<RuleOutcome> evaluate(LoanFacts facts, PolicySet policy) {
        List<RuleOutcome> all = new ArrayList<>(ALL.size());
        for (LoanCheck c : ALL) {
            all.add(c.check(facts, policy));
        }
        return all;
    }

    /** The findings that fired, in spec order; empty means the loan is eligible. */
    public static List<RuleOutcome> failures(LoanFacts facts, PolicySet policy) {
        List<RuleOutcome> fired = new ArrayList<>(2);
        for (LoanCheck c : ALL) {
            RuleOutcome f = c.check(facts, policy);
            if (f.fired()) {
                fired.add(f);
            }
        }
        return fired;
    }
}
