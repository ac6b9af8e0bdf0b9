package kuozhong.settlement.eligibility;

import kuozhong.policy.PolicySet;

/** One eligibility check of settlement.md ("Eligibility"); a loan failing any check gets no subsidy. */
public interface LoanCheck {

    /** The reason code, e.g. {@code RATE_ABOVE_CAP}. */
    String code();

    /** Evaluates the check; the finding says whether it fired and with which figures. */
    Finding check(LoanFacts facts, PolicySet policy);

    /** Convenience: {@code check(...).fired()}. */
    default boolean fails(LoanFacts facts, PolicySet policy) {
        return check(facts, policy).fired();
    }
}
