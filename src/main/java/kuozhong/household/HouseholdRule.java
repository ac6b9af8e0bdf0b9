package kuozhong.household;

import kuozhong.common.Code;
import kuozhong.policy.PolicySet;

/**
 * One exclusion rule or flag of target-list.md. Plain and stateless: the same objects decide the
 * list, fill the CSV and explain a decision ({@link kuozhong.household.rule.HouseholdRules}).
 */
public interface HouseholdRule {
    /** The code written to reasons or flags: an {@link ExclusionReason} or a {@link Flag}. */
    Code code();

    /** Whether the rule fires for the household, with the values it compared. */
    RuleOutcome evaluate(HouseholdFacts facts, PolicySet policy);
}
