package kuozhong.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.Trees;

/**
 * The whole pipeline on the committed sample data, once on H2 and once on PostgreSQL: the same files
 * come out, the workbooks agree with the CSVs, and no log holds an identity number or a name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplePipelineIT {
    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z-])\\d{17}[\\dX](?![0-9A-Za-z])");
    private static final String PASSWORD = "s3cret-bank";

    @TempDir
    static Path tmp;
    Kz h2;
    Kz pg;
    final Map<String, List<String>> outputsOf = new java.util.HashMap<>();

    @BeforeAll
    void runBoth() throws Exception {
        System.setProperty("kz.bankListPassword", PASSWORD);
        h2 = run(tmp.resolve("h2"), TestDatabase.H2);
        pg = run(tmp.resolve("pg"), TestDatabase.POSTGRESQL);
    }

    @AfterAll
    void clearPassword() {
        System.clearProperty("kz.bankListPassword");
    }

    private Kz run(Path home, TestDatabase db) throws Exception {
        Trees.copy(Path.of("sample-data/inbox"), home.resolve("inbox"));
        Kz kz = Kz.at(home, db);
        List<String> out = new ArrayList<>();
        for (String[] args : List.of(new String[] {"ingest"}, new String[] {"list", "build", "--as-of", "2025-01-10"},
                new String[] {"list", "build", "--as-of", "2025-06-15"}, new String[] {"settle", "--year", "2025"})) {
            Kz.Result r = kz.run(args);
            assertThat(r.exitCode()).as(db + " " + String.join(" ", args) + "\n" + r.all()).isZero();
            out.add(r.all());
        }
        outputsOf.put(db.name(), out);
        return kz;
    }

    @Test
    void h2AndPostgresqlWriteIdenticalFiles() throws Exception {
        for (String f : List.of("list/2025-01-10/target-list.csv", "list/2025-01-10/changes.csv",
                "list/2025-01-10/referrals.csv", "list/2025-06-15/target-list.csv", "list/2025-06-15/changes.csv",
                "list/2025-06-15/referrals.csv", "settlement/2025/subsidy-detail.csv",
                "settlement/2025/subsidy-exceptions.csv", "settlement/2025/subsidy-summary.csv",
                "ingest/20250110/rejects-person.csv", "ingest/20250615/rejects-social_insurance.csv")) {
            assertThat(Files.readString(h2.home().resolve("out").resolve(f)))
                    .as(f).isEqualTo(Files.readString(pg.home().resolve("out").resolve(f)));
        }
    }

    @Test
    void explainGivesTheSameTextOnBothDatabasesAndTheDecisionOfTheList() throws Exception {
        CSVRecord split = csv(h2.home().resolve("out/list/2025-06-15/target-list.csv")).stream()
                .filter(r -> r.get("flags").contains("SPOUSE_OUTSIDE_HOUSEHOLD")).findFirst().orElseThrow();
        String household = split.get("household_no");
        Kz.Result onH2 = h2.run("list", "explain", "--household", household);
        Kz.Result onPg = pg.run("list", "explain", "--household", household);
        assertThat(onH2.exitCode()).as(onH2.all()).isZero();
        assertThat(onPg.out()).isEqualTo(onH2.out());
        assertThat(onH2.out()).contains("as of 2025-06-15")
                .contains("Decision: " + (split.get("included").equals("Y") ? "INCLUDED" : "EXCLUDED"))
                .contains("SPOUSE_OUTSIDE_HOUSEHOLD   RAISED")
                .contains("Members married to a NORMAL person of another household: ");
        assertThat(onH2.out()).doesNotContainPattern(ID);
    }

    @Test
    void theListIncludesRoughlyHalfAndChangesAreAgainstThePreviousVersion() throws Exception {
        List<CSVRecord> list = csv(h2.home().resolve("out/list/2025-06-15/target-list.csv"));
        long included = list.stream().filter(r -> r.get("included").equals("Y")).count();
        assertThat((double) included / list.size()).isBetween(0.3, 0.7);
        Set<String> reasons = new HashSet<>();
        Set<String> flags = new HashSet<>();
        for (CSVRecord r : list) {
            reasons.addAll(List.of(r.get("reasons").split(";")));
            flags.addAll(List.of(r.get("flags").split(";")));
        }
        assertThat(reasons).contains("ASSISTANCE_DIBAO", "ASSISTANCE_DIBIAN", "ASSISTANCE_TEKUN",
                "INCOME_ABOVE_CEILING", "PROPERTY_RESIDENTIAL", "PROPERTY_COMMERCIAL", "VEHICLE", "INCOME_BELOW_FLOOR");
        assertThat(flags).contains("NO_HEAD", "MULTIPLE_HEADS", "SPOUSE_OUTSIDE_HOUSEHOLD", "IMPUTED_INCOME",
                "NO_INCOME_RECORDS", "VEHICLE_PRICE_UNKNOWN");
        List<CSVRecord> changes = csv(h2.home().resolve("out/list/2025-06-15/changes.csv"));
        assertThat(changes).isNotEmpty().allSatisfy(c -> assertThat(c.get("previous_as_of")).isEqualTo("2025-01-10"));
    }

    @Test
    void theBankListDecryptsWithThePasswordAndHoldsFullIdentityNumbersWhileTheSummaryHoldsNone() throws Exception {
        Path bank = h2.home().resolve("out/list/2025-06-15/bank-list.xlsx");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(bank)))
                .isEqualTo("rw-------");
        try (POIFSFileSystem fs = new POIFSFileSystem(bank.toFile())) {
            Decryptor d = new EncryptionInfo(fs).getDecryptor();
            assertThat(d.verifyPassword(PASSWORD)).isTrue();
            try (InputStream in = d.getDataStream(fs); Workbook wb = new XSSFWorkbook(in)) {
                List<String> ids = new ArrayList<>();
                for (Row r : wb.getSheetAt(0)) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.STRING && ID.matcher(c.getStringCellValue()).matches()) {
                            ids.add(c.getStringCellValue());
                        }
                    }
                }
                long includedMembers = csv(h2.home().resolve("out/list/2025-06-15/target-list.csv")).stream()
                        .filter(r -> r.get("included").equals("Y"))
                        .mapToLong(r -> Long.parseLong(r.get("member_count"))).sum();
                assertThat(ids).hasSize((int) includedMembers);
            }
        }
        assertThat(cellsOf(h2.home().resolve("out/list/2025-06-15/list-summary.xlsx")))
                .noneMatch(s -> ID.matcher(s).find());
        assertThat(cellsOf(h2.home().resolve("out/settlement/2025/subsidy-2025.xlsx")))
                .noneMatch(s -> ID.matcher(s).find());
    }

    @Test
    void theAuditWorkbookTotalsEqualTheCsvTotals() throws Exception {
        CSVRecord total = csv(h2.home().resolve("out/settlement/2025/subsidy-summary.csv")).stream()
                .filter(r -> r.get("township_code").equals("TOTAL")).findFirst().orElseThrow();
        BigDecimal detailFiscal = csv(h2.home().resolve("out/settlement/2025/subsidy-detail.csv")).stream()
                .map(r -> new BigDecimal(r.get("fiscal_subsidy"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(total.get("fiscal_subsidy"))).isEqualByComparingTo(detailFiscal);
        try (Workbook wb = WorkbookFactory.create(h2.home().resolve("out/settlement/2025/subsidy-2025.xlsx").toFile())) {
            Sheet s = wb.getSheet("汇总表");
            Row header = null;
            Row grand = null;
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("财政贴息")) {
                        header = r;
                    }
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("合计")) {
                        grand = r;
                    }
                }
            }
            assertThat(header).isNotNull();
            assertThat(grand).isNotNull();
            Map<String, String> columns = Map.of("合同金额", "principal", "年末余额", "year_end_balance", "积数",
                    "accumulation", "财政贴息", "fiscal_subsidy", "省级承担", "province_share", "县级承担", "county_share",
                    "银行让利", "bank_concession", "家庭节省利息", "household_saving", "户数", "households", "笔数", "loans");
            int compared = 0;
            for (Cell h : header) {
                String csvColumn = h.getCellType() == CellType.STRING ? columns.get(h.getStringCellValue()) : null;
                if (csvColumn == null) {
                    continue;
                }
                Cell cell = grand.getCell(h.getColumnIndex());
                assertThat(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP))
                        .as(h.getStringCellValue()).isEqualByComparingTo(new BigDecimal(total.get(csvColumn)));
                if (!csvColumn.equals("households")) {
                    assertThat(cell.getCellType()).as(h.getStringCellValue()).isEqualTo(CellType.FORMULA);
                }
                compared++;
            }
            assertThat(compared).isEqualTo(columns.size());
            Sheet checks = wb.getSheet("数据校验");
            List<String> texts = new ArrayList<>();
            checks.forEach(r -> r.forEach(c -> texts.add(c.toString())));
            assertThat(texts).contains("PASS").doesNotContain("FAIL");
        }
    }

    @Test
    void noLogOrConsoleMessageHoldsAnIdentityNumberOrAName() throws Exception {
        Set<String> names = new HashSet<>();
        for (CSVRecord r : csv(Path.of("sample-data/inbox/20250615/person.csv"))) {
            if (r.isSet("name") && r.get("name").length() >= 2) {
                names.add(r.get("name"));
            }
        }
        assertThat(names).hasSizeGreaterThan(1000);
        List<String> texts = new ArrayList<>();
        for (Kz kz : List.of(h2, pg)) {
            try (Stream<Path> logs = Files.walk(kz.home().resolve("logs"))) {
                for (Path p : logs.filter(Files::isRegularFile).toList()) {
                    texts.add(Files.readString(p));
                }
            }
        }
        outputsOf.values().forEach(texts::addAll);
        assertThat(texts).isNotEmpty();
        for (String t : texts) {
            var m = ID.matcher(t);
            assertThat(m.find()).as(() -> "an identity number in a log or message: ..."
                    + t.substring(Math.max(0, m.start() - 200), Math.min(t.length(), m.end() + 40))).isFalse();
            for (String n : names) {
                assertThat(t).doesNotContain(n);
            }
        }
    }

    private static List<String> cellsOf(Path xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            for (Sheet s : wb) {
                s.forEach(r -> r.forEach(c -> cells.add(c.toString())));
            }
        }
        return cells;
    }

    private static List<CSVRecord> csv(Path p) throws Exception {
        byte[] bytes = Files.readAllBytes(p);
        Charset cs = p.toString().contains("20250110/person") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        String text = new String(bytes, cs).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                .parse(new java.io.StringReader(text)).getRecords();
    }
}
