package kuozhong.household.profile;

import java.util.ArrayList;
import java.util.List;

import kuozhong.common.Code;
import kuozhong.household.Figures;
import kuozhong.household.RuleOutcome;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;

/**
 * One household category or label of profile.md. A rule holds when one of its conditions holds on the
 * sources present; it is unknown when none holds and a condition needs a source without a snapshot on or
 * before D; otherwise it does not hold. Plain and stateless, like the exclusion rules.
 */
public interface ProfileRule {
    /** The code written to categories or labels: a {@link Category} or a {@link Label}. */
    Code code();

    /** The Chinese name (经营类, 经营主体, …). */
    default String text() {
        return code().chinese();
    }

    /** The optional sources one of its conditions needs. */
    List<Source> needs();

    /** Whether one of the conditions holds on the sources present, with the figures compared. */
    Evidence evaluate(ProfileFacts facts, PolicySet policy);

    /** The outcome: holds, else unknown when a needed source is missing, else does not hold. */
    default RuleOutcome outcome(ProfileFacts facts, PolicySet policy) {
        Evidence e = evaluate(facts, policy);
        List<String> missing = new ArrayList<>();
        for (Source s : needs()) {
            if (facts.isMissing(s)) {
                missing.add(s.id());
            }
        }
        Status status = e.holds() ? Status.HOLDS : missing.isEmpty() ? Status.NOT : Status.UNKNOWN;
        return new RuleOutcome(code(), status, e.figures(), status == Status.UNKNOWN ? missing : List.of(), "");
    }

    /** Whether the conditions held on the sources present, and the figures compared. */
    record Evidence(boolean holds, Figures figures) {
    }
}
