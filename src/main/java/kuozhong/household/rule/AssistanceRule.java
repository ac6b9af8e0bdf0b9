package kuozhong.household.rule;

import kuozhong.household.AssistanceRow;
import kuozhong.household.ExclusionReason;
import kuozhong.household.Figures;
import kuozhong.household.HouseholdFacts;
import kuozhong.household.HouseholdRule;
import kuozhong.household.RuleOutcome;
import kuozhong.policy.PolicySet;

/**
 * ASSISTANCE_DIBAO / ASSISTANCE_DIBIAN / ASSISTANCE_TEKUN: a member has a record of that type in
 * force on the as-of date (start_date ≤ D and end_date empty or ≥ D).
 */
public final class AssistanceRule implements HouseholdRule {
    private final String assistanceType;
    private final ExclusionReason code;

    public AssistanceRule(String assistanceType) {
        this.assistanceType = assistanceType;
        this.code = ExclusionReason.assistance(assistanceType);
    }

    @Override
    public ExclusionReason code() {
        return code;
    }

    public String assistanceType() {
        return assistanceType;
    }

    /** Whether this rule counts the record on the as-of date. */
    public boolean counts(AssistanceRow row, HouseholdFacts f) {
        return assistanceType.equals(row.type()) && row.inForceOn(f.asOf());
    }

    @Override
    public RuleOutcome evaluate(HouseholdFacts f, PolicySet p) {
        int inForce = 0;
        for (AssistanceRow a : f.assistance()) {
            if (counts(a, f)) {
                inForce++;
            }
        }
        return new RuleOutcome(code, inForce > 0, Figures.of(
                "records_in_force", Figures.count(inForce), "as_of", Figures.shared(f.asOf().toString())));
    }
}
