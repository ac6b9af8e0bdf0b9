package kuozhong.household.rule;

import kuozhong.household.ExclusionReason;
import kuozhong.household.Figures;
import kuozhong.household.HouseholdFacts;
import kuozhong.household.HouseholdRule;
import kuozhong.household.RuleOutcome;
import kuozhong.policy.PolicySet;

/** INCOME_ABOVE_CEILING: household_income &gt; household_income_ceiling. */
public final class IncomeAboveCeilingRule implements HouseholdRule {
    public static final ExclusionReason CODE = ExclusionReason.INCOME_ABOVE_CEILING;

    @Override
    public ExclusionReason code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(HouseholdFacts f, PolicySet p) {
        boolean fired = f.householdIncome().compareTo(p.householdIncomeCeiling()) > 0;
        return new RuleOutcome(CODE, fired, Figures.of(
                "household_income", f.householdIncome().toPlainString(),
                "household_income_ceiling", Figures.shared(Figures.amount(p.householdIncomeCeiling()))));
    }
}
