package kuozhong.household;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kuozhong.household.profile.HouseholdProfile;
import kuozhong.household.profile.HouseholdProfiler;
import kuozhong.household.profile.ProfileDecision;
import kuozhong.household.profile.ProfileLabel;
import kuozhong.household.profile.ProfileRule;
import kuozhong.household.visit.VisitInForce;
import kuozhong.household.visit.VisitStatus;
import kuozhong.ingest.Source;
import kuozhong.workbook.ProfileSummaryData;

/**
 * The figures of the sheets 家庭分类 and 走访情况 (profile.md): per township and total, included households by
 * primary category, by category and by label; per township, visits in force by verdict, not visited, expired,
 * not applied, and unknown households (by the visiting unit's township, BANK a row of its own).
 */
final class ProfileSummary {
    static final List<String> PRIMARY = java.util.Arrays.stream(kuozhong.household.profile.Category.values())
            .map(kuozhong.household.profile.Category::name).toList();

    private ProfileSummary() {
    }

    static ProfileSummaryData of(ListResult result) {
        List<String> categories = HouseholdProfiler.CATEGORIES.stream().map(r -> r.code().name()).toList();
        List<String> labels = HouseholdProfiler.LABELS.stream().map(l -> l.code().name()).toList();
        Map<String, int[]> counts = new TreeMap<>();   // included, primaries…, categories…, labels…
        Map<String, int[]> visits = new TreeMap<>();   // confirm, exclude, include, not visited, expired, not applied, unknown
        int width = 1 + PRIMARY.size() + categories.size() + labels.size();
        for (HouseholdDecision d : result.households()) {
            ProfileDecision p = d.profile();
            VisitStatus status = p == null ? VisitStatus.NOT_VISITED : p.visitStatus();
            int[] v = visits.computeIfAbsent(d.townshipCode(), k -> new int[7]);
            switch (status) {
                case CONFIRM -> v[0]++;
                case EXCLUDE -> v[1]++;
                case INCLUDE -> v[2]++;
                case NOT_VISITED -> v[3] += d.included() ? 1 : 0;
                case EXPIRED -> v[4]++;
                case INCLUDE_NOT_APPLIED -> v[5]++;
                default -> { }
            }
            if (!d.included()) {
                continue;
            }
            HouseholdProfile pr = p == null ? HouseholdProfile.EMPTY : p.profile();
            for (String t : new String[] {d.townshipCode(), ""}) {
                int[] c = counts.computeIfAbsent(t, k -> new int[width]);
                c[0]++;
                int i = PRIMARY.indexOf(pr.primaryCategory());
                if (i >= 0) {
                    c[1 + i]++;
                }
                for (String cat : pr.categories()) {
                    c[1 + PRIMARY.size() + categories.indexOf(cat)]++;
                }
                for (String l : pr.labels()) {
                    c[1 + PRIMARY.size() + categories.size() + labels.indexOf(l)]++;
                }
            }
        }
        for (VisitInForce u : result.unknownHouseholdVisits()) {
            visits.computeIfAbsent(u.latest().unit(), k -> new int[7])[6]++;
        }
        List<ProfileSummaryData.CategoryRow> rows = new ArrayList<>();
        counts.forEach((t, c) -> {
            if (!t.isEmpty()) {
                rows.add(row(t, c, categories, labels));
            }
        });
        rows.add(row("", counts.getOrDefault("", new int[width]), categories, labels));
        List<ProfileSummaryData.VisitRow> visitRows = new ArrayList<>();
        visits.forEach((t, v) -> visitRows.add(new ProfileSummaryData.VisitRow(t, v[0], v[1], v[2], v[3], v[4], v[5],
                v[6])));
        List<String> missing = Source.optionalGovernment().stream().filter(result.missingOptional()::contains)
                .map(Source::fileName).toList();
        return new ProfileSummaryData(PRIMARY, categories, labels, rows, missing, visitRows);
    }

    private static ProfileSummaryData.CategoryRow row(String township, int[] c, List<String> categories,
            List<String> labels) {
        Map<String, Integer> primary = new LinkedHashMap<>();
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        Map<String, Integer> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < PRIMARY.size(); i++) {
            primary.put(PRIMARY.get(i), c[1 + i]);
        }
        for (int i = 0; i < categories.size(); i++) {
            byCategory.put(categories.get(i), c[1 + PRIMARY.size() + i]);
        }
        for (int i = 0; i < labels.size(); i++) {
            byLabel.put(labels.get(i), c[1 + PRIMARY.size() + categories.size() + i]);
        }
        return new ProfileSummaryData.CategoryRow(township, c[0], primary, byCategory, byLabel);
    }
}
