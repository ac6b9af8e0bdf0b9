package kuozhong.settlement.eligibility;

import kuozhong.household.Figures;
import kuozhong.household.RuleOutcome;

import kuozhong.policy.PolicySet;

/** RATE_ABOVE_CAP: contract_rate &gt; household_rate_cap. */
public final class RateAboveCap implements LoanCheck {
    @Override
    public LoanRefusal code() {
        return LoanRefusal.RATE_ABOVE_CAP;
    }

    @Override
    public RuleOutcome check(LoanFacts f, PolicySet p) {
        boolean fired = f.loan().contractRate().compareTo(p.householdRateCap()) > 0;
        return new RuleOutcome(code(), fired, Figures.of("contract_rate", f.loan().contractRate().toPlainString(),
                "household_rate_cap", Figures.shared(p.householdRateCap().toPlainString())), "contract_rate " + f.loan().contractRate().toPlainString()
                + (fired ? " > " : " <= ") + "household_rate_cap " + p.householdRateCap().toPlainString());
    }
}
