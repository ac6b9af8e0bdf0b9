package kuozhong.household.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jdbi.v3.core.Handle;

import kuozhong.db.Batches;
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

    static void insert(Handle h, String sql, ListResult result, kuozhong.common.Progress.Count progress) {
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
        Batches.insert(h, sql, progress.over(rows.iterator()));
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

    static Map<String, Stored> select(Handle h, String sql) {
        return select(h, sql, null);
    }

    /**
     * @param sql a select of one version's profile table
     * @param household null: every row of the version; else the row of that household_no
     */
    static Map<String, Stored> select(Handle h, String sql, String household) {
        Map<String, Stored> out = new TreeMap<>();
        var q = h.createQuery(sql).setFetchSize(10_000);
        if (household != null) {
            q.bind("household", household);
        }
        q.map((rs, ctx) -> {
            VisitRow v = rs.getObject(12, LocalDate.class) == null ? null : new VisitRow(rs.getString(1),
                    rs.getObject(12, LocalDate.class), rs.getString(13), rs.getString(14), rs.getString(15),
                    rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19),
                    rs.getObject(20, LocalDate.class), rs.getObject(21, LocalDate.class), rs.getString(22),
                    rs.getLong(23));
            HouseholdProfile p = new HouseholdProfile(codes(rs.getString(5)), nz(rs.getString(6)),
                    codes(rs.getString(7)), codes(rs.getString(8)), codes(rs.getString(9)), List.of(),
                    memberFlags(rs.getString(25)));
            ProfileDecision d = new ProfileDecision("Y".equals(rs.getString(3)), codes(rs.getString(4)),
                    VisitStatus.valueOf(rs.getString(10)), v, codes(rs.getString(11)), p);
            return new Stored(rs.getString(1), "Y".equals(rs.getString(2)), d, nz(rs.getString(24)));
        }).forEach(s -> out.put(s.householdNo(), s));
        return out;
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
