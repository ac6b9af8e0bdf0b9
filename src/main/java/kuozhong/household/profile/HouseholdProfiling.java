package kuozhong.household.profile;

import java.util.function.Supplier;

import kuozhong.household.HouseholdDecision;
import kuozhong.household.visit.VisitEffect;
import kuozhong.household.visit.VisitInForce;
import kuozhong.policy.PolicySet;

/**
 * The one place where profile.md meets the list build: applies the visit in force to the data decision of
 * target-list.md (kept beside the final one) and profiles the households the final decision includes.
 */
public final class HouseholdProfiling {
    private HouseholdProfiling() {
    }

    /**
     * @param data  the decision of the rules of target-list.md
     * @param facts the profile facts of the household (asked for only when it is included in the end)
     * @param visit the household's latest visit for D
     */
    public static HouseholdDecision apply(HouseholdDecision data, Supplier<ProfileFacts> facts, VisitInForce visit,
            PolicySet policy) {
        VisitEffect effect = VisitEffect.apply(data.included(), data.reasons(), visit);
        HouseholdProfile profile = effect.included() ? HouseholdProfiler.profile(facts.get(), policy)
                : HouseholdProfile.EMPTY;
        return data.withProfile(effect.included(), effect.reasons(), new ProfileDecision(data.included(),
                data.reasons(), effect.status(), visit.latest(), effect.notApplied(), profile));
    }
}
