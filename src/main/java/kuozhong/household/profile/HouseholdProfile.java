package kuozhong.household.profile;

import java.util.List;
import java.util.Objects;

/**
 * The profile of one included household (profile.md): the categories that hold in precedence order, the
 * primary category ({@code UNKNOWN} / {@code UNCLASSIFIED} as defined there), the labels that hold, the
 * unknown categories then labels, the suggested products, and every outcome with its figures.
 * {@link #EMPTY} for an excluded household.
 *
 * @param memberFlags per member id_no: see {@link #memberFlags(String)}
 */
public record HouseholdProfile(List<String> categories, String primaryCategory, List<String> labels,
        List<String> unknown, List<String> suggestedProducts, List<kuozhong.household.RuleOutcome> outcomes,
        java.util.Map<String, String> memberFlags) {

    public static final String UNKNOWN = Category.UNKNOWN.name();
    public static final String UNCLASSIFIED = Category.UNCLASSIFIED.name();
    /** The profile of an excluded household: every column empty. */
    public static final HouseholdProfile EMPTY = new HouseholdProfile(List.of(), "", List.of(), List.of(), List.of(),
            List.of(), java.util.Map.of());

    public HouseholdProfile {
        categories = List.copyOf(categories);
        Objects.requireNonNull(primaryCategory, "primaryCategory");
        labels = List.copyOf(labels);
        unknown = List.copyOf(unknown);
        suggestedProducts = List.copyOf(suggestedProducts);
        outcomes = List.copyOf(outcomes);
        memberFlags = java.util.Map.copyOf(memberFlags);
    }

    /**
     * A member's flags of core-list.xlsx (profile.md, "core-list.xlsx members"), four characters for operator,
     * employed, school-age and homestead: {@code Y} holds, {@code ?} its source is missing, {@code -} does not hold.
     */
    public String memberFlags(String idNo) {
        return memberFlags.getOrDefault(idNo, "----");
    }
}
