package kuozhong.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.household.ListBuildIT;
import kuozhong.household.jdbc.ListVersionStore;
import kuozhong.policy.PolicyFile;
import kuozhong.policy.PolicySet;
import kuozhong.settlement.jdbc.DbListMembership;
import kuozhong.settlement.jdbc.SettlementStore;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.TestInbox;

/** {@code kz settle} end to end: membership from stored list versions, the worked example, years. */
class SettlementIT {
    private static final String LOANS = "loan_no,borrower_id_no,product,category,contract_date,maturity_date,"
            + "principal,contract_rate,reference_rate,guarantee_subsidized";
    private static final String TXNS = "txn_id,loan_no,txn_date,txn_type,amount";

    @TempDir
    Path home;

    @Test
    void settling2024Then2025AddsUpTheCumulativeReductionAndASecondSettlementReplacesOnlyItsYear() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        TestInbox inbox = new TestInbox(home);
        ListBuildIT.firstDelivery(inbox, "20241015");
        ListBuildIT.firstDelivery(inbox, "20250110");
        String h1 = ListBuildIT.H1_HEAD;
        inbox.delivery("bank/2024")
                .file("loans.csv", List.of(LOANS, "L2024," + h1 + ",JINGYING,BUSINESS,2024-11-01,2026-10-31,50000.00,3.50,7.50,N"))
                .file("loan_transactions.csv", List.of(TXNS, "T1,L2024,2024-11-01,DRAWDOWN,50000.00"))
                .complete();
        inbox.delivery("bank/2025")
                .file("loans.csv", List.of(LOANS,
                        "L2024," + h1 + ",JINGYING,BUSINESS,2024-11-01,2026-10-31,50000.00,3.50,7.50,N",
                        "L2025," + h1 + ",ZHUXUE,EMPLOYMENT,2025-03-01,2026-02-28,100000.00,3.50,7.50,N",
                        "L9," + h1 + ",OTHER,BUSINESS,2025-03-01,2026-02-28,100000.00,3.50,7.50,Y"))
                .file("loan_transactions.csv", List.of(TXNS, "T1,L2024,2024-11-01,DRAWDOWN,50000.00",
                        "T2,L2025,2025-03-01,DRAWDOWN,100000.00", "T3,L2025,2025-09-01,REPAYMENT,40000.00",
                        "T4,L9,2025-03-01,DRAWDOWN,100000.00"))
                .complete();
        assertThat(kz.run("ingest").exitCode()).isZero();
        assertThat(kz.run("list", "build", "--as-of", "2024-10-15").exitCode()).isZero();
        assertThat(kz.run("list", "build", "--as-of", "2025-01-10").exitCode()).isZero();

        Kz.Result y2024 = kz.run("settle", "--year", "2024");
        assertThat(y2024.exitCode()).as(y2024.all()).isZero();
        // L2024 in 2024: 2024-11-01..2024-12-31 = 61 days × 50000 = 3,050,000
        // saving 3,050,000 × 4.00 / 100 / 360 = 338.888… → 338.89; fiscal × 1.80 → 152.50
        assertThat(detail("2024")).containsExactly(
                "L2024,H1,331126101,黄田镇,331126********" + h1.substring(14)
                        + ",JINGYING,BUSINESS,2024-11-01,2026-10-31,50000.00,3.5000,7.5000,1.80,2.20,61,3050000.00,"
                        + "50000.00,152.50,122.00,30.50,186.39,338.89,");

        Kz.Result y2025 = kz.run("settle", "--year", "2025");
        assertThat(y2025.exitCode()).as(y2025.all()).isZero();
        // L2024 in 2025: 365 days × 50000 = 18,250,000: saving 2027.78 (2027.777…), fiscal 912.50
        // L2025: the spec's worked example: 25,720,000; fiscal 1286.00, saving 2857.78, bank 1571.78,
        //        province 1028.80, county 257.20
        List<String> rows = detail("2025");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains(",25720000.00,60000.00,1286.00,1028.80,257.20,1571.78,2857.78,");
        assertThat(rows.get(0)).contains(",365,18250000.00,50000.00,912.50,730.00,182.50,1115.28,2027.78,");
        assertThat(Files.readAllLines(home.resolve("out/settlement/2025/subsidy-exceptions.csv")))
                .containsExactly("loan_no,borrower_id_masked,product,category,contract_date,principal,reasons",
                        "L9,331126********" + h1.substring(14)
                                + ",OTHER,BUSINESS,2025-03-01,100000.00,NOT_SERIES_PRODUCT;GUARANTEE_SUBSIDIZED");
        // cumulative interest reduction: 338.89 (2024) + 2027.78 + 2857.78 (2025) = 5224.45
        assertThat(numbers("out/settlement/2025/subsidy-2025.xlsx", "目标完成情况"))
                .contains(new BigDecimal("5224.45"), new BigDecimal("110000.00"));

        String before2024 = settlementIds(kz).get(0);
        Kz.Result again = kz.run("settle", "--year", "2025");
        assertThat(again.exitCode()).as(again.all()).isZero();
        List<String> after = settlementIds(kz);
        assertThat(after).hasSize(2);
        assertThat(after.get(0)).isEqualTo(before2024);
        assertThat(detail("2025")).isEqualTo(rows);
        // the replaced 2025 settlement is gone with its rows: 1 + 2 detail rows, 1 exception
        long[] stored = kz.jdbi().withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM kz_settlement), "
                + "(SELECT COUNT(*) FROM kz_settlement_detail), (SELECT COUNT(*) FROM kz_settlement_exception)")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).one());
        assertThat(stored).containsExactly(2, 3, 1);
    }

    @Test
    void aRejectedLedgerRecordFailsTheSettlementAndSettlesNothing() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        TestInbox inbox = new TestInbox(home);
        ListBuildIT.firstDelivery(inbox, "20250110");
        inbox.delivery("bank/2025")
                .file("loans.csv", List.of(LOANS,
                        "L1," + ListBuildIT.H1_HEAD + ",JINGYING,BUSINESS,2025-03-01,2026-02-28,100000.00,3.50,7.50,N",
                        "L2," + ListBuildIT.H1_HEAD + ",JINGYING,BUSINESS,2025-03-01,2026-02-28,100000.00,3.50,3.40,N"))
                .file("loan_transactions.csv", List.of(TXNS, "T1,L1,2025-03-01,DRAWDOWN,100000.00"))
                .complete();
        Kz.Result r = kz.run("settle", "--year", "2025");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("the bank ledger 2025 was not loaded, so nothing was settled")
                .contains("TOO_MANY_REJECTS: 1 of 2 records were rejected (BAD_RANGE=1)");
        long settlements = kz.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM kz_settlement")
                .mapTo(Long.class).one());
        assertThat(settlements).isZero();
        assertThat(Files.exists(home.resolve("out/settlement/2025"))).isFalse();
    }

    @Test
    void aYearWithoutLedgerIsAClearDataError() {
        Kz kz = Kz.at(home, TestDatabase.H2);
        Kz.Result r = kz.run("settle", "--year", "2025");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no complete bank ledger for 2025");
        assertThat(kz.run("settle", "--year", "25").exitCode()).isEqualTo(2);
    }

    /** H1 included as of 2025-01-10 and the worked example's loan L2025 in the 2025 ledger. */
    private Kz listedWithLedger() {
        Kz kz = Kz.at(home, TestDatabase.H2);
        TestInbox inbox = new TestInbox(home);
        ListBuildIT.firstDelivery(inbox, "20250110");
        inbox.delivery("bank/2025")
                .file("loans.csv", List.of(LOANS, "L2025," + ListBuildIT.H1_HEAD
                        + ",ZHUXUE,EMPLOYMENT,2025-03-01,2026-02-28,100000.00,3.50,7.50,N"))
                .file("loan_transactions.csv", List.of(TXNS, "T2,L2025,2025-03-01,DRAWDOWN,100000.00",
                        "T3,L2025,2025-09-01,REPAYMENT,40000.00"))
                .complete();
        assertThat(kz.run("ingest").exitCode()).isZero();
        assertThat(kz.run("list", "build", "--as-of", "2025-01-10").exitCode()).isZero();
        return kz;
    }

    @Test
    void aLedgerFileChangedAfterLoadingFailsWithManifestMismatchAndLeavesTheSettlementInForce() throws Exception {
        Kz kz = listedWithLedger();
        assertThat(kz.run("settle", "--year", "2025").exitCode()).isZero();
        List<String> ids = settlementIds(kz);
        Path dir = home.resolve("out/settlement/2025");
        byte[] detailBefore = Files.readAllBytes(dir.resolve("subsidy-detail.csv"));
        // the file changes on disk after it was loaded (principal 100000.00 → 900000.00); the manifest stays
        Path loans = home.resolve("inbox/bank/2025/loans.csv");
        Files.writeString(loans, Files.readString(loans).replace("100000.00", "900000.00"));

        Kz.Result r = kz.run("settle", "--year", "2025");

        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(r.err()).contains("MANIFEST_MISMATCH").contains("loans.csv").contains("on disk")
                .contains("Nothing was settled");
        assertThat(settlementIds(kz)).isEqualTo(ids);
        assertThat(Files.readAllBytes(dir.resolve("subsidy-detail.csv"))).isEqualTo(detailBefore);
    }

    @Test
    void theLedgerCheckComparesTheBytesOnDiskAtSettlementTime() throws Exception {
        Kz kz = listedWithLedger();
        Path txns = home.resolve("inbox/bank/2025/loan_transactions.csv");
        Files.writeString(txns, Files.readString(txns) + "\n");

        Kz.Result r = kz.run("settle", "--year", "2025");

        // loaded by kz ingest before the change: the bytes on disk now differ from the manifest
        assertThat(r.exitCode()).as(r.all()).isEqualTo(1);
        assertThat(r.err()).contains("MANIFEST_MISMATCH").contains("loan_transactions.csv");
        assertThat(settlementIds(kz)).isEmpty();
        assertThat(home.resolve("out/settlement/2025")).doesNotExist();
    }

    @Test
    void aFailedReconciliationCheckPublishesNothingAndWritesTheRunUnderFailed() throws Exception {
        Kz kz = listedWithLedger();
        assertThat(kz.run("settle", "--year", "2025").exitCode()).isZero();
        List<String> ids = settlementIds(kz);
        Path out = home.resolve("out/settlement");
        Path dir = out.resolve("2025");
        Map<String, byte[]> before = files(dir);

        Jdbi jdbi = kz.jdbi();
        SettlementService service = new SettlementService(jdbi);
        SettlementStore.Ledger ledger = service.readLedger(2025);
        PolicySet policy = PolicyFile.load(Path.of("jobs/policy.yml")).inForce(LocalDate.of(2025, 12, 31));
        // a manifest that does not match what was loaded: the check 台账文件sha256=清单 FAILs
        List<LedgerFileDigest> digests = List.of(
                new LedgerFileDigest("loans.csv", "0".repeat(64), ledger.loansLoad().sha256()),
                new LedgerFileDigest("loan_transactions.csv", ledger.transactionsLoad().sha256(),
                        ledger.transactionsLoad().sha256()));
        SettlementService.Calculation calc = SettlementService.calculate(2025, ledger,
                new DbListMembership(new ListVersionStore(jdbi)), policy, digests, Map.of());
        assertThat(calc.passed()).isFalse();

        SettlementService.Outcome o = service.publishOrSetAside(calc, ledger, policy, Map.of(), out, null);

        assertThat(o.checksPassed()).isFalse();
        assertThat(o.dir()).isEqualTo(dir.resolve("failed"));
        assertThat(settlementIds(kz)).as("the earlier settlement stays in force").isEqualTo(ids);
        assertThat(files(dir)).as("out/settlement/2025/ as it was").containsOnlyKeys(before.keySet());
        before.forEach((f, bytes) -> assertThat(dir.resolve(f)).hasBinaryContent(bytes));
        assertThat(files(dir.resolve("failed")).keySet()).containsExactlyInAnyOrder("subsidy-detail.csv",
                "subsidy-exceptions.csv", "subsidy-summary.csv", "subsidy-2025.xlsx");
        try (Workbook wb = WorkbookFactory.create(dir.resolve("failed/subsidy-2025.xlsx").toFile())) {
            List<String> outcomes = new ArrayList<>();
            wb.getSheet("数据校验").forEach(row -> row.forEach(c -> {
                if (c.getCellType() == CellType.STRING && List.of("PASS", "FAIL").contains(c.getStringCellValue())) {
                    outcomes.add(c.getStringCellValue());
                }
            }));
            assertThat(outcomes).contains("FAIL");
        }

        // the next good settlement publishes and removes the failed run's files
        assertThat(kz.run("settle", "--year", "2025").exitCode()).isZero();
        assertThat(dir.resolve("failed")).doesNotExist();
    }

    private static Map<String, byte[]> files(Path dir) throws Exception {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private List<String> detail(String year) throws Exception {
        List<String> lines = Files.readAllLines(home.resolve("out/settlement").resolve(year).resolve("subsidy-detail.csv"));
        return lines.subList(1, lines.size());
    }

    private List<BigDecimal> numbers(String file, String sheet) throws Exception {
        List<BigDecimal> values = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(home.resolve(file).toFile())) {
            wb.getSheet(sheet).forEach(r -> r.forEach(c -> {
                if (c.getCellType() == CellType.NUMERIC
                        || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC) {
                    values.add(BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP));
                }
            }));
        }
        return values;
    }

    private static List<String> settlementIds(Kz kz) {
        return kz.jdbi().withHandle(h -> h.createQuery(
                "SELECT settlement_year || ':' || settlement_id FROM kz_settlement WHERE state = 'CURRENT' "
                        + "ORDER BY settlement_year").mapTo(String.class).list());
    }
}
