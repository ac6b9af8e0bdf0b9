package kuozhong.household.rule;

import java.math.BigDecimal;

import kuozhong.household.ExclusionReason;
import kuozhong.household.Figures;
import kuozhong.household.HouseholdFacts;
import kuozhong.household.HouseholdRule;
import kuozhong.household.RuleOutcome;
import kuozhong.policy.PolicySet;

/** INCOME_BELOW_FLOOR: per_capita_income &lt; income_floor (= dibao_monthly_standard × 12 × dibian_multiplier, exact). */
public final class IncomeBelowFloorRule implements HouseholdRule {
    public static final ExclusionReason CODE = ExclusionReason.INCOME_BELOW_FLOOR;

    @Override
    public ExclusionReason code() {
        return CODE;
    }

    @Override
    public RuleOutcome evaluate(HouseholdFacts f, PolicySet p) {
        BigDecimal floor = p.incomeFloor();
        return new RuleOutcome(CODE, f.perCapitaIncome().compareTo(floor) < 0, Figures.of(
                "per_capita_income", f.perCapitaIncome().toPlainString(),
                "member_count", Figures.count(f.memberCount()),
                "income_floor", Figures.shared(Figures.amount(floor))));
    }
}
