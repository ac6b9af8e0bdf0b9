package kuozhong.settlement.eligibility;

import kuozhong.household.Figures;
import kuozhong.household.RuleOutcome;

import kuozhong.policy.PolicySet;

/** GUARANTEE_SUBSIDIZED: the loan already enjoys a government financing-guarantee subsidy. */
public final class GuaranteeSubsidized implements LoanCheck {
    @Override
    public LoanRefusal code() {
        return LoanRefusal.GUARANTEE_SUBSIDIZED;
    }

    @Override
    public RuleOutcome check(LoanFacts f, PolicySet p) {
        boolean fired = f.loan().guaranteeSubsidized();
        return new RuleOutcome(code(), fired, Figures.of("guarantee_subsidized", fired ? "Y" : "N"),
                "guarantee_subsidized " + (fired ? "Y" : "N"));
    }
}
