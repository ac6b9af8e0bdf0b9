package kuozhong.settlement.eligibility;

import kuozhong.policy.PolicySet;

/** RATE_ABOVE_CAP: contract_rate &gt; household_rate_cap. */
public final class RateAboveCap implements LoanCheck {
    @Override
    public String code() {
        return "RATE_ABOVE_CAP";
    }

    @Override
    public Finding check(LoanFacts f, PolicySet p) {
        boolean fired = f.loan().contractRate().compareTo(p.householdRateCap()) > 0;
        return new Finding(code(), fired, "contract_rate " + f.loan().contractRate().toPlainString()
                + (fired ? " > " : " <= ") + "household_rate_cap " + p.householdRateCap().toPlainString());
    }
}
