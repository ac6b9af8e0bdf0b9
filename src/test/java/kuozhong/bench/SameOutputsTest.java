package kuozhong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SameOutputsTest {
    private static final String PASSWORD = "same";

    @TempDir
    Path dir;

    private Path before;
    private Path after;

    private void homes() throws IOException {
        before = Files.createDirectories(dir.resolve("before/out"));
        after = Files.createDirectories(dir.resolve("after/out"));
    }

    /** A workbook of one sheet: row 0 a header, row 1 the given value and 12.34; created at the given time. */
    private static void workbook(Path file, String value, LocalDateTime created, boolean encrypted) throws Exception {
        workbook(file, value, 12.34, created, encrypted);
    }

    private static void workbook(Path file, String value, double amount, LocalDateTime created, boolean encrypted)
            throws Exception {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(
                    created.atZone(java.time.ZoneOffset.UTC).toInstant())));
            Sheet s = wb.createSheet("名单");
            s.createRow(0).createCell(0).setCellValue("户号");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(value);
            r.createCell(1).setCellValue(amount);
            if (!encrypted) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
                return;
            }
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
                enc.confirmPassword(PASSWORD);
                try (OutputStream os = enc.getDataStream(fs)) {
                    wb.write(os);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    fs.writeFilesystem(out);
                }
            }
        }
    }

    private SameOutputs compare() throws IOException {
        SameOutputs same = new SameOutputs(PASSWORD);
        same.compare(before, after);
        return same;
    }

    @Test
    void theSameOutputsWrittenAtDifferentTimesAreTheSame() throws Exception {
        homes();
        workbook(before.resolve("list/list-summary.xlsx"), "0010000010", LocalDateTime.of(2025, 6, 15, 8, 0), false);
        workbook(after.resolve("list/list-summary.xlsx"), "0010000010", LocalDateTime.of(2025, 6, 16, 9, 30), false);
        // an encrypted workbook: a random salt each time, so its bytes differ although its content does not
        workbook(before.resolve("list/bank-list.xlsx"), "0010000010", LocalDateTime.of(2025, 6, 15, 8, 0), true);
        workbook(after.resolve("list/bank-list.xlsx"), "0010000010", LocalDateTime.of(2025, 6, 15, 8, 0), true);
        assertThat(Files.readAllBytes(before.resolve("list/bank-list.xlsx")))
                .isNotEqualTo(Files.readAllBytes(after.resolve("list/bank-list.xlsx")));
        Files.writeString(before.resolve("list/target-list.csv"), "household_id,included\n0010000010,Y\n");
        Files.writeString(after.resolve("list/target-list.csv"), "household_id,included\n0010000010,Y\n");
        Files.createDirectories(before.resolve("metrics"));
        Files.createDirectories(after.resolve("metrics"));
        Files.writeString(before.resolve("metrics/kz.prom"), "kz_job_last_run_start_timestamp_seconds{job=\"ingest\"} 1795939332.349\n"
                + "kz_list_households_included 3\n");
        Files.writeString(after.resolve("metrics/kz.prom"), "kz_job_last_run_start_timestamp_seconds{job=\"ingest\"} 1795939596.756\n"
                + "kz_list_households_included 3\n");

        SameOutputs same = compare();

        assertThat(same.differences()).isEmpty();
        assertThat(same.summary()).isEqualTo("SAME (4 files)");
    }

    @Test
    void aChangedCellIsADifferenceNamingTheCell() throws Exception {
        homes();
        workbook(before.resolve("list/list-summary.xlsx"), "0010000010", 12.34, LocalDateTime.of(2025, 6, 15, 8, 0), false);
        workbook(after.resolve("list/list-summary.xlsx"), "0010000010", 12.35, LocalDateTime.of(2025, 6, 15, 8, 0), false);

        SameOutputs same = compare();

        assertThat(same.summary()).isEqualTo("DIFFERENT (1 of 1 files)");
        assertThat(same.differences()).singleElement().asString()
                .startsWith("out/list/list-summary.xlsx xl/worksheets/sheet1.xml cell B2:")
                .contains("12.34").contains("12.35");
    }

    @Test
    void aChangedStringOfAnEncryptedWorkbookIsADifference() throws Exception {
        homes();
        workbook(before.resolve("list/bank-list.xlsx"), "0010000010", LocalDateTime.of(2025, 6, 15, 8, 0), true);
        workbook(after.resolve("list/bank-list.xlsx"), "0010000011", LocalDateTime.of(2025, 6, 15, 8, 0), true);

        assertThat(compare().differences()).singleElement().asString().contains("bank-list.xlsx").contains("0010000011");
        SameOutputs wrong = new SameOutputs("wrong");
        wrong.compare(before, after);
        assertThat(wrong.differences()).singleElement().asString().contains("not readable");
    }

    @Test
    void aChangedCsvByteIsADifferenceNamingTheLine() throws Exception {
        homes();
        Files.writeString(before.resolve("target-list.csv"), "household_id,included\n0010000010,Y\n0010000020,N\n");
        Files.writeString(after.resolve("target-list.csv"), "household_id,included\n0010000010,Y\n0010000020,Y\n");

        assertThat(compare().differences()).containsExactly(
                "out/target-list.csv line 3: before «0010000020,N» after «0010000020,Y»");
    }

    @Test
    void aFileInOnlyOneHomeIsADifference() throws Exception {
        homes();
        Files.writeString(before.resolve("a.csv"), "x\n");
        Files.writeString(before.resolve("b.csv"), "x\n");
        Files.writeString(after.resolve("a.csv"), "x\n");
        Files.writeString(after.resolve("c.csv"), "x\n");

        assertThat(compare().differences()).containsExactly("out/b.csv: only before", "out/c.csv: only after");
    }

    @Test
    void theRunTimeOfTheSettlementAndTheTimeOfTheQualityReportAreTheOnlyTimesNormalised() {
        String sheet = "<row r=\"30\"><c r=\"A30\" t=\"inlineStr\"><is><t>台账交付批次</t></is></c><c r=\"D30\" t=\"n\"><v>46355.5</v></c></row>"
                + "<row r=\"31\"><c r=\"A31\" t=\"inlineStr\"><is><t>运行时间</t></is></c><c r=\"D31\" s=\"16\" t=\"n\"><v>46355.33761003472</v></c></row>";
        String normalised = new String(SameOutputs.normalisePart("subsidy-2025.xlsx", "xl/worksheets/sheet6.xml",
                sheet.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertThat(normalised).contains("<v>46355.5</v>").doesNotContain("46355.33761003472");
        // the same row in another workbook is compared as it is
        assertThat(new String(SameOutputs.normalisePart("list-summary.xlsx", "xl/worksheets/sheet6.xml",
                sheet.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)).isEqualTo(sheet);

        String note = "<t>生成时间 2026-11-29 08:02:25。拒收率上限 2%</t>";
        assertThat(new String(SameOutputs.normalisePart("quality.xlsx", "xl/sharedStrings.xml",
                note.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)).doesNotContain("08:02:25").contains("拒收率上限 2%");

        String prom = "kz_job_last_run_duration_seconds{job=\"ingest\"} 11.688\nkz_job_last_run_records_read{job=\"ingest\"} 42\n";
        assertThat(new String(SameOutputs.normaliseProm(prom.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .doesNotContain("11.688").contains("records_read{job=\"ingest\"} 42");
    }
}
