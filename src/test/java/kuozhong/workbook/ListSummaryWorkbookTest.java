package kuozhong.workbook;

import static kuozhong.workbook.WorkbookChecks.assertCachedValuesMatchEvaluation;
import static kuozhong.workbook.WorkbookChecks.assertNoFullIdentity;
import static kuozhong.workbook.WorkbookChecks.assertTableLayout;
import static kuozhong.workbook.WorkbookChecks.format;
import static kuozhong.workbook.WorkbookChecks.row;
import static kuozhong.workbook.WorkbookChecks.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.common.Townships;
import kuozhong.workbook.ListSummaryData.ChangeCountRow;
import kuozhong.workbook.ListSummaryData.SnapshotRow;
import kuozhong.workbook.ListSummaryData.TownshipRow;

class ListSummaryWorkbookTest {
    private static final String SHA_A = "a3f1c2d4e5b6a7980c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b";
    private static final String SHA_B = "b3f1c2d4e5b6a7980c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3c";

    @TempDir
    Path dir;

    /** Two townships of the 19 with households: 濛洲街道 (001) and 黄田镇 (101). */
    static ListSummaryData sample() {
        Map<String, Integer> reasons = new LinkedHashMap<>();
        reasons.put("ASSISTANCE_DIBAO", 3);
        reasons.put("ASSISTANCE_DIBIAN", 0);
        reasons.put("ASSISTANCE_TEKUN", 0);
        reasons.put("INCOME_ABOVE_CEILING", 5);
        reasons.put("PROPERTY_RESIDENTIAL", 0);
        reasons.put("PROPERTY_COMMERCIAL", 0);
        reasons.put("VEHICLE", 1);
        reasons.put("INCOME_BELOW_FLOOR", 2);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("household_income_ceiling", "100000.00");
        params.put("dibao_monthly_standard", "1140.00");
        params.put("max_snapshot_age_days", "45");
        return new ListSummaryData(
                LocalDate.of(2025, 3, 15), LocalDate.of(2025, 2, 15), LocalDate.of(2024, 1, 1), 45,
                List.of(
                        // out of code order on purpose
                        new TownshipRow("331126101", 6, 2, 4, 7, Map.of("INCOME_ABOVE_CEILING", 3, "VEHICLE", 1)),
                        new TownshipRow("331126001", 20, 13, 7, 40,
                                Map.of("ASSISTANCE_DIBAO", 3, "INCOME_ABOVE_CEILING", 2, "INCOME_BELOW_FLOOR", 2))),
                reasons,
                List.of(new ChangeCountRow("331126001", 4, 1, 1), new ChangeCountRow("331126101", 2, 0, 0)),
                List.of(new SnapshotRow("persons", "2025-03-10-gongan", SHA_A, LocalDate.of(2025, 3, 10)),
                        new SnapshotRow("vehicles", "2025-01-05-gongan", SHA_B, LocalDate.of(2025, 1, 5))),
                params,
                // a warning that carries an identity number by mistake: must come out masked
                List.of("人员 330726199001011234 户号重复，已跳过"));
    }

    @Test
    void writesSixSheetsWithChineseHeadersAndLayout() throws Exception {
        Path file = dir.resolve("list-summary.xlsx");
        ListSummaryWorkbook.write(sample(), file);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(sheetNames(wb)).containsExactly("汇总", "按乡镇", "排除原因", "名单变动", "数据快照", "政策参数");
            assertTableLayout(wb.getSheet("汇总"), 1);
            for (String name : List.of("按乡镇", "排除原因", "名单变动", "数据快照", "政策参数")) {
                assertTableLayout(wb.getSheet(name), 0);
            }
            assertThat(row(wb.getSheet("按乡镇"), 0)).containsExactly("乡镇代码", "乡镇(街道)", "评估户数", "纳入户数",
                    "排除户数", "纳入人数", "低保家庭", "低边家庭", "特困家庭", "家庭年可支配收入超过10万元", "住房超过规定套数",
                    "非住宅房产面积超标", "拥有高价值非营运小汽车", "人均收入低于低保边缘标准");
            assertThat(row(wb.getSheet("名单变动"), 0)).containsExactly("乡镇代码", "乡镇(街道)", "新增", "移出", "户销");
            assertThat(row(wb.getSheet("排除原因"), 0)).containsExactly("原因代码", "排除原因（首要原因）", "户数", "占排除户数比例");
            assertThat(row(wb.getSheet("数据快照"), 0))
                    .containsExactly("数据来源", "交付批次", "SHA-256", "快照日期", "快照天数", "提示");
            assertThat(row(wb.getSheet("政策参数"), 1)).containsExactly("household_income_ceiling", "100000.00");
        }
    }

    @Test
    void summarySheetCountsAndMaskedWarning() throws Exception {
        Path file = dir.resolve("list-summary.xlsx");
        ListSummaryWorkbook.write(sample(), file);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = wb.getSheet("汇总");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("扩中家庭名单汇总（2025-03-15）");
            Cell asOf = s.getRow(2).getCell(1);
            assertThat(DateUtil.isCellDateFormatted(asOf)).isTrue();
            assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 15));
            assertThat(format(asOf)).isEqualTo("yyyy-mm-dd");
            assertThat(row(s, 5)).containsExactly("参与评估户数", "26");
            assertThat(row(s, 6)).containsExactly("纳入名单户数", "15");
            assertThat(row(s, 7)).containsExactly("排除户数", "11");
            assertThat(row(s, 8)).containsExactly("纳入名单人数", "47");
            assertThat(row(s, 9)).containsExactly("提示", "人员 330726********1234 户号重复，已跳过");
            // vehicles snapshot of 2025-01-05 is 69 days old on 2025-03-15
            assertThat(row(s, 10).get(1)).startsWith("数据快照超过45天：vehicles");
            assertNoFullIdentity(wb);
        }
    }

    @Test
    void townshipSheetListsAllTownshipsInCodeOrderWithSumFormulas() throws Exception {
        Path file = dir.resolve("list-summary.xlsx");
        ListSummaryWorkbook.write(sample(), file);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = wb.getSheet("按乡镇");
            assertThat(row(s, 1).subList(0, 6)).containsExactly("331126001", "濛洲街道", "20", "13", "7", "40");
            assertThat(row(s, 2).subList(0, 3)).containsExactly("331126002", "松源街道", "0");
            Row t101 = findRow(s, "331126101");
            assertThat(row(s, t101.getRowNum()).subList(1, 14)).containsExactly("黄田镇", "6", "2", "4", "7",
                    "0", "0", "0", "3", "0", "0", "1", "0");
            // 19 townships, then the total
            Row total = s.getRow(20);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            Cell evaluated = total.getCell(2);
            assertThat(evaluated.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(evaluated.getCellFormula()).isEqualTo("SUM(C2:C20)");
            assertThat(evaluated.getNumericCellValue()).isEqualTo(26.0);
            assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(5.0); // INCOME_ABOVE_CEILING 2 + 3
            assertThat(format(evaluated)).isEqualTo("#,##0");
            assertCachedValuesMatchEvaluation(wb);
        }
    }

    @Test
    void reasonChangeAndSnapshotSheets() throws Exception {
        Path file = dir.resolve("list-summary.xlsx");
        ListSummaryWorkbook.write(sample(), file);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet reasons = wb.getSheet("排除原因");
            assertThat(row(reasons, 1)).containsExactly("ASSISTANCE_DIBAO", "低保家庭", "3", "27.27%");
            assertThat(row(reasons, 9)).containsExactly("合计", "", "11", "100.00%");

            Sheet changes = wb.getSheet("名单变动");
            assertThat(row(changes, 1)).containsExactly("331126001", "濛洲街道", "4", "1", "1");
            assertThat(row(changes, 20)).containsExactly("合计", "", "6", "1", "1");

            Sheet snaps = wb.getSheet("数据快照");
            assertThat(row(snaps, 1)).containsExactly("persons", "2025-03-10-gongan", SHA_A, "2025-03-10", "5", "");
            assertThat(row(snaps, 2)).containsExactly("vehicles", "2025-01-05-gongan", SHA_B, "2025-01-05", "69",
                    "超过45天");
            assertThat(snaps.getRow(2).getCell(5).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.RED.getIndex());
            assertCachedValuesMatchEvaluation(wb);
        }
    }

    @Test
    void refusesInconsistentTownshipCounts() {
        assertThatThrownBy(() -> new TownshipRow("331126001", 5, 3, 1, 6, Map.of("VEHICLE", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evaluated");
        assertThatThrownBy(() -> new TownshipRow("331126001", 5, 3, 2, 6, Map.of("VEHICLE", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("primary reasons");
    }

    @Test
    void replacesAnEarlierFileAndLeavesNoPartFile() throws Exception {
        Path file = dir.resolve("list-summary.xlsx");
        Files.writeString(file, "old");
        ListSummaryWorkbook.write(sample(), file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(6);
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void categorySheetIsLongEnoughToPrintLegiblyAndKeepsEveryFigure() throws Exception {
        List<String> primary = List.of("BUSINESS", "EMPLOYMENT", "FARMER", "SAFETY_NET", "UNCLASSIFIED", "UNKNOWN");
        List<String> categories = List.of("BUSINESS", "EMPLOYMENT", "FARMER", "SAFETY_NET");
        List<String> labels = List.of("BUSINESS_OPERATOR", "SCHOOL_AGE_MEMBER", "HIGH_MEDICAL_SELF_PAY", "NO_OWN_HOME",
                "EMPLOYEE");
        // township 101: 3 included (2 FARMER, 1 BUSINESS), 102: 2 included (1 SAFETY_NET, 1 UNKNOWN); total 5
        ProfileSummaryData.CategoryRow t101 = new ProfileSummaryData.CategoryRow("331126101", 3,
                Map.of("FARMER", 2, "BUSINESS", 1), Map.of("FARMER", 3, "BUSINESS", 1), Map.of("NO_OWN_HOME", 1));
        ProfileSummaryData.CategoryRow t102 = new ProfileSummaryData.CategoryRow("331126102", 2,
                Map.of("SAFETY_NET", 1, "UNKNOWN", 1), Map.of("SAFETY_NET", 1), Map.of("EMPLOYEE", 2));
        ProfileSummaryData.CategoryRow total = new ProfileSummaryData.CategoryRow("", 5,
                Map.of("FARMER", 2, "BUSINESS", 1, "SAFETY_NET", 1, "UNKNOWN", 1),
                Map.of("FARMER", 3, "BUSINESS", 1, "SAFETY_NET", 1), Map.of("NO_OWN_HOME", 1, "EMPLOYEE", 2));
        ProfileSummaryData profile = new ProfileSummaryData(primary, categories, labels, List.of(t101, t102, total),
                List.of("medical"), List.of());
        Path file = dir.resolve("list-summary.xlsx");
        ListSummaryWorkbook.write(sample(), profile, file);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = wb.getSheet("家庭分类");
            assertTableLayout(sheet, 0);
            // six columns instead of 3 + 15: fits A4 landscape one page wide at a legible size
            assertThat(row(sheet, 0)).containsExactly("乡镇代码", "乡镇(街道)", "类型", "代码", "中文", "户数");
            // 合计 block first: included, then the primary categories in profile.md's order
            assertThat(row(sheet, 1)).containsExactly("", "合计", "纳入户数", "", "纳入户数", "5");
            assertThat(row(sheet, 2).subList(1, 4)).containsExactly("合计", "主分类", "BUSINESS");
            int block = 1 + primary.size() + categories.size() + labels.size() + 1; // rows per block, blank included
            assertThat(row(sheet, 1 + block)).containsExactly("331126101", Townships.name("331126101"), "纳入户数", "",
                    "纳入户数", "3");
            assertThat(row(sheet, 1 + 2 * block).get(5)).isEqualTo("2");
            for (ProfileSummaryData.CategoryRow t : List.of(total, t101, t102)) {
                int first = 1 + (t == total ? 0 : t == t101 ? block : 2 * block);
                int r = first + 1;
                for (String c : primary) {
                    assertThat(row(sheet, r++)).endsWith("主分类", c, kuozhong.common.ReasonText.of(c),
                            String.valueOf(t.byPrimary().getOrDefault(c, 0)));
                }
                for (String c : categories) {
                    assertThat(row(sheet, r++)).endsWith("含分类", c, kuozhong.common.ReasonText.of(c),
                            String.valueOf(t.byCategory().getOrDefault(c, 0)));
                }
                for (String c : labels) {
                    assertThat(row(sheet, r++)).endsWith("含标识", c, kuozhong.common.ReasonText.of(c),
                            String.valueOf(t.byLabel().getOrDefault(c, 0)));
                }
            }
            assertThat(findRow(sheet, "缺少的可选数据源").getCell(1).getStringCellValue()).startsWith("medical");
        }
    }

    static Row findRow(Sheet s, String firstCell) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(firstCell)) {
                return r;
            }
        }
        throw new AssertionError("no row " + firstCell + " in " + s.getSheetName());
    }
}
