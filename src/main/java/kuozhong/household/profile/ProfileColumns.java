package kuozhong.household.profile;

import java.util.List;

import kuozhong.household.HouseholdDecision;
import kuozhong.household.visit.VisitRow;
import kuozhong.household.visit.VisitStatus;

/**
 * The columns profile.md appends to target-list.csv after {@code flags}, and their values for one household.
 * A decision without a profile (a version built before profile.md) shows the data decision as the final one
 * and NOT_VISITED.
 */
public final class ProfileColumns {
    public static final List<String> HEADER = List.of("data_included", "data_reasons", "categories",
            "primary_category", "labels", "unknown", "suggested_products", "visit_status", "visit_date",
            "visit_reason", "visit_valid_until", "industry", "financing_need");

    private ProfileColumns() {
    }

    /** The appended values, in {@link #HEADER} order. */
    public static List<String> values(HouseholdDecision d) {
        ProfileDecision p = d.profile();
        if (p == null) {
            return List.of(d.included() ? "Y" : "N", String.join(";", d.reasons()), "", "", "", "", "",
                    VisitStatus.NOT_VISITED.name(), "", "", "", "", "");
        }
        HouseholdProfile pr = p.profile();
        VisitRow v = p.visit();
        return List.of(p.dataIncluded() ? "Y" : "N", String.join(";", p.dataReasons()),
                String.join(";", pr.categories()), pr.primaryCategory(), String.join(";", pr.labels()),
                String.join(";", pr.unknown()), String.join(";", pr.suggestedProducts()), p.visitStatus().name(),
                v == null ? "" : v.visitDate().toString(), v == null || v.reasonCode() == null ? "" : v.reasonCode(),
                v == null ? "" : v.lastDayInForce().toString(), nz(p.industry()), nz(p.financingNeed()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
