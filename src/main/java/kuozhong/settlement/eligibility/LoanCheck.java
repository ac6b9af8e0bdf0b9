package kuozhong.settlement.eligibility;

import kuozhong.household.RuleOutcome;
import kuozhong.policy.PolicySet;

/** One eligibility check of settlement.md ("Eligibility"); a loan failing any check gets no subsidy. */
public interface LoanCheck {

    /** The reason code, e.g. {@link LoanRefusal#RATE_ABOVE_CAP}. */
    LoanRefusal code();

    /** Evaluates the check: whether it fired, the figures compared and the comparison as a sentence. */
    RuleOutcome check(LoanFacts facts, PolicySet policy);

    /** Convenience: {@code check(...).fired()}. */
    default boolean fails(LoanFacts facts, PolicySet policy) {
        return check(facts, policy).fired();
    }
}
