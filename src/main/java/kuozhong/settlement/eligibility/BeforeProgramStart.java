package kuozhong.settlement.eligibility;

import kuozhong.household.Figures;
import kuozhong.household.RuleOutcome;

import kuozhong.policy.PolicySet;

/** BEFORE_PROGRAM_START: contract_date &lt; program_start. */
public final class BeforeProgramStart implements LoanCheck {
    @Override
    public LoanRefusal code() {
        return LoanRefusal.BEFORE_PROGRAM_START;
    }

    @Override
    public RuleOutcome check(LoanFacts f, PolicySet p) {
        boolean fired = f.loan().contractDate().isBefore(p.programStart());
        return new RuleOutcome(code(), fired, Figures.of(
                "contract_date", f.loan().contractDate().toString(), "program_start", p.programStart().toString()),
                "contract_date " + f.loan().contractDate() + (fired ? " < " : " >= ") + "program_start " + p.programStart());
    }
}
