package kuozhong.household;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kuozhong.common.Console;
import kuozhong.common.Progress;
import kuozhong.household.jdbc.ListVersionStore.Snapshot;
import kuozhong.household.jdbc.ListVersionStore.StoredVersion;
import kuozhong.household.profile.Category;
import kuozhong.household.profile.HouseholdProfile;
import kuozhong.household.profile.HouseholdProfiler;
import kuozhong.household.profile.ProfileColumns;
import kuozhong.household.profile.ProfileLabel;
import kuozhong.household.profile.ProfileRule;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;
import kuozhong.workbook.CoreListData;
import kuozhong.workbook.CoreListWorkbook;

/**
 * Writes {@code core-list.xlsx} of a stored version (profile.md): with the bank-list password (same variable,
 * encryption, mode 0600), else skipped with a warning.
 */
final class CoreListOutput {
    private static final Logger LOG = LoggerFactory.getLogger(CoreListOutput.class);

    private CoreListOutput() {
    }

    static void write(StoredVersion v, PolicySet policy, Path target, String password, Console console)
            throws IOException {
        if (password == null || password.isEmpty()) {
            Files.deleteIfExists(target);
            String w = "warning: " + ListOutputs.PASSWORD_VARIABLE + " is not set: core-list.xlsx was not written "
                    + "(it carries full identity numbers and is only written encrypted)";
            console.warn(w);
            LOG.warn(w);
            return;
        }
        CoreListData data = data(v, policy);
        try (Progress.Count written = ListCsvWriter.writing("core-list.xlsx",
                data.households().size() + data.members().size())) {
            CoreListWorkbook.write(data, password.toCharArray(), target, written);
        }
    }

    static CoreListData data(StoredVersion v, PolicySet policy) {
        List<CoreListData.HouseholdRow> households = new ArrayList<>();
        List<CoreListData.MemberRow> members = new ArrayList<>();
        for (HouseholdDecision d : v.result().households()) {
            if (!d.included()) {
                continue;
            }
            HouseholdDecision.Member rep = VisitsReport.representative(d);
            households.add(new CoreListData.HouseholdRow(d.householdNo(), d.townshipCode(),
                    rep.village() == null ? "" : rep.village(), d.memberCount(), d.householdIncome(),
                    d.perCapitaIncome(), String.join(";", d.flags()), ProfileColumns.values(d)));
            HouseholdProfile p = d.profile() == null ? HouseholdProfile.EMPTY : d.profile().profile();
            List<HouseholdDecision.Member> sorted = new ArrayList<>(d.members());
            sorted.sort(Comparator.comparing(HouseholdDecision.Member::idNo));
            for (HouseholdDecision.Member m : sorted) {
                String f = p.memberFlags(m.idNo());
                int age = m.birthDate() == null ? -1 : Period.between(m.birthDate(), v.version().asOf()).getYears();
                members.add(new CoreListData.MemberRow(d.householdNo(), m.name(), m.idNo(), m.relation(), age,
                        flag(f.charAt(0)), flag(f.charAt(1)), flag(f.charAt(2)), flag(f.charAt(3))));
            }
        }
        List<String> snapshots = new ArrayList<>();
        for (Snapshot s : v.snapshots()) {
            snapshots.add(s.source() + ": delivery " + s.delivery() + " (" + s.deliveryDate() + "), " + s.loaded()
                    + " records, sha256 " + s.sha256());
        }
        List<String> missing = Source.optionalGovernment().stream().filter(v.result().missingOptional()::contains)
                .map(Source::fileName).toList();
        return new CoreListData(v.version().asOf(), policy.effectiveFrom(), households, members,
                ProfileColumns.HEADER, snapshots, missing, codes(policy));
    }

    private static String flag(char c) {
        return c == 'Y' ? "Y" : c == '?' ? "?" : "";
    }

    /** Every code the core list shows, with its Chinese text (the policy's values filled in). */
    static Map<String, String> codes(PolicySet policy) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ProfileRule r : HouseholdProfiler.CATEGORIES) {
            codes.put(r.code().name(), r.text());
        }
        codes.put(Category.UNKNOWN.name(), Category.UNKNOWN.chinese());
        codes.put(Category.UNCLASSIFIED.name(), Category.UNCLASSIFIED.chinese());
        for (ProfileLabel l : HouseholdProfiler.LABELS) {
            codes.put(l.code().name(), l.text());
            codes.put(l.product().name(), l.product().chinese());
        }
        for (kuozhong.household.visit.VisitStatus s : kuozhong.household.visit.VisitStatus.values()) {
            codes.put(s.name(), s.chinese());
        }
        for (kuozhong.household.visit.VisitReason r : kuozhong.household.visit.VisitReason.values()) {
            codes.put(r.name(), r.chinese());
        }
        for (HouseholdRule r : kuozhong.household.rule.HouseholdRules.exclusions()) {
            codes.put(r.code().name(), r.code().chinese(policy));
        }
        codes.put(ExclusionReason.FIELD_VISIT_EXCLUDED.name(), ExclusionReason.FIELD_VISIT_EXCLUDED.chinese());
        return codes;
    }
}
