package kuozhong.household;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kuozhong.common.Console;
import kuozhong.common.Messages;
import kuozhong.common.Parallel;
import kuozhong.common.Progress;
import kuozhong.household.jdbc.ListVersionStore.Snapshot;
import kuozhong.household.jdbc.ListVersionStore.StoredVersion;
import kuozhong.household.rule.HouseholdRules;
import kuozhong.policy.PolicyFile;
import kuozhong.policy.PolicySet;
import kuozhong.workbook.BankListRow;
import kuozhong.workbook.BankListWorkbook;
import kuozhong.workbook.ListSummaryData;
import kuozhong.workbook.IncludedByVersion;
import kuozhong.workbook.ListSummaryWorkbook;

/** Writes the files of a stored list version under {@code out/list/<as-of>/}, on every core. */
public final class ListOutputs {
    /** The environment variable holding the password of bank-list.xlsx. */
    public static final String PASSWORD_VARIABLE = "KZ_BANK_LIST_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(ListOutputs.class);

    private ListOutputs() {
    }

    public static Path write(StoredVersion v, PolicySet policy, Path outList, String bankPassword, Console console) {
        return write(v, policy, List.of(), outList, bankPassword, console);
    }

    /**
     * Writes the files of the version under {@code outList/<as-of>/}. The files are independent: the list files, list-summary.xlsx and, with a password, bank-list.xlsx and
     * core-list.xlsx are written at once ({@link Parallel}), each atomically; a failure is the one of the first
     * of them in that order. Without a password the two workbooks are removed, with their warnings, afterwards
     * as before.
     *
     * @param history households included in every version in force (the line chart of list-summary.xlsx)
     */
    public static Path write(StoredVersion v, PolicySet policy, List<IncludedByVersion> history, Path outList,
            String bankPassword, Console console) {
        Path dir = outList.resolve(v.version().asOf().toString());
        boolean encrypted = bankPassword != null && !bankPassword.isEmpty();
        List<Runnable> files = new ArrayList<>(4);
        files.add(() -> ListCsvWriter.writeAll(dir, v.result(), v.changes()));
        files.add(() -> workbook(dir, () -> {
            try (Progress.Count writing = Progress.phase(Messages.text("progress.list.writing", "list-summary.xlsx"))) {
                ListSummaryWorkbook.write(summary(v, policy), ProfileSummary.of(v.result()), history,
                        dir.resolve("list-summary.xlsx"));
            }
        }));
        if (encrypted) {
            files.add(() -> workbook(dir, () -> {
                List<BankListRow> rows = bankRows(v);
                try (Progress.Count written = ListCsvWriter.writing("bank-list.xlsx", rows.size())) {
                    BankListWorkbook.write(written.over(rows), bankPassword.toCharArray(), dir.resolve("bank-list.xlsx"));
                }
            }));
            files.add(() -> workbook(dir, () -> CoreListOutput.write(v, policy, dir.resolve("core-list.xlsx"),
                    bankPassword, console)));
        }
        Parallel.run(files);
        if (!encrypted) {
            workbook(dir, () -> {
                Files.deleteIfExists(dir.resolve("bank-list.xlsx"));
                Messages.Text w = Messages.text("list.noBankPassword", PASSWORD_VARIABLE);
                console.warn(w.local());
                LOG.warn(w.english());
                CoreListOutput.write(v, policy, dir.resolve("core-list.xlsx"), bankPassword, console);
            });
        }
        console.say(Messages.get("list.written", dir));
        return dir;
    }

    /** Writing that may fail with an IOException. */
    private interface Writing {
        void run() throws IOException;
    }

    /** Runs a workbook's writing; an IOException as the writing of the workbooks always reported it. */
    private static void workbook(Path dir, Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbooks under " + dir, e);
        }
    }

    static List<BankListRow> bankRows(StoredVersion v) {
        List<BankListRow> rows = new ArrayList<>();
        for (HouseholdDecision d : v.result().households()) {
            if (!d.included()) {
                continue;
            }
            for (HouseholdDecision.Member m : d.members()) {
                rows.add(new BankListRow(d.householdNo(), d.townshipCode(), m.village(), m.name(), m.idNo(),
                        m.relation(), d.memberCount(), d.householdIncome()));
            }
        }
        return rows;
    }

    /** Every reason code with its Chinese text for the policy (INCOME_ABOVE_CEILING names the ceiling). */
    static Map<String, String> reasonTexts(PolicySet policy) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (ExclusionReason r : ExclusionReason.values()) {
            texts.put(r.name(), r.chinese(policy));
        }
        return texts;
    }

    static ListSummaryData summary(StoredVersion v, PolicySet policy) {
        List<String> ruleCodes = HouseholdRules.exclusions().stream().map(r -> r.code().name()).toList();
        Map<String, int[]> byTownship = new TreeMap<>(); // evaluated, included, members included
        Map<String, Map<String, Integer>> reasonsByTownship = new TreeMap<>();
        Map<String, Integer> primary = new LinkedHashMap<>();
        ruleCodes.forEach(c -> primary.put(c, 0));
        for (HouseholdDecision d : v.result().households()) {
            int[] c = byTownship.computeIfAbsent(d.townshipCode(), k -> new int[3]);
            c[0]++;
            if (d.included()) {
                c[1]++;
                c[2] += d.memberCount();
            } else {
                primary.merge(d.primaryReason(), 1, Integer::sum);
                reasonsByTownship.computeIfAbsent(d.townshipCode(), k -> new LinkedHashMap<>())
                        .merge(d.primaryReason(), 1, Integer::sum);
            }
        }
        List<ListSummaryData.TownshipRow> townships = new ArrayList<>();
        byTownship.forEach((code, c) -> townships.add(new ListSummaryData.TownshipRow(code, c[0], c[1], c[0] - c[1],
                c[2], reasonsByTownship.getOrDefault(code, Map.of()))));
        Map<String, int[]> changes = new TreeMap<>();
        for (Change ch : v.changes()) {
            changes.computeIfAbsent(ch.townshipCode(), k -> new int[3])[ch.change().countColumn()]++;
        }
        List<ListSummaryData.ChangeCountRow> changeRows = new ArrayList<>();
        changes.forEach((code, c) -> changeRows.add(new ListSummaryData.ChangeCountRow(code, c[0], c[1], c[2])));
        List<ListSummaryData.SnapshotRow> snapshots = new ArrayList<>();
        for (Snapshot s : v.snapshots()) {
            snapshots.add(new ListSummaryData.SnapshotRow(s.source(), s.delivery(), s.sha256(), s.deliveryDate()));
        }
        // the workbook itself marks (and lists in 汇总) snapshots older than max_snapshot_age_days
        List<String> warnings = List.of();
        LocalDate asOf = v.version().asOf();
        return new ListSummaryData(asOf, v.version().previousAsOf(), policy.effectiveFrom(),
                policy.maxSnapshotAgeDays(), townships, primary, changeRows, snapshots, PolicyFile.describe(policy),
                warnings, reasonTexts(policy));
    }
}
