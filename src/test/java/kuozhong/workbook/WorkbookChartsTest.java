package kuozhong.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;

import kuozhong.workbook.SubsidyWorkbookData.CheckRow;

/**
 * The native charts of list-summary.xlsx and of the audit workbook read back with POI (count, kind, series,
 * values, cells, and an anchor below the table), and the print fixes of the audit workbook (issue 11 item 4,
 * issue 8 item 9).
 */
class WorkbookChartsTest {
    @TempDir
    Path dir;

    @Test
    void auditWorkbookStacksProvinceAndCountySharesByTownshipAndShowsProgress() throws Exception {
        try (XSSFWorkbook wb = subsidy(SubsidyWorkbookTest.sample())) {
            XSSFSheet summary = wb.getSheet("汇总表");
            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XDDFBarChartData bar = (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
            assertThat(bar.getBarGrouping()).isEqualTo(BarGrouping.STACKED);
            assertThat(bar.getBarDirection()).isEqualTo(BarDirection.COL);
            assertThat(titles(charts.get(0))).containsExactly("省级承担", "县级承担");
            assertThat(charts.get(0).getTitleText().getString()).isEqualTo(SubsidyCharts.SUBSIDY_TITLE);
            XDDFChartData.Series province = bar.getSeries(0);
            XDDFChartData.Series county = bar.getSeries(1);
            assertThat(categories(province)).containsExactly("濛洲街道", "黄田镇");
            // 濛洲街道: province 1028.80 (BUSINESS) + 14.40 (FARMER) = 1043.20; county 257.20 + 3.60 = 260.80;
            // 黄田镇: 0.00 and 0.00
            assertThat(values(province)).containsExactly(1043.20, 0.0);
            assertThat(values(county)).containsExactly(260.80, 0.0);
            // the series name their cells: the chart table under 汇总表, columns I and J, whose cells refer to
            // the township subtotals (rows 6 and 8 of the sheet: 濛洲街道 has two category rows, 黄田镇 one)
            String ref = province.getValuesData().getDataRangeReference();
            assertThat(ref).startsWith("汇总表!$I$");
            int firstDataRow = Integer.parseInt(ref.replaceAll(".*\\$I\\$(\\d+):.*", "$1")) - 1;
            assertThat(summary.getRow(firstDataRow).getCell(8).getCellFormula()).isEqualTo("I6");
            assertThat(summary.getRow(firstDataRow + 1).getCell(8).getCellFormula()).isEqualTo("I8");
            assertThat(summary.getRow(firstDataRow + 1).getCell(9).getNumericCellValue()).isEqualTo(0.0);
            // below the table (grand total in row 9, its note in row 11): never over it
            int totalRow = rowOf(summary, "合计");
            assertThat(anchor(summary).getRow1()).isGreaterThan(firstDataRow + 1).isGreaterThan(totalRow + 2);

            XSSFSheet targets = wb.getSheet("目标完成情况");
            List<XSSFChart> progress = targets.getDrawingPatriarch().getCharts();
            assertThat(progress).hasSize(1);
            XDDFBarChartData reached = (XDDFBarChartData) progress.get(0).getChartSeries().get(0);
            assertThat(reached.getBarDirection()).isEqualTo(BarDirection.BAR);
            assertThat(categories(reached.getSeries(0))).containsExactly("2025年末新增贷款余额", "累计减少家庭利息支出");
            // 61000.01 / 150000000.00 = 0.000406667; 1500000.00 / 3000000.00 = 0.5
            assertThat(values(reached.getSeries(0)).get(0)).isCloseTo(0.000406667, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(values(reached.getSeries(0)).get(1)).isEqualTo(0.5);
            assertThat(reached.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("目标完成情况!$E$2:$E$3");
            assertThat(anchor(targets).getRow1()).isGreaterThan(2);

            for (String other : List.of("明细表", "不予贴息清单", "数据校验", "参数")) {
                assertThat(wb.getSheet(other).getDrawingPatriarch()).as(other).isNull();
            }
        }
    }

    @Test
    void noProgressChartWithoutTargets() throws Exception {
        SubsidyWorkbookData s = SubsidyWorkbookTest.sample();
        SubsidyWorkbookData none = new SubsidyWorkbookData(s.year(), s.summary(), s.townshipHouseholds(),
                s.totalHouseholds(), s.details(), s.exceptions(),
                new SubsidyWorkbookData.Targets(BigDecimal.ONE, null, BigDecimal.ONE, null, null), s.checks(),
                s.parameters(), s.ledgerDelivery(), s.runTime());
        try (XSSFWorkbook wb = subsidy(none)) {
            assertThat(wb.getSheet("目标完成情况").getDrawingPatriarch()).isNull();
            assertThat(wb.getSheet("汇总表").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void checkRowsAreAsHighAsTheirWrappedExplanation() throws Exception {
        SubsidyWorkbookData s = SubsidyWorkbookTest.sample();
        // 说明 is 60 digits wide: 150 CJK characters are 300 digits, 300 / 59 → 6 lines (5.08 rounded up)
        String longDetail = "使用的名单版本".repeat(21) + "明细";
        SubsidyWorkbookData data = new SubsidyWorkbookData(s.year(), s.summary(), s.townshipHouseholds(),
                s.totalHouseholds(), s.details(), s.exceptions(), s.targets(),
                List.of(new CheckRow("明细合计 = 汇总合计", true, "财政贴息 1304.00 = 1304.00"),
                        new CheckRow("使用的名单版本", true, longDetail),
                        new CheckRow("多行说明", false, "第一行\n第二行\n第三行")),
                s.parameters(), s.ledgerDelivery(), s.runTime());
        try (XSSFWorkbook wb = subsidy(data)) {
            Sheet checks = wb.getSheet("数据校验");
            assertThat(longDetail.length()).isEqualTo(149);
            // 149 CJK = 298 digits over 59 usable → 6 lines of 15.5 pt + 3
            assertThat(checks.getRow(2).getHeightInPoints()).isEqualTo(6 * 15.5f + 3f);
            assertThat(checks.getRow(3).getHeightInPoints()).isEqualTo(3 * 15.5f + 3f);
            assertThat(checks.getRow(1).getHeightInPoints()).isEqualTo(15.5f + 3f);
            assertThat(checks.getRow(2).getCell(2).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void parametersShowKeyChineseLabelUnitAndValueNothingCutOff() throws Exception {
        SubsidyWorkbookData s = SubsidyWorkbookTest.sample();
        Map<String, String> params = new LinkedHashMap<>(s.parameters());
        params.put("targets.2025.cumulative_interest_reduction", "3000000.00");
        params.put("some_new_parameter", "7");
        SubsidyWorkbookData data = new SubsidyWorkbookData(s.year(), s.summary(), s.townshipHouseholds(),
                s.totalHouseholds(), s.details(), s.exceptions(), s.targets(), s.checks(), params,
                s.ledgerDelivery(), s.runTime());
        try (XSSFWorkbook wb = subsidy(data)) {
            Sheet p = wb.getSheet("参数");
            assertThat(WorkbookChecks.row(p, 0)).containsExactly("参数", "名称", "单位", "值");
            assertThat(WorkbookChecks.row(p, 1)).containsExactly("结算年度", "结算年度", "年", "2025");
            assertThat(WorkbookChecks.row(p, 2)).containsExactly("household_rate_cap", "家庭承担利率上限", "%/年", "3.5");
            assertThat(WorkbookChecks.row(p, 4)).containsExactly("province_share", "财政贴息中省级承担比例（其余县级承担）",
                    "比例", "0.80");
            assertThat(WorkbookChecks.row(p, 5)).containsExactly("targets.2025.cumulative_interest_reduction",
                    "2025年末累计减少家庭利息支出目标", "元", "3000000.00");
            assertThat(WorkbookChecks.row(p, 6).get(0)).isEqualTo("some_new_parameter");
            assertThat(WorkbookChecks.row(p, 7)).containsExactly("台账交付批次", "银行台账交付批次", "", "2026-01-15-bank");
            assertThat(p.getRow(8).getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 1, 20, 9, 30, 5));
            // the key column is wider than the longest key (43 characters): nothing cut off
            assertThat(p.getColumnWidth(0)).isGreaterThanOrEqualTo(43 * 256);
            for (int c = 1; c <= 3; c++) {
                int width = p.getColumnWidth(c) / 256;
                for (int r = 1; r <= 8; r++) {
                    String v = WorkbookChecks.row(p, r).get(c);
                    int lines = RowHeights.lines(v, width);
                    assertThat(p.getRow(r).getHeightInPoints()).as("row %d column %d", r, c)
                            .isGreaterThanOrEqualTo(lines * RowHeights.LINE_POINTS);
                }
            }
        }
    }

    @Test
    void detailPrintsLandscapeOverManyPagesWithItsHeaderOnEach() throws Exception {
        try (XSSFWorkbook wb = subsidy(SubsidyWorkbookTest.sample())) {
            Sheet detail = wb.getSheet("明细表");
            PrintSetup ps = detail.getPrintSetup();
            assertThat(ps.getLandscape()).isTrue();
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).as("as many pages down as needed").isZero();
            assertThat(detail.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            // A3: 23 columns fitted to an A4 width print at about 5 points
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A3_PAPERSIZE);
            int digits = 0;
            for (int c = 0; c < 23; c++) {
                digits += detail.getColumnWidth(c) / 256;
            }
            // A3 landscape holds about 190 digits at 100 %: the columns must print at 65 % or more (7 points)
            assertThat(190.0 / digits).isGreaterThanOrEqualTo(0.65);
            assertThat(detail.getRow(0).getHeightInPoints()).as("three lines of header").isEqualTo(48f);
            // a row whose flags are wider than their column is as high as their lines
            assertThat(detail.getColumnWidth(22) / 256).isGreaterThanOrEqualTo(24);
        }
    }

    @Test
    void listSummaryBarsByTownshipAndALineOfIncludedHouseholdsPerVersion() throws Exception {
        Path file = dir.resolve("list-summary.xlsx");
        ListSummaryData data = ListSummaryWorkbookTest.sample();
        ListSummaryWorkbook.write(data, List.of(new IncludedByVersion(LocalDate.of(2025, 1, 10), 12),
                new IncludedByVersion(LocalDate.of(2025, 2, 15), 14),
                // a stored version of this date: this build's count (2 + 13 = 15) replaces it
                new IncludedByVersion(LocalDate.of(2025, 3, 15), 99),
                new IncludedByVersion(LocalDate.of(2025, 6, 1), 17)), file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet byTownship = wb.getSheet("按乡镇");
            List<XSSFChart> charts = byTownship.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XDDFBarChartData bar = (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
            assertThat(bar.getBarGrouping()).isEqualTo(BarGrouping.CLUSTERED);
            assertThat(titles(charts.get(0))).containsExactly("纳入户数", "排除户数");
            List<String> townships = categories(bar.getSeries(0));
            assertThat(townships).hasSize(19).startsWith("濛洲街道").contains("黄田镇");
            assertThat(values(bar.getSeries(0)).get(0)).isEqualTo(13.0);
            assertThat(values(bar.getSeries(1)).get(0)).isEqualTo(7.0);
            assertThat(values(bar.getSeries(0)).get(townships.indexOf("黄田镇"))).isEqualTo(2.0);
            assertThat(values(bar.getSeries(1)).get(townships.indexOf("黄田镇"))).isEqualTo(4.0);
            assertThat(bar.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("按乡镇!$D$2:$D$20");
            assertThat(bar.getSeries(1).getValuesData().getDataRangeReference()).isEqualTo("按乡镇!$E$2:$E$20");
            assertThat(anchor(byTownship).getRow1()).isGreaterThan(rowOf(byTownship, "合计"));

            XSSFSheet summary = wb.getSheet("汇总");
            List<XSSFChart> lines = summary.getDrawingPatriarch().getCharts();
            assertThat(lines).hasSize(1);
            XDDFLineChartData line = (XDDFLineChartData) lines.get(0).getChartSeries().get(0);
            assertThat(categories(line.getSeries(0))).containsExactly("2025-01-10", "2025-02-15", "2025-03-15", "2025-06-01");
            assertThat(values(line.getSeries(0))).containsExactly(12.0, 14.0, 15.0, 17.0);
            int header = rowOf(summary, "名单版本（日期）");
            assertThat(header).isGreaterThan(rowOf(summary, "纳入名单人数"));
            assertThat(WorkbookChecks.row(summary, header + 3)).containsExactly("2025-03-15", "15");
            assertThat(anchor(summary).getRow1()).isGreaterThan(header + 4);
            // the six sheets stay as they were
            assertThat(WorkbookChecks.sheetNames(wb)).containsExactly("汇总", "按乡镇", "排除原因", "名单变动", "数据快照", "政策参数");
        }
    }

    private XSSFWorkbook subsidy(SubsidyWorkbookData data) throws Exception {
        Path file = dir.resolve("subsidy-" + System.nanoTime() + ".xlsx");
        SubsidyWorkbook.write(data, file);
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    private static XSSFClientAnchor anchor(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        for (XSSFShape shape : drawing.getShapes()) {
            if (shape instanceof XSSFGraphicFrame frame) {
                return (XSSFClientAnchor) frame.getAnchor();
            }
        }
        throw new AssertionError("no chart frame on " + sheet.getSheetName());
    }

    private static int rowOf(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && firstCell.equals(row.getCell(0).toString())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(firstCell + " not in " + sheet.getSheetName());
    }

    private static List<String> titles(XSSFChart chart) {
        List<String> out = new ArrayList<>();
        var plot = chart.getCTChart().getPlotArea();
        for (var b : plot.getBarChartList()) {
            b.getSerList().forEach(s -> out.add(text(s.getTx())));
        }
        for (var l : plot.getLineChartList()) {
            l.getSerList().forEach(s -> out.add(text(s.getTx())));
        }
        return out;
    }

    private static String text(CTSerTx tx) {
        return tx.isSetV() ? tx.getV() : tx.getStrRef().getStrCache().getPtArray(0).getV();
    }

    private static List<String> categories(XDDFChartData.Series s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.getCategoryData().getPointCount(); i++) {
            out.add(String.valueOf(s.getCategoryData().getPointAt(i)));
        }
        return out;
    }

    private static List<Double> values(XDDFChartData.Series s) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < s.getValuesData().getPointCount(); i++) {
            out.add(s.getValuesData().getPointAt(i).doubleValue());
        }
        return out;
    }
}
