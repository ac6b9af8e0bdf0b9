package kuozhong.household.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kuozhong.policy.PolicySet;

/**
 * Computes the profile of an included household from the category and label rules of profile.md. Pure:
 * no I/O; the list build calls it once per household with the facts it gathered.
 */
public final class HouseholdProfiler {
    /** The categories in precedence order (经营类、就业类、农户类、托底类). */
    public static final List<ProfileRule> CATEGORIES = List.of(new BusinessCategory(), new EmploymentCategory(),
            new FarmerCategory(), new SafetyNetCategory());
    /** The labels in label order. */
    public static final List<ProfileLabel> LABELS = List.of(new BusinessOperatorLabel(), new SchoolAgeMemberLabel(),
            new HighMedicalSelfPayLabel(), new NoOwnHomeLabel(), new EmployeeLabel());
    /** The order of suggested products. */
    public static final List<String> PRODUCTS = List.of("JINGYING", "ZHUXUE", "ZHUYI", "ANJU", "WENYE");

    private HouseholdProfiler() {
    }

    /** The profile of an included household; excluded households get {@link HouseholdProfile#EMPTY}. */
    public static HouseholdProfile profile(ProfileFacts facts, PolicySet policy) {
        List<ProfileOutcome> outcomes = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String primary = null;
        boolean unknownBefore = false;
        for (ProfileRule c : CATEGORIES) {
            ProfileOutcome o = c.outcome(facts, policy);
            outcomes.add(o);
            if (o.holds()) {
                categories.add(o.code());
                if (primary == null) {
                    primary = unknownBefore ? HouseholdProfile.UNKNOWN : o.code();
                }
            } else if (o.unknown()) {
                unknown.add(o.code());
                unknownBefore = true;
            }
        }
        if (primary == null) {
            primary = unknown.isEmpty() ? HouseholdProfile.UNCLASSIFIED : HouseholdProfile.UNKNOWN;
        }
        List<String> labels = new ArrayList<>();
        Set<String> products = new LinkedHashSet<>();
        for (ProfileLabel l : LABELS) {
            ProfileOutcome o = l.outcome(facts, policy);
            outcomes.add(o);
            if (o.holds()) {
                labels.add(o.code());
                products.add(l.product());
            } else if (o.unknown()) {
                unknown.add(o.code());
            }
        }
        List<String> ordered = PRODUCTS.stream().filter(products::contains).toList();
        return new HouseholdProfile(categories, primary, labels, unknown, ordered, outcomes);
    }
}
