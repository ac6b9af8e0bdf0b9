package kuozhong.household.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kuozhong.household.HouseholdDecision;
import kuozhong.household.ListResult;
import kuozhong.household.profile.HouseholdProfile;
import kuozhong.household.profile.ProfileDecision;
import kuozhong.household.RuleOutcome;
import kuozhong.household.visit.VisitInForce;
import kuozhong.household.visit.VisitRow;
import kuozhong.household.visit.VisitStatus;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicyFile;
import kuozhong.policy.PolicySet;

/** The rows of a version's profile table: what profile.md decided for each household of the version (V6, V10). */
public final class ProfileRows {
    private static final List<String> PARAMETERS = List.of("safety_net_income_multiple", "employment_min_months",
            "school_age_min", "school_age_max", "medical_self_pay_threshold");

    private ProfileRows() {
    }

    /** A stored profile row read back. */
    public record Stored(String householdNo, boolean evaluated, ProfileDecision decision, String outcomes) {
    }

    /**
     * The profile rows of a version: one per evaluated household with a profile, then one per unknown household's
     * visit.
     */
    static List<Object[]> rows(ListResult result) {
        List<Object[]> rows = new ArrayList<>();
        for (HouseholdDecision d : result.households()) {
            ProfileDecision p = d.profile();
            if (p == null) {
                continue;
            }
            rows.add(row(d.householdNo(), "Y", p, p.visit(), outcomes(p.profile())));
        }
        for (VisitInForce v : result.unknownHouseholdVisits()) {
            ProfileDecision p = new ProfileDecision(false, List.of(), v.inForce() ? VisitStatus.valueOf(
                    v.latest().verdict()) : VisitStatus.EXPIRED, v.latest(), List.of(), HouseholdProfile.EMPTY);
            Object[] r = row(v.latest().householdNo(), "N", p, v.latest(), "");
            r[2] = null;
            rows.add(r);
        }
        return rows;
    }

    private static Object[] row(String householdNo, String evaluated, ProfileDecision p, VisitRow v,
            String outcomes) {
        HouseholdProfile pr = p.profile();
        return new Object[] {householdNo, evaluated, p.dataIncluded() ? "Y" : "N",
            String.join(";", p.dataReasons()), String.join(";", pr.categories()), pr.primaryCategory(),
            String.join(";", pr.labels()), String.join(";", pr.unknown()), String.join(";", pr.suggestedProducts()),
            p.visitStatus().name(), String.join(";", p.notApplied()),
            v == null ? null : v.visitDate(), v == null ? null : v.unit(), v == null ? null : v.visitorCode(),
            v == null ? null : v.verdict(), v == null ? null : v.reasonCode(), v == null ? null : v.industry(),
            v == null ? null : v.financingNeed(), v == null ? null : v.note(),
            v == null ? null : v.lastDayInForce(), v == null ? null : v.deliveryDate(),
            v == null ? null : v.fileName(), v == null ? null : v.recordNo(), outcomes,
            memberFlagsText(pr.memberFlags())};
    }

    /** id_no=flags;… (full identity numbers: the database may hold them). */
    private static String memberFlagsText(Map<String, String> flags) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(flags).forEach((id, f) -> sb.append(sb.length() == 0 ? "" : ";").append(id).append('=').append(f));
        return sb.toString();
    }

    private static Map<String, String> memberFlags(String text) {
        Map<String, String> out = new java.util.HashMap<>();
        if (text != null && !text.isEmpty()) {
            for (String kv : text.split(";")) {
                int eq = kv.indexOf('=');
                out.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return out;
    }

    /** Every category and label, one per line: {@code CODE STATUS k=v, k=v [missing s]}. */
    public static String outcomes(HouseholdProfile p) {
        StringBuilder sb = new StringBuilder();
        for (RuleOutcome o : p.outcomes()) {
            sb.append(o.code().name()).append(' ').append(o.status());
            StringBuilder f = new StringBuilder();
            o.figures().forEach((k, val) -> f.append(f.length() == 0 ? "" : ", ").append(k).append('=').append(val));
            sb.append(' ').append(f);
            if (!o.missingSources().isEmpty()) {
                sb.append(" (missing source: ").append(String.join(", ", o.missingSources())).append(')');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Reads one stored profile row (the values of {@link #rows}) into {@code out}, by household_no. */
    static void put(Map<String, Stored> out, Object[] r) {
        VisitRow v = r[11] == null ? null : new VisitRow((String) r[0], (LocalDate) r[11], (String) r[12],
                (String) r[13], (String) r[14], (String) r[15], (String) r[16], (String) r[17], (String) r[18],
                (LocalDate) r[19], (LocalDate) r[20], (String) r[21], r[22] == null ? 0L : (Long) r[22]);
        HouseholdProfile p = new HouseholdProfile(codes((String) r[4]), nz((String) r[5]), codes((String) r[6]),
                codes((String) r[7]), codes((String) r[8]), List.of(), memberFlags((String) r[24]));
        ProfileDecision d = new ProfileDecision("Y".equals(r[2]), codes((String) r[3]),
                VisitStatus.valueOf((String) r[9]), v, codes((String) r[10]), p);
        Stored s = new Stored((String) r[0], "Y".equals(r[1]), d, nz((String) r[23]));
        out.put(s.householdNo(), s);
    }

    static String policyText(PolicySet policy) {
        Map<String, String> all = PolicyFile.describe(policy);
        Map<String, String> used = new LinkedHashMap<>();
        PARAMETERS.forEach(n -> used.put(n, all.get(n)));
        StringBuilder sb = new StringBuilder();
        used.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return sb.toString();
    }

    static String missingText(ListResult result) {
        return String.join(";", Source.optionalGovernment().stream().filter(result.missingOptional()::contains)
                .map(Source::id).toList());
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
