package kuozhong.settlement.eligibility;

import kuozhong.policy.PolicySet;

/** GUARANTEE_SUBSIDIZED: the loan already enjoys a government financing-guarantee subsidy. */
public final class GuaranteeSubsidized implements LoanCheck {
    @Override
    public String code() {
        return "GUARANTEE_SUBSIDIZED";
    }

    @Override
    public Finding check(LoanFacts f, PolicySet p) {
        boolean fired = f.loan().guaranteeSubsidized();
        return new Finding(code(), fired, "guarantee_subsidized " + (fired ? "Y" : "N"));
    }
}
