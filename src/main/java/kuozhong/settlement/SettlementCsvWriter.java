package kuozhong.settlement;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import kuozhong.common.AtomicFiles;
import kuozhong.common.Mask;
import kuozhong.common.Messages;
import kuozhong.common.Progress;

/**
 * Writes the three settlement CSV files of settlement.md ("Outputs"): UTF-8 (no BOM), a header row,
 * LF line ends, RFC 4180 quoting where needed. Amounts are plain with two decimals; dates ISO;
 * contract_rate and reference_rate as given; the computed fiscal_rate and bank_rate with trailing zeros
 * removed but at least two decimals ({@code 1.80}, {@code 1.35}, {@code 0.00}); identity numbers masked.
 * The {@code write*} methods flush but do not close the {@link Appendable} they are given.
 */
public final class SettlementCsvWriter {

    public static final List<String> DETAIL_HEADER = List.of("loan_no", "household_no", "township_code",
            "township_name", "borrower_id_masked", "product", "category", "contract_date", "maturity_date",
            "principal", "contract_rate", "reference_rate", "fiscal_rate", "bank_rate", "days", "accumulation",
            "year_end_balance", "fiscal_subsidy", "province_share", "county_share", "bank_concession",
            "household_saving", "flags");
    public static final List<String> EXCEPTIONS_HEADER = List.of("loan_no", "borrower_id_masked", "product",
            "category", "contract_date", "principal", "reasons");
    public static final List<String> SUMMARY_HEADER = List.of("township_code", "township_name", "category",
            "households", "loans", "principal", "year_end_balance", "accumulation", "fiscal_subsidy",
            "province_share", "county_share", "bank_concession", "household_saving");

    public static final String DETAIL_FILE = "subsidy-detail.csv";
    public static final String EXCEPTIONS_FILE = "subsidy-exceptions.csv";
    public static final String SUMMARY_FILE = "subsidy-summary.csv";

    private SettlementCsvWriter() {
    }

    /**
     * Writes the three files into {@code dir} (created if missing). Each file is written to a temporary
     * file beside it and moved into place, so a crash never leaves a half-written file under its name.
     */
    public static void writeAll(Path dir, SettlementResult result) throws IOException {
        try (Progress.Count written = Progress.count(Messages.text("progress.settle.writing", DETAIL_FILE),
                result.detail().size(), Progress.Unit.ROWS)) {
            AtomicFiles.writeText(dir.resolve(DETAIL_FILE), w -> writeDetail(w, written.over(result.detail())));
        }
        AtomicFiles.writeText(dir.resolve(EXCEPTIONS_FILE), w -> writeExceptions(w, result.exceptions()));
        AtomicFiles.writeText(dir.resolve(SUMMARY_FILE), w -> writeSummary(w, result.summary()));
    }

    public static void writeDetail(Appendable out, Iterable<DetailRow> rows) throws IOException {
        CSVPrinter p = printer(out, DETAIL_HEADER);
        for (DetailRow d : rows) {
            p.printRecord(d.loanNo(), d.householdNo(), d.townshipCode(), d.townshipName(),
                    Mask.idNo(d.borrowerIdNo()), d.product(), d.category(), date(d.contractDate()),
                    date(d.maturityDate()), amount(d.principal()), d.contractRate().toPlainString(),
                    d.referenceRate().toPlainString(), rate(d.fiscalRate()), rate(d.bankRate()), d.days(),
                    amount(d.accumulation()), amount(d.yearEndBalance()), amount(d.fiscalSubsidy()),
                    amount(d.provinceShare()), amount(d.countyShare()), amount(d.bankConcession()),
                    amount(d.householdSaving()), String.join(";", d.flags()));
        }
        p.flush();
    }

    public static void writeExceptions(Appendable out, List<ExceptionRow> rows) throws IOException {
        CSVPrinter p = printer(out, EXCEPTIONS_HEADER);
        for (ExceptionRow e : rows) {
            p.printRecord(e.loanNo(), Mask.idNo(e.borrowerIdNo()), e.product(), e.category(),
                    date(e.contractDate()), amount(e.principal()), String.join(";", e.reasons()));
        }
        p.flush();
    }

    public static void writeSummary(Appendable out, List<SummaryRow> rows) throws IOException {
        CSVPrinter p = printer(out, SUMMARY_HEADER);
        for (SummaryRow s : rows) {
            p.printRecord(s.townshipCode(), s.townshipName(), s.category() == null ? "" : s.category(),
                    s.households(), s.loans(), amount(s.principal()), amount(s.yearEndBalance()),
                    amount(s.accumulation()), amount(s.fiscalSubsidy()), amount(s.provinceShare()),
                    amount(s.countyShare()), amount(s.bankConcession()), amount(s.householdSaving()));
        }
        p.flush();
    }

    /** Two decimals, plain; an amount with more decimals is a bug upstream and fails here. */
    static String amount(BigDecimal b) {
        return b.setScale(2).toPlainString();
    }

    static String rate(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
    }

    private static String date(LocalDate d) {
        return d.toString();
    }

    private static CSVPrinter printer(Appendable out, List<String> header) throws IOException {
        return CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\n")
                .get()
                .print(out);
    }
}
