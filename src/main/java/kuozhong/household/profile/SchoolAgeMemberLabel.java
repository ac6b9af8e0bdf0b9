package kuozhong.household.profile;

import java.util.ArrayList;
import java.util.List;

import kuozhong.common.Mask;
import kuozhong.household.Figures;
import kuozhong.household.HouseholdFacts.MemberFacts;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;

/**
 * SCHOOL_AGE_MEMBER (有学龄成员): a member's age on D is ≥ school_age_min and ≤ school_age_max; suggests
 * ZHUXUE 共富助学贷.
 */
public final class SchoolAgeMemberLabel implements ProfileLabel {
    public static final Label CODE = Label.SCHOOL_AGE_MEMBER;

    @Override
    public Label code() {
        return CODE;
    }

    @Override
    public List<Source> needs() {
        return List.of();
    }

    /** Whether an age on D is a school age. */
    public static boolean schoolAge(int age, PolicySet p) {
        return age >= p.profile().schoolAgeMin() && age <= p.profile().schoolAgeMax();
    }

    @Override
    public Evidence evaluate(ProfileFacts f, PolicySet p) {
        List<String> ages = new ArrayList<>();
        boolean any = false;
        for (MemberFacts m : f.household().members()) {
            ages.add(Mask.idNo(m.person().idNo()) + "=" + m.age());
            any |= schoolAge(m.age(), p);
        }
        return new Evidence(any, Figures.of(
                "ages_on_as_of", String.join("; ", ages),
                "school_age_min", Figures.count(p.profile().schoolAgeMin()),
                "school_age_max", Figures.count(p.profile().schoolAgeMax())));
    }
}
