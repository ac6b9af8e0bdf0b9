package kuozhong.settlement.eligibility;

import kuozhong.policy.PolicySet;

/** BEFORE_PROGRAM_START: contract_date &lt; program_start. */
public final class BeforeProgramStart implements LoanCheck {
    @Override
    public String code() {
        return "BEFORE_PROGRAM_START";
    }

    @Override
    public Finding check(LoanFacts f, PolicySet p) {
        boolean fired = f.loan().contractDate().isBefore(p.programStart());
        return new Finding(code(), fired, "contract_date " + f.loan().contractDate() + (fired ? " < " : " >= ")
                + "program_start " + p.programStart());
    }
}
