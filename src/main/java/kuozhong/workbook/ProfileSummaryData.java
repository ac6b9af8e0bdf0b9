package kuozhong.workbook;

import java.util.List;
import java.util.Map;

/**
 * The figures of the two sheets profile.md adds to list-summary.xlsx.
 *
 * @param categoryRows   per township (sorted by code) then a total row with code "": included households by
 *                       primary category, holding each category, holding each label
 * @param missingSources the optional sources missing for the version
 * @param visitRows      per township (sorted by code; unknown households of BANK in a row with code "BANK")
 */
public record ProfileSummaryData(List<String> primaryOrder, List<String> categories, List<String> labels,
        List<CategoryRow> categoryRows, List<String> missingSources, List<VisitRow> visitRows) {

    public ProfileSummaryData {
        primaryOrder = List.copyOf(primaryOrder);
        categories = List.copyOf(categories);
        labels = List.copyOf(labels);
        categoryRows = List.copyOf(categoryRows);
        missingSources = List.copyOf(missingSources);
        visitRows = List.copyOf(visitRows);
    }

    /** One township's (or the total's) included households by primary category, category and label. */
    public record CategoryRow(String townshipCode, int included, Map<String, Integer> byPrimary,
            Map<String, Integer> byCategory, Map<String, Integer> byLabel) {
    }

    /**
     * One township's visits: visit in force by verdict (CONFIRM, EXCLUDE, INCLUDE applied), not visited (included,
     * no visit), expired, INCLUDE not applied, and visits of unknown households (by the visiting unit's township).
     */
    public record VisitRow(String townshipCode, int confirm, int exclude, int include, int notVisited, int expired,
            int notApplied, int unknownHouseholds) {
    }
}
