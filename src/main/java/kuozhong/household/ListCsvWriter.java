package kuozhong.household;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import kuozhong.common.AtomicFiles;
import kuozhong.common.Messages;
import kuozhong.common.Progress;
import kuozhong.common.Townships;
import kuozhong.household.profile.ProfileColumns;

/**
 * Writes the list's CSV outputs (target-list.md, "Outputs"): UTF-8, a header row, LF line ends,
 * amounts with two decimals, dates ISO, codes joined with {@code ;}, rows sorted by household_no.
 * The {@code Path} variants write a temporary file next to the target and move it into place, so a
 * failed run never leaves a half-written file. The {@code Writer} variants flush but do not close the writer.
 */
public final class ListCsvWriter {
    public static final String[] TARGET_LIST_HEADER = {"household_no", "township_code", "township_name", "member_count",
            "household_income", "per_capita_income", "included", "reasons", "flags"};
    public static final String[] CHANGES_HEADER = {"household_no", "township_code", "change", "reasons", "previous_as_of"};
    public static final String[] REFERRALS_HEADER = {"household_no", "township_code", "township_name", "member_count",
            "household_income", "per_capita_income", "flags"};

    private ListCsvWriter() {
    }

    /** target-list.csv: one row per evaluated household, with the columns of profile.md appended. */
    public static void writeTargetList(ListResult result, Writer out) throws IOException {
        writeTargetList(result, out, Progress.Count.none());
    }

    /** target-list.csv, each household counted on {@code written}. */
    static void writeTargetList(ListResult result, Writer out, Progress.Count written) throws IOException {
        List<String> header = new java.util.ArrayList<>(List.of(TARGET_LIST_HEADER));
        header.addAll(ProfileColumns.HEADER);
        CSVPrinter csv = printer(out, header.toArray(String[]::new));
        List<Object> row = new java.util.ArrayList<>(header.size());
        for (HouseholdDecision d : result.households()) {
            row.clear();
            row.addAll(List.of(d.householdNo(), d.townshipCode(), Townships.name(d.townshipCode()), d.memberCount(),
                    amount(d.householdIncome()), amount(d.perCapitaIncome()), d.included() ? "Y" : "N",
                    String.join(";", d.reasons()), String.join(";", d.flags())));
            row.addAll(ProfileColumns.values(d)); // profile.md: appended after flags
            csv.printRecord(row);
            written.step();
        }
        csv.flush();
    }

    /** changes.csv. */
    public static void writeChanges(List<Change> changes, Writer out) throws IOException {
        writeChanges(changes, out, Progress.Count.none());
    }

    /** changes.csv, each change counted on {@code written}. */
    static void writeChanges(List<Change> changes, Writer out, Progress.Count written) throws IOException {
        CSVPrinter csv = printer(out, CHANGES_HEADER);
        for (Change c : written.over(changes)) {
            csv.printRecord(c.householdNo(), c.townshipCode(), c.change().name(), String.join(";", c.reasons()),
                    c.previousAsOf() == null ? "" : c.previousAsOf().toString());
        }
        csv.flush();
    }

    /** referrals.csv: the households whose only reason is INCOME_BELOW_FLOOR. */
    public static void writeReferrals(ListResult result, Writer out) throws IOException {
        CSVPrinter csv = printer(out, REFERRALS_HEADER);
        for (HouseholdDecision d : result.referrals()) {
            csv.printRecord(d.householdNo(), d.townshipCode(), Townships.name(d.townshipCode()), d.memberCount(),
                    amount(d.householdIncome()), amount(d.perCapitaIncome()), String.join(";", d.flags()));
        }
        csv.flush();
    }

    /** Writes target-list.csv, changes.csv, referrals.csv and visits-report.csv into {@code dir} (created if missing). */
    public static void writeAll(Path dir, ListResult result, List<Change> changes) {
        try {
            try (Progress.Count written = writing("target-list.csv", result.households().size())) {
                AtomicFiles.writeText(dir.resolve("target-list.csv"), w -> writeTargetList(result, w, written));
            }
            try (Progress.Count written = writing("changes.csv", changes.size())) {
                AtomicFiles.writeText(dir.resolve("changes.csv"), w -> writeChanges(changes, w, written));
            }
            AtomicFiles.writeText(dir.resolve("referrals.csv"), w -> writeReferrals(result, w));
            AtomicFiles.writeText(dir.resolve("visits-report.csv"), w -> VisitsReport.write(result, w));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the list files under " + dir, e);
        }
    }

    /** The progress of writing one file of {@code total} rows. */
    static Progress.Count writing(String file, long total) {
        return Progress.count(Messages.text("progress.list.writing", file), total, Progress.Unit.ROWS);
    }

    /** Two decimals, plain: 100000.00. */
    static String amount(BigDecimal v) {
        return v.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static CSVPrinter printer(Writer out, String[] header) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").get().print(out);
    }
}
