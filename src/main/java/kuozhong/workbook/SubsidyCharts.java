package kuozhong.workbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import kuozhong.workbook.Sheets.Emphasis;
import kuozhong.workbook.Sheets.Kind;

/**
 * The charts of the audit workbook, each under the table it draws: on 汇总表 the fiscal subsidy of each township
 * split into province and county shares (stacked columns over a small table that refers to the township
 * subtotals), on 目标完成情况 the share of each target reached.
 *
 * <p>The workbook is streamed: a chart goes into the drawing of the sheet's underlying {@code XSSFSheet}, which
 * the streamed sheet keeps when it is written; the chart's values are passed in, its cells only named.
 */
final class SubsidyCharts {
    static final int CHART_ROWS = 20;
    static final String SUBSIDY_TITLE = "各乡镇（街道）财政贴息（省级、县级承担）";
    static final String PROGRESS_TITLE = "目标完成率";
    /** The columns of 省级承担 and 县级承担 in 汇总表 (I and J). */
    static final int PROVINCE = 8;
    static final int COUNTY = 9;

    /** A township's subtotal row of 汇总表 (zero-based) and its shares. */
    record Township(String name, int subtotalRow, BigDecimal provinceShare, BigDecimal countyShare) {
    }

    private final SXSSFWorkbook wb;
    private final Sheets sheets;

    SubsidyCharts(SXSSFWorkbook wb, Sheets sheets) {
        this.wb = wb;
        this.sheets = sheets;
    }

    /**
     * From row {@code top} of 汇总表: a table 乡镇 (column A) / 省级承担 / 县级承担 (columns I and J, under the
     * table's) whose cells are formulas on the township subtotals, and under it the stacked column chart of it.
     */
    void subsidyByTownship(Sheet sheet, int top, List<Township> townships) {
        if (townships.isEmpty()) {
            return;
        }
        String name = sheet.getSheetName();
        // printed on a page of its own, so that the chart is never cut by a page break
        sheet.setRowBreak(top - 1);
        Row caption = sheet.createRow(top);
        sheets.note(caption, 0, "图表数据：各乡镇（街道）财政贴息的省级、县级承担（取自上表小计）");
        Row header = sheet.createRow(top + 1);
        sheets.text(header, 0, "乡镇(街道)", Emphasis.TOTAL);
        sheets.text(header, PROVINCE, "省级承担", Emphasis.TOTAL);
        sheets.text(header, COUNTY, "县级承担", Emphasis.TOTAL);
        int first = top + 2;
        int r = first;
        for (Township t : townships) {
            Row row = sheet.createRow(r++);
            sheets.text(row, 0, t.name());
            // under the columns they come from, 省级承担 (I) and 县级承担 (J)
            sheets.formula(row, PROVINCE, Kind.AMOUNT, "I" + (t.subtotalRow() + 1), t.provinceShare(), Emphasis.NONE);
            sheets.formula(row, COUNTY, Kind.AMOUNT, "J" + (t.subtotalRow() + 1), t.countyShare(), Emphasis.NONE);
        }
        int last = r - 1;
        int chartTop = r + 1;
        Charts.bar(underlying(sheet), new Charts.Place(0, chartTop, 8, chartTop + CHART_ROWS), SUBSIDY_TITLE,
                new Charts.Cells(name, 0, first, last), townships.stream().map(Township::name).toArray(String[]::new),
                List.of(new Charts.Series("省级承担", new Charts.Cells(name, PROVINCE, first, last),
                                townships.stream().map(t -> t.provinceShare().doubleValue()).toArray(Double[]::new)),
                        new Charts.Series("县级承担", new Charts.Cells(name, COUNTY, first, last),
                                townships.stream().map(t -> t.countyShare().doubleValue()).toArray(Double[]::new))),
                true, false, "#,##0", null);
    }

    /**
     * From row {@code top} of 目标完成情况 (whose table has the indicators in A2:A3 and 完成率 in E2:E3): a bar
     * per indicator, the axis up to 100 % or to the largest share reached. Nothing when no target is set.
     */
    void progress(Sheet sheet, int top, List<String> indicators, List<BigDecimal> reached) {
        if (reached.stream().allMatch(Objects::isNull)) {
            return;
        }
        String name = sheet.getSheetName();
        Double[] values = reached.stream().map(b -> b == null ? 0.0 : b.doubleValue()).toArray(Double[]::new);
        double max = 1.0;
        for (Double v : values) {
            max = Math.max(max, Math.ceil(v * 4) / 4);   // up to the next quarter above the largest share
        }
        Charts.bar(underlying(sheet), new Charts.Place(0, top, 5, top + CHART_ROWS), PROGRESS_TITLE,
                new Charts.Cells(name, 0, 1, indicators.size()), indicators.toArray(String[]::new),
                List.of(new Charts.Series("完成率", new Charts.Cells(name, 4, 1, indicators.size()), values)),
                false, true, "0%", max);
    }

    private XSSFSheet underlying(Sheet sheet) {
        return wb.getXSSFWorkbook().getSheet(sheet.getSheetName());
    }
}
