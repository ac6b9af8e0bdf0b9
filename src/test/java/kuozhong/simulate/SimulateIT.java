package kuozhong.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.household.ListBuildIT;
import kuozhong.testing.KilledChild;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.TestInbox;
import kuozhong.testing.Trees;

/** {@code kz list simulate} end to end (simulate.md). */
class SimulateIT {
    private static final String LOANS = "loan_no,borrower_id_no,product,category,contract_date,maturity_date,"
            + "principal,contract_rate,reference_rate,guarantee_subsidized";
    private static final String TXNS = "txn_id,loan_no,txn_date,txn_type,amount";
    private static final String MOVES_HEADER = "household_no,township_code,township_name,move,current_included,"
            + "current_reasons,draft_included,draft_reasons,current_data_included,draft_data_included";
    private static final String SUBSIDY_HEADER = String.join(",", SimulationCsv.SUBSIDY_HEADER);
    private static final Path POLICY = Path.of("jobs/policy.yml");

    @TempDir
    Path home;

    /** H1 included, with three loans of 2025 (settlement.md's worked example among them); a version as of 2025-01-10. */
    private Kz listed(boolean alsoAsOf20241015) {
        Kz kz = Kz.at(home, TestDatabase.H2);
        TestInbox inbox = new TestInbox(home);
        if (alsoAsOf20241015) {
            ListBuildIT.firstDelivery(inbox, "20241015");
        }
        ListBuildIT.firstDelivery(inbox, "20250110");
        String h1 = ListBuildIT.H1_HEAD;
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
        if (alsoAsOf20241015) {
            assertThat(kz.run("list", "build", "--as-of", "2024-10-15").exitCode()).isZero();
        }
        Kz.Result built = kz.run("list", "build", "--as-of", "2025-01-10");
        assertThat(built.exitCode()).as(built.all()).isZero();
        return kz;
    }

    @Test
    void aDraftEqualToThePolicyInForceGivesNoMoveAndNoDifferenceAndTouchesNothingReal() throws Exception {
        Kz kz = listed(false);
        // L2024 (contract 2024-11-01) has no version in force: NO_LIST_VERSION; L2025 is subsidised
        Kz.Result settled = kz.run("settle", "--year", "2025");
        assertThat(settled.exitCode()).as(settled.all()).isZero();
        String before = fingerprint(kz);
        Path draft = home.resolve("draft.yml");
        Files.copy(POLICY, draft);

        Kz.Result r = kz.run("list", "simulate", "--as-of", "2025-01-10", "--draft", draft.toString(),
                "--name", "same");

        assertThat(r.exitCode()).as(r.all()).isZero();
        Path dir = home.resolve("out/simulation/same");
        assertThat(Files.readAllLines(dir.resolve("moves.csv"))).containsExactly(MOVES_HEADER);
        // L2025, settlement.md's worked example, under the same parameters on both sides
        assertThat(Files.readAllLines(dir.resolve("subsidy.csv"))).containsExactly(SUBSIDY_HEADER,
                "331126101,黄田镇,EMPLOYMENT,1,1,25720000.00,25720000.00,1286.00,1286.00,1028.80,1028.80,"
                        + "257.20,257.20,1571.78,1571.78,2857.78,2857.78",
                "TOTAL,,,1,1,25720000.00,25720000.00,1286.00,1286.00,1028.80,1028.80,257.20,257.20,1571.78,"
                        + "1571.78,2857.78,2857.78");
        assertThat(fingerprint(kz)).as("list versions, settlements, out/list, out/settlement, job history")
                .isEqualTo(before);
        try (Workbook wb = WorkbookFactory.create(dir.resolve("simulation.xlsx").toFile())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("说明", "参数", "乡镇", "排除原因", "家庭分类", "进出名单", "贴息测算");
            wb.forEach(s -> assertThat(s.getRow(0).getCell(0).getStringCellValue()).startsWith("模拟结果，非正式名单"));
            Sheet subsidy = wb.getSheet("贴息测算");
            Row total = find(subsidy, "合计");
            // 财政贴息 current, draft, difference: columns 3 + 2 × 3 = 9, 10, 11
            assertThat(total.getCell(9).getCellFormula()).startsWith("SUM(");
            assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(1286.00);
            assertThat(total.getCell(10).getNumericCellValue()).isEqualTo(1286.00);
            assertThat(total.getCell(11).getNumericCellValue()).isZero();
            Sheet townships = wb.getSheet("乡镇");
            Row t = find(townships, "合计");
            assertThat(t.getCell(5).getNumericCellValue()).as("difference").isZero();
        }

        Kz.Result status = kz.run("status");
        assertThat(status.out()).contains("list simulate").contains("name=same")
                .doesNotContain("Failed runs not yet completed");
    }

    @Test
    void aHigherCeilingAndOtherSettlementParametersMoveHouseholdsAndTheSubsidyButNotTheStoredMembership()
            throws Exception {
        // a version as of 2024-10-15 too, so that L2024 (contract 2024-11-01) is on the list
        Kz kz = listed(true);
        assertThat(kz.run("settle", "--year", "2025").exitCode()).isZero();
        String before = fingerprint(kz);
        // H1: 12 × (5000.00 − 0.105 × 5000.00) = 53,700.00 a year: above a ceiling of 50,000.00
        Path draft = home.resolve("lower-ceiling.yml");
        Files.writeString(draft, Files.readString(POLICY)
                .replace("household_income_ceiling: 100000.00", "household_income_ceiling: 50000.00")
                .replace("fiscal_subsidy_cap: 1.8 ", "fiscal_subsidy_cap: 1.5 ")
                .replace("province_share: 0.80 ", "province_share: 0.75 ")
                .replace("day_count_basis: 360 ", "day_count_basis: 365 "));

        Kz.Result r = kz.run("list", "simulate", "--as-of", "2025-01-10", "--draft", draft.toString(),
                "--name", "ceiling-50k");

        assertThat(r.exitCode()).as(r.all()).isZero();
        Path dir = home.resolve("out/simulation/ceiling-50k");
        assertThat(Files.readAllLines(dir.resolve("moves.csv"))).containsExactly(MOVES_HEADER,
                "H1,331126101,黄田镇,LEAVE,Y,,N,INCOME_ABOVE_CEILING,Y,N");
        // membership stays the stored settlement's (H1 a member on both contract dates), never the draft list's.
        // L2024, BUSINESS: 2025-01-01..12-31 = 365 days × 50,000 = 18,250,000.00
        //   current (basis 360, fiscal cap 1.8): fiscal 912.50, province 730.00, county 182.50, bank 1115.28,
        //   saving 18,250,000 × 4 / 100 / 360 = 2027.777… → 2027.78
        //   draft (basis 365, fiscal cap 1.5, province 0.75): fiscal 18,250,000 × 1.5 / 100 / 365 = 750.00;
        //   saving 18,250,000 × 4 / 100 / 365 = 2000.00; bank 1250.00; province 562.50; county 187.50
        // L2025, EMPLOYMENT (the worked example, 25,720,000.00): current 1286.00 / 1028.80 / 257.20 / 1571.78 /
        //   2857.78; draft fiscal 385,800 / 365 = 1056.986… → 1056.99, saving 1,028,800 / 365 = 2818.630… →
        //   2818.63, bank 1761.64, province 1056.99 × 0.75 = 792.7425 → 792.74, county 264.25
        assertThat(Files.readAllLines(dir.resolve("subsidy.csv"))).containsExactly(SUBSIDY_HEADER,
                "331126101,黄田镇,BUSINESS,1,1,18250000.00,18250000.00,912.50,750.00,730.00,562.50,182.50,187.50,"
                        + "1115.28,1250.00,2027.78,2000.00",
                "331126101,黄田镇,EMPLOYMENT,1,1,25720000.00,25720000.00,1286.00,1056.99,1028.80,792.74,257.20,"
                        + "264.25,1571.78,1761.64,2857.78,2818.63",
                "TOTAL,,,2,2,43970000.00,43970000.00,2198.50,1806.99,1758.80,1355.24,439.70,451.75,2687.06,"
                        + "3011.64,4885.56,4818.63");
        assertThat(fingerprint(kz)).isEqualTo(before);
        try (Workbook wb = WorkbookFactory.create(dir.resolve("simulation.xlsx").toFile())) {
            Row leave = find(wb.getSheet("进出名单"), "LEAVE");
            assertThat(leave.getCell(1).getStringCellValue()).isEqualTo("H1");
            assertThat(leave.getCell(4).getStringCellValue()).isEqualTo("赵*");
            assertThat(leave.getCell(5).getStringCellValue()).isEqualTo(
                    ListBuildIT.H1_HEAD.substring(0, 6) + "********" + ListBuildIT.H1_HEAD.substring(14));
            Row total = find(wb.getSheet("贴息测算"), "合计");
            assertThat(total.getCell(11).getNumericCellValue()).as("fiscal difference 1806.99 − 2198.50")
                    .isEqualTo(-391.51, org.assertj.core.data.Offset.offset(1e-9));
            Row ceiling = find(wb.getSheet("参数"), "household_income_ceiling");
            assertThat(ceiling.getCell(3).getStringCellValue()).isEqualTo("changed");
            Row floor = find(wb.getSheet("参数"), "dibao_monthly_standard");
            assertThat(floor.getCell(3).getStringCellValue()).isEmpty();
        }

        // a second run of the same name replaces the folder whole
        Files.copy(POLICY, home.resolve("same.yml"));
        assertThat(kz.run("list", "simulate", "--as-of", "2025-01-10", "--draft", home.resolve("same.yml").toString(),
                "--name", "ceiling-50k").exitCode()).isZero();
        assertThat(Files.readAllLines(dir.resolve("moves.csv"))).containsExactly(MOVES_HEADER);
        try (Stream<Path> aside = Files.list(home.resolve("data/simulation-tmp"))) {
            assertThat(aside).isEmpty();
        }
    }

    @Test
    void usageAndDataErrorsExitAsSpecifiedAndWriteNothing() throws Exception {
        Kz kz = listed(false);
        Path bad = home.resolve("bad.yml");
        List<String> lines = new ArrayList<>(Files.readAllLines(POLICY));
        int at = lines.indexOf(lines.stream().filter(l -> l.contains("vehicle_price_limit")).findFirst().orElseThrow());
        lines.set(at, "    vehicle_price_limit: many");
        Files.write(bad, lines);

        Kz.Result invalid = kz.run("list", "simulate", "--as-of", "2025-01-10", "--draft", bad.toString());
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).contains("bad.yml").contains("line " + (at + 1));

        Path draft = home.resolve("draft.yml");
        Files.copy(POLICY, draft);
        Kz.Result name = kz.run("list", "simulate", "--as-of", "2025-01-10", "--draft", draft.toString(),
                "--name", "../x");
        assertThat(name.exitCode()).isEqualTo(2);
        assertThat(kz.run("list", "simulate", "--as-of", "2025-01-10", "--draft", draft.toString(), "--name",
                "a".repeat(41)).exitCode()).isEqualTo(2);
        assertThat(kz.run("list", "simulate", "--as-of", "2025-01-10").exitCode()).isEqualTo(2);
        assertThat(kz.run("list", "simulate", "--as-of", LocalDate.now().plusDays(1).toString(), "--draft",
                draft.toString()).exitCode()).isEqualTo(2);
        Kz.Result noSet = kz.run("list", "simulate", "--as-of", "2023-06-01", "--draft", draft.toString());
        assertThat(noSet.exitCode()).as(noSet.all()).isEqualTo(2);

        Kz.Result noVersion = kz.run("list", "simulate", "--as-of", "2024-12-01", "--draft", draft.toString(),
                "--name", "none");
        assertThat(noVersion.exitCode()).isEqualTo(1);
        assertThat(noVersion.err()).contains("no list version in force on 2024-12-01: run kz list build first");
        assertThat(Files.exists(home.resolve("out/simulation"))).isFalse();
    }

    @Test
    void aKilledSimulationLeavesNoFolderAndNoJobToRestart() throws Exception {
        assumeThat(KilledChild.jarBuilt()).as("the packaged jar (run through mvn verify)").isTrue();
        Trees.copy(Path.of("sample-data/inbox"), home.resolve("inbox"));
        Kz kz = Kz.at(home, TestDatabase.H2);
        assertThat(kz.run("ingest").exitCode()).isZero();
        assertThat(kz.run("list", "build", "--as-of", "2025-06-15").exitCode()).isZero();
        Path draft = home.resolve("draft.yml");
        Files.copy(POLICY, draft);

        KilledChild.killWhen(home, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i"
                + " ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'listSimulateJob'"
                + " AND e.STATUS = 'STARTED'", "list", "simulate", "--as-of", "2025-06-15", "--draft",
                draft.toString(), "--name", "killed");

        assertThat(home.resolve("out/simulation/killed")).doesNotExist();
        Kz.Result status = kz.run("status");
        assertThat(status.out()).doesNotContain("Failed runs not yet completed");
        Kz.Result build = kz.run("list", "build", "--as-of", "2025-06-15");
        assertThat(build.exitCode()).as(build.all()).isZero();
        assertThat(build.out()).doesNotContain("restart of failed job instance");
        Kz.Result again = kz.run("list", "simulate", "--as-of", "2025-06-15", "--draft", draft.toString(),
                "--name", "killed");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).doesNotContain("restart of failed job instance");
        assertThat(Files.readAllLines(home.resolve("out/simulation/killed/moves.csv"))).containsExactly(MOVES_HEADER);
    }

    private static final String VISITS = "household_no,visit_date,unit,visitor_code,verdict,reason_code,industry,"
            + "financing_need,note,valid_until";

    /** H4 (excluded by its car of 300,000.00) visited on 2025-01-05: INCLUDE, its asset data wrong. */
    private static void visitIncludingH4(TestInbox inbox) {
        inbox.delivery("visits/20250110").file("visits.csv", List.of(VISITS,
                "H4,2025-01-05,331126101,V1,INCLUDE,ASSET_DATA_WRONG,A,NONE,,")).complete();
    }

    @Test
    void aVisitHoldingAHouseholdTheDraftsDataWouldIncludeIsDataOnlyAndTheCategoriesAreCounted() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        TestInbox inbox = new TestInbox(home);
        ListBuildIT.firstDelivery(inbox, "20250110");
        visitIncludingH4(inbox);
        assertThat(kz.run("ingest").exitCode()).isZero();
        Kz.Result built = kz.run("list", "build", "--as-of", "2025-01-10");
        assertThat(built.exitCode()).as(built.all()).isZero();
        // H4's car of 300,000.00 is within a limit of 400,000.00: the draft's data includes it, the visit already did
        Path draft = home.resolve("cars.yml");
        Files.writeString(draft, Files.readString(POLICY)
                .replace("vehicle_price_limit: 200000.00 ", "vehicle_price_limit: 400000.00 "));

        Kz.Result r = kz.run("list", "simulate", "--as-of", "2025-01-10", "--draft", draft.toString(),
                "--name", "cars");

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.all()).doesNotContain("differ");
        Path dir = home.resolve("out/simulation/cars");
        assertThat(Files.readAllLines(dir.resolve("moves.csv"))).containsExactly(MOVES_HEADER,
                "H4,331126101,黄田镇,DATA_ONLY,Y,,Y,,N,Y");
        // 家庭分类: the included households (H1, H3, H4) by primary_category as target-list.csv of the build says,
        // the same on both sides (the draft changes no category parameter and no final decision)
        java.util.Map<String, Integer> primary = new java.util.TreeMap<>();
        List<String> list = Files.readAllLines(home.resolve("out/list/2025-01-10/target-list.csv"));
        List<String> header = List.of(list.get(0).split(",", -1));
        for (String line : list.subList(1, list.size())) {
            String[] f = line.split(",", -1);
            if ("Y".equals(f[header.indexOf("included")])) {
                primary.merge(f[header.indexOf("primary_category")], 1, Integer::sum);
            }
        }
        assertThat(primary.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        try (Workbook wb = WorkbookFactory.create(dir.resolve("simulation.xlsx").toFile())) {
            Sheet sheet = wb.getSheet("家庭分类");
            // long layout: a row per township (合计 first) and code; columns 当前 (5), 模拟 (6), 差额 (7)
            List<String> order = CategoryCounts.PRIMARY;
            for (int i = 0; i < order.size(); i++) {
                int expected = primary.getOrDefault(order.get(i), 0);
                Row total = categoryRow(sheet, "合计", order.get(i));
                Row township = categoryRow(sheet, "331126101", order.get(i));
                assertThat(total.getCell(5).getNumericCellValue()).as("current " + order.get(i))
                        .isEqualTo(expected);
                assertThat(total.getCell(6).getNumericCellValue()).as("draft " + order.get(i))
                        .isEqualTo(expected);
                assertThat(township.getCell(5).getNumericCellValue()).isEqualTo(expected);
                assertThat(total.getCell(6).getCellFormula()).startsWith("SUMIFS(");
                assertThat(total.getCell(7).getNumericCellValue()).as("difference " + order.get(i)).isZero();
            }
            // every SUMIFS total and difference holds the value the formula computes (over the township blocks)
            var ev = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        assertThat(c.getNumericCellValue()).as(c.getAddress() + " " + c.getCellFormula())
                                .isEqualTo(ev.evaluate(c).getNumberValue());
                        formulas++;
                    }
                }
            }
            assertThat(formulas).isGreaterThan(CategoryCounts.columnKeys().size() * 2);
            Row visits = find(wb.getSheet("说明"), "数据快照 visits");
            assertThat(visits.getCell(1).getStringCellValue()).contains("20250110/visits.csv");
        }
    }

    @Test
    void visitsDeliveredAfterTheBuildDifferAndAreNamedInTheWarning() throws Exception {
        Kz kz = listed(false);
        visitIncludingH4(new TestInbox(home));
        assertThat(kz.run("ingest").exitCode()).isZero();
        Path draft = home.resolve("same.yml");
        Files.copy(POLICY, draft);

        Kz.Result r = kz.run("list", "simulate", "--as-of", "2025-01-10", "--draft", draft.toString(),
                "--name", "visits");

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.all()).contains("the snapshots of visits differ");
        Path dir = home.resolve("out/simulation/visits");
        // the version excluded H4 by its car; the draft side considers the visit: included, its data still N
        assertThat(Files.readAllLines(dir.resolve("moves.csv"))).containsExactly(MOVES_HEADER,
                "H4,331126101,黄田镇,ENTER,N,VEHICLE,Y,,N,N");
        try (Workbook wb = WorkbookFactory.create(dir.resolve("simulation.xlsx").toFile())) {
            find(wb.getSheet("说明"), "数据快照 visits（不同）");
        }
    }

    @Test
    void changingThePolicyFileAfterTheBuildAndTheSettlementLeavesTheCurrentSideAsRecorded() throws Exception {
        Kz kz = listed(false);
        assertThat(kz.run("settle", "--year", "2025").exitCode()).isZero();
        // the county edits the set in force afterwards (against the advice of policy.yml): the version and the
        // settlement keep the values they used
        Path edited = home.resolve("edited-policy.yml");
        Files.writeString(edited, Files.readString(POLICY)
                .replace("household_income_ceiling: 100000.00", "household_income_ceiling: 50000.00")
                .replace("province_share: 0.80 ", "province_share: 0.75 "));
        Path draft = home.resolve("same.yml");
        Files.copy(POLICY, draft);

        Kz.Result r = kz.run("--policy", edited.toString(), "list", "simulate", "--as-of", "2025-01-10",
                "--draft", draft.toString(), "--name", "edited");

        assertThat(r.exitCode()).as(r.all()).isZero();
        Path dir = home.resolve("out/simulation/edited");
        assertThat(Files.readAllLines(dir.resolve("moves.csv"))).containsExactly(MOVES_HEADER);
        try (Workbook wb = WorkbookFactory.create(dir.resolve("simulation.xlsx").toFile())) {
            Row ceiling = find(wb.getSheet("参数"), "household_income_ceiling");
            assertThat(ceiling.getCell(1).getStringCellValue()).isEqualTo("100000.00");
            assertThat(ceiling.getCell(3).getStringCellValue()).isEmpty();
            Row province = find(wb.getSheet("参数"), "province_share");
            assertThat(province.getCell(1).getStringCellValue()).isEqualTo("0.80");
            assertThat(province.getCell(3).getStringCellValue()).isEmpty();
        }
        assertThat(r.all()).doesNotContain("stored before");
    }

    @Test
    void aVersionStoredBeforeProfilesAndRecordedPolicySetsFallsBackWithWarnings() throws Exception {
        Kz kz = listed(false);
        // what a version built before profile.md and before V9 left: no profile, no policy set, no visits files
        kz.jdbi().useHandle(h -> {
            for (String t : List.of("kz_list_version_profile", "kz_list_version_policy", "kz_list_visit_file")) {
                h.execute("DELETE FROM " + t);
            }
            for (long v : kuozhong.testing.VersionTables.stored(kz.jdbi())) {
                h.execute("DELETE FROM " + kuozhong.household.jdbc.VersionTable.PROFILE.of(v));
            }
        });
        Path draft = home.resolve("same.yml");
        Files.copy(POLICY, draft);

        Kz.Result r = kz.run("list", "simulate", "--as-of", "2025-01-10", "--draft", draft.toString(),
                "--name", "old");

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.all()).contains("stored no profile").contains("stored before versions recorded their policy set")
                .contains("the snapshots of visits differ");
        Path dir = home.resolve("out/simulation/old");
        // current_data_included = current_included: equal to the draft's data decisions (no visit): no row
        assertThat(Files.readAllLines(dir.resolve("moves.csv"))).containsExactly(MOVES_HEADER);
        try (Workbook wb = WorkbookFactory.create(dir.resolve("simulation.xlsx").toFile())) {
            Sheet sheet = wb.getSheet("家庭分类");
            Row total = categoryRow(sheet, "合计", "BUSINESS");
            assertThat(total.getCell(5).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(total.getCell(6).getCellFormula()).startsWith("SUMIFS(");
            boolean note = false;
            for (Row row : sheet) {
                Cell c = row.getCell(0);
                note |= c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && c.getStringCellValue().contains("未存家庭画像");
            }
            assertThat(note).isTrue();
        }
    }

    /** The 家庭分类 row of primary_category {@code code} of a township (code in column 0) or of 合计 (column 1). */
    private static Row categoryRow(Sheet sheet, String townshipOrTotal, String code) {
        for (Row row : sheet) {
            Cell kind = row.getCell(2);
            Cell c = row.getCell(3);
            if (kind == null || c == null || kind.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
                    || !"主分类".equals(kind.getStringCellValue()) || !code.equals(c.getStringCellValue())) {
                continue;
            }
            Cell t = row.getCell("合计".equals(townshipOrTotal) ? 1 : 0);
            if (t != null && townshipOrTotal.equals(t.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + townshipOrTotal + " " + code + " in " + sheet.getSheetName());
    }

    private static Row find(Sheet sheet, String firstOrSecondCell) {
        for (Row row : sheet) {
            for (int c = 0; c < 2; c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(firstOrSecondCell)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row " + firstOrSecondCell + " in " + sheet.getSheetName());
    }

    /** A digest of what a simulation must not touch: stored lists and settlements, their files, build and settle runs. */
    private String fingerprint(Kz kz) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (long v : kuozhong.testing.VersionTables.stored(kz.jdbi())) {
            for (var t : kuozhong.household.jdbc.VersionTable.values()) {
                for (Object[] row : kuozhong.testing.VersionTables.rows(kz.jdbi(), t, v)) {
                    String text = v + " " + t + " " + java.util.Arrays.deepToString(row);
                    sha.update(text.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        kz.jdbi().useHandle(h -> {
            for (String sql : List.of(
                    "SELECT * FROM kz_list_version ORDER BY version_id",
                    "SELECT * FROM kz_list_snapshot ORDER BY version_id, source",
                    "SELECT * FROM kz_settlement ORDER BY settlement_id",
                    "SELECT * FROM kz_settlement_detail ORDER BY settlement_id, loan_no",
                    "SELECT * FROM kz_settlement_exception ORDER BY settlement_id, loan_no",
                    "SELECT * FROM kz_settlement_loan ORDER BY settlement_id, loan_no",
                    "SELECT i.JOB_NAME, e.JOB_EXECUTION_ID, e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i"
                            + " ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID WHERE i.JOB_NAME <> 'listSimulateJob'"
                            + " ORDER BY e.JOB_EXECUTION_ID")) {
                h.createQuery(sql).mapToMap().forEach(row -> sha.update(row.toString().getBytes(StandardCharsets.UTF_8)));
            }
        });
        for (String folder : List.of("out/list", "out/settlement")) {
            Path root = home.resolve(folder);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    sha.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(f));
                    sha.update(Files.getLastModifiedTime(f).toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

}
