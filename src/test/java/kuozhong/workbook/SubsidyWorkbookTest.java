package kuozhong.workbook;

import static kuozhong.workbook.WorkbookChecks.assertCachedValuesMatchEvaluation;
import static kuozhong.workbook.WorkbookChecks.assertNoFullIdentity;
import static kuozhong.workbook.WorkbookChecks.assertTableLayout;
import static kuozhong.workbook.WorkbookChecks.format;
import static kuozhong.workbook.WorkbookChecks.row;
import static kuozhong.workbook.WorkbookChecks.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.workbook.SubsidyWorkbookData.CheckRow;
import kuozhong.workbook.SubsidyWorkbookData.DetailRow;
import kuozhong.workbook.SubsidyWorkbookData.ExceptionRow;
import kuozhong.workbook.SubsidyWorkbookData.SummaryRow;
import kuozhong.workbook.SubsidyWorkbookData.Targets;

class SubsidyWorkbookTest {
    @TempDir
    Path dir;

    private XSSFWorkbook wb;

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /**
     * 濛洲街道 (331126001): BUSINESS 2 households / 2 loans, FARMER 1 household / 1 loan, one household
     * having both, so the township has 2 distinct households. 黄田镇 (331126101): EMPLOYMENT, 1 loan.
     * The BUSINESS figures are the worked example of settlement.md. Given out of order on purpose.
     */
    static SubsidyWorkbookData sample() {
        List<SummaryRow> summary = List.of(
                new SummaryRow("331126101", "黄田镇", "EMPLOYMENT", 1, 1, d("0.01"), d("0.01"), d("3.65"),
                        d("0.00"), d("0.00"), d("0.00"), d("0.00"), d("0.00")),
                new SummaryRow("331126001", "濛洲街道", "FARMER", 1, 1, d("200.20"), d("1000.00"), d("360000.00"),
                        d("18.00"), d("14.40"), d("3.60"), d("22.00"), d("40.00")),
                new SummaryRow("331126001", "濛洲街道", "BUSINESS", 2, 2, d("100.10"), d("60000.00"),
                        d("25720000.00"), d("1286.00"), d("1028.80"), d("257.20"), d("1571.78"), d("2857.78")));
        List<DetailRow> details = List.of(
                new DetailRow("L2025002", "H0002", "331126001", "濛洲街道", "331126198203021234", "JINGYING", "BUSINESS",
                        LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28), d("100000.00"), d("3.50"), d("7.50"),
                        d("1.80"), d("2.20"), 306, d("25720000.00"), d("60000.00"), d("1286.00"), d("1028.80"),
                        d("257.20"), d("1571.78"), d("2857.78"), List.of()),
                new DetailRow("L2025001", "H0001", "331126001", "濛洲街道", "33112619800101123X", "ANJU", "FARMER",
                        LocalDate.of(2024, 11, 1), LocalDate.of(2025, 12, 1), d("200.20"), d("3.45"), d("5.45"),
                        d("1.80"), d("0.20"), 334, d("360000.00"), d("1000.00"), d("18.00"), d("14.40"), d("3.60"),
                        d("22.00"), d("40.00"), List.of("OVERDUE")));
        List<ExceptionRow> exceptions = List.of(new ExceptionRow("L2025009", "331126197001011236", "OTHER", "FARMER",
                LocalDate.of(2025, 6, 1), d("50000.00"), List.of("NOT_SERIES_PRODUCT", "RATE_ABOVE_CAP")));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("household_rate_cap", "3.5");
        params.put("fiscal_subsidy_cap", "1.8");
        params.put("province_share", "0.80");
        return new SubsidyWorkbookData(2025, summary, Map.of("331126001", 2, "331126101", 1), 3, details,
                exceptions,
                new Targets(d("61000.01"), d("150000000.00"), d("1500000.00"), d("3000000.00"), "2024–2025"),
                List.of(new CheckRow("明细合计 = 汇总合计", true, "财政贴息 1304.00 = 1304.00"),
                        new CheckRow("台账文件 sha256 与清单一致", false, "loans.csv: 期望 ab12…, 实际 cd34…")),
                params, "2026-01-15-bank", LocalDateTime.of(2026, 1, 20, 9, 30, 5));
    }

    @BeforeEach
    void write() throws Exception {
        Path file = dir.resolve(SubsidyWorkbook.fileName(2025));
        SubsidyWorkbook.write(sample(), file);
        assertThat(file.getFileName().toString()).isEqualTo("subsidy-2025.xlsx");
        wb = new XSSFWorkbook(Files.newInputStream(file));
    }

    @Test
    void sixSheetsWithLayoutAndNoFullIdentity() {
        assertThat(sheetNames(wb)).containsExactly("汇总表", "明细表", "不予贴息清单", "目标完成情况", "数据校验", "参数");
        assertTableLayout(wb.getSheet("汇总表"), 2);
        for (String name : List.of("不予贴息清单", "目标完成情况", "数据校验", "参数")) {
            assertTableLayout(wb.getSheet(name), 0);
        }
        // 明细表 prints on A3 (WorkbookChartsTest): the rest of its layout as the others
        Sheet detail = wb.getSheet("明细表");
        detail.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        assertTableLayout(detail, 0);
        assertNoFullIdentity(wb);
    }

    @Test
    void summaryTitleHeadersAndRowsInTownshipAndCategoryOrder() {
        Sheet s = wb.getSheet("汇总表");
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("庆元县扩中家庭贷款贴息申请汇总表（2025年度）");
        assertThat(s.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:L1"));
        assertThat(row(s, 2)).containsExactly("乡镇(街道)", "贷款类别", "户数", "笔数", "合同金额", "年末余额", "积数", "财政贴息",
                "省级承担", "县级承担", "银行让利", "家庭节省利息");
        assertThat(row(s, 3)).containsExactly("濛洲街道", "经营类", "2", "2", "100.10", "60,000.00", "25,720,000.00",
                "1,286.00", "1,028.80", "257.20", "1,571.78", "2,857.78");
        assertThat(row(s, 4).subList(0, 5)).containsExactly("濛洲街道", "农户类", "1", "1", "200.20");
        assertThat(row(s, 5).subList(0, 5)).containsExactly("濛洲街道", "小计", "2", "3", "300.30");
        assertThat(row(s, 6).subList(0, 5)).containsExactly("黄田镇", "就业类", "1", "1", "0.01");
        assertThat(row(s, 7).subList(0, 5)).containsExactly("黄田镇", "小计", "1", "1", "0.01");
        assertThat(row(s, 8)).containsExactly("合计", "", "3", "4", "300.31", "61,000.01", "26,080,003.65",
                "1,304.00", "1,043.20", "260.80", "1,593.78", "2,897.78");
        assertThat(format(s.getRow(3).getCell(4))).isEqualTo("#,##0.00");
        assertThat(format(s.getRow(3).getCell(2))).isEqualTo("#,##0");
    }

    @Test
    void summaryTotalsAreSumFormulasWithCorrectCachedValues() {
        Sheet s = wb.getSheet("汇总表");
        Cell subtotal = s.getRow(5).getCell(4);
        assertThat(subtotal.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(subtotal.getCellFormula()).isEqualTo("SUM(E4:E5)");
        assertThat(subtotal.getNumericCellValue()).isEqualTo(300.30); // 100.10 + 200.20
        Cell grand = s.getRow(8).getCell(4);
        assertThat(grand.getCellFormula()).isEqualTo("SUM(E6,E8)");
        assertThat(grand.getNumericCellValue()).isEqualTo(300.31); // 100.10 + 200.20 + 0.01
        assertThat(s.getRow(8).getCell(3).getCellFormula()).isEqualTo("SUM(D6,D8)");
        assertThat(s.getRow(8).getCell(3).getNumericCellValue()).isEqualTo(4.0);
        assertThat(s.getRow(8).getCell(7).getNumericCellValue()).isEqualTo(1304.00); // 1286.00 + 18.00 + 0.00
        // households: distinct values, not SUMs (2 + 1 category households would double count one)
        assertThat(s.getRow(5).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(s.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(2.0);
        assertThat(s.getRow(8).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(s.getRow(8).getCell(2).getNumericCellValue()).isEqualTo(3.0);
        assertCachedValuesMatchEvaluation(wb);
    }

    @Test
    void detailRowsMaskedWithDatesAndTotal() {
        Sheet s = wb.getSheet("明细表");
        assertThat(row(s, 0)).containsExactly("贷款编号", "户号", "乡镇代码", "乡镇(街道)", "借款人身份证号", "贷款产品", "贷款类别",
                "合同起始日", "到期日", "合同金额", "执行利率(%)", "参考利率(%)", "贴息利率(%)", "让利利率(%)", "计息天数", "积数",
                "年末余额", "财政贴息", "省级承担", "县级承担", "银行让利", "家庭节省利息", "标记");
        // sorted by loan number
        assertThat(row(s, 1)).containsExactly("L2025001", "H0001", "331126001", "濛洲街道", "331126********123X",
                "共富安居贷", "农户类", "2024-11-01", "2025-12-01", "200.20", "3.45", "5.45", "1.80", "0.20", "334",
                "360,000.00", "1,000.00", "18.00", "14.40", "3.60", "22.00", "40.00", "逾期（到期后不计贴息）");
        assertThat(row(s, 2).get(4)).isEqualTo("331126********1234");
        Cell contract = s.getRow(2).getCell(7);
        assertThat(DateUtil.isCellDateFormatted(contract)).isTrue();
        assertThat(format(contract)).isEqualTo("yyyy-mm-dd");
        assertThat(contract.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        Row total = s.getRow(3);
        assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计（2笔）");
        assertThat(total.getCell(17).getCellFormula()).isEqualTo("SUM(R2:R3)");
        assertThat(total.getCell(17).getNumericCellValue()).isEqualTo(1304.00);
        assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) s).getCTWorksheet().getAutoFilter()).isNotNull();
    }

    @Test
    void exceptionsWithCodesAndChineseReasons() {
        Sheet s = wb.getSheet("不予贴息清单");
        assertThat(row(s, 0)).containsExactly("贷款编号", "借款人身份证号", "贷款产品", "贷款类别", "合同起始日", "合同金额", "原因代码",
                "不予贴息原因");
        assertThat(row(s, 1)).containsExactly("L2025009", "331126********1236", "非共富系列产品", "农户类", "2025-06-01",
                "50,000.00", "NOT_SERIES_PRODUCT；RATE_ABOVE_CAP", "非共富系列产品；执行利率高于3.5%");
    }

    @Test
    void targetsWithPercentReached() {
        Sheet s = wb.getSheet("目标完成情况");
        assertThat(row(s, 0)).containsExactly("指标", "口径", "目标", "完成", "完成率");
        assertThat(row(s, 1)).containsExactly("2025年末新增贷款余额", "明细表年末余额合计（2025年度）", "150,000,000.00",
                "61,000.01", "0.04%");
        assertThat(row(s, 2)).containsExactly("累计减少家庭利息支出", "各已结算年度家庭节省利息累计（2024–2025）", "3,000,000.00",
                "1,500,000.00", "50.00%");
        Cell pct = s.getRow(2).getCell(4);
        assertThat(pct.getCellFormula()).isEqualTo("IF(C3=0,0,D3/C3)");
        assertThat(pct.getNumericCellValue()).isEqualTo(0.5);
        assertThat(format(pct)).isEqualTo("0.00%");
    }

    @Test
    void checksFailInRed() {
        Sheet s = wb.getSheet("数据校验");
        assertThat(row(s, 0)).containsExactly("校验项", "结果", "说明");
        assertThat(row(s, 1)).containsExactly("明细合计 = 汇总合计", "PASS", "财政贴息 1304.00 = 1304.00");
        assertThat(row(s, 2).subList(0, 2)).containsExactly("台账文件 sha256 与清单一致", "FAIL");
        assertThat(s.getRow(2).getCell(1).getCellStyle().getFillForegroundColor())
                .isEqualTo(IndexedColors.RED.getIndex());
        assertThat(s.getRow(1).getCell(1).getCellStyle().getFillForegroundColor())
                .isNotEqualTo(IndexedColors.RED.getIndex());
    }

    @Test
    void parametersLedgerAndRunTime() {
        Sheet s = wb.getSheet("参数");
        assertThat(row(s, 0)).containsExactly("参数", "名称", "单位", "值");
        assertThat(row(s, 1)).containsExactly("结算年度", "结算年度", "年", "2025");
        assertThat(row(s, 2)).containsExactly("household_rate_cap", "家庭承担利率上限", "%/年", "3.5");
        assertThat(row(s, 5)).containsExactly("台账交付批次", "银行台账交付批次", "", "2026-01-15-bank");
        Cell run = s.getRow(6).getCell(3);
        assertThat(run.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 1, 20, 9, 30, 5));
        assertThat(format(run)).isEqualTo("yyyy-mm-dd hh:mm:ss");
    }

    @Test
    void emptyYearStillHasAGrandTotal() throws Exception {
        Path file = dir.resolve("subsidy-2024.xlsx");
        SubsidyWorkbook.write(new SubsidyWorkbookData(2024, List.of(), Map.of(), 0, List.of(), List.of(),
                new Targets(BigDecimal.ZERO, null, BigDecimal.ZERO, null, null), List.of(), Map.of(), "d",
                LocalDateTime.of(2025, 1, 10, 8, 0)), file);
        try (XSSFWorkbook empty = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = empty.getSheet("汇总表");
            assertThat(row(s, 3).subList(0, 5)).containsExactly("合计", "", "0", "0", "0.00");
            assertThat(row(empty.getSheet("目标完成情况"), 1).get(4)).isEqualTo("未设目标");
            assertCachedValuesMatchEvaluation(empty);
        }
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        wb.close();
    }
}
