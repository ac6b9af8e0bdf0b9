package kuozhong.workbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kuozhong.workbook.Sheets.Emphasis;

/**
 * The charts of list-summary.xlsx, each under the table it draws: included and excluded households by
 * township (按乡镇), and the households included in every stored version over time (汇总, with the small table
 * it draws).
 */
final class ListSummaryCharts {
    /** Rows a chart takes (about 7 cm at the default row height: it fits a landscape page under the table). */
    static final int CHART_ROWS = 15;

    /** One township's bars. */
    record Township(String name, int included, int excluded) {
    }

    private final XSSFWorkbook wb;
    private final Sheets sheets;

    ListSummaryCharts(XSSFWorkbook wb, Sheets sheets) {
        this.wb = wb;
        this.sheets = sheets;
    }

    /**
     * A column chart under the table of 按乡镇 (header row 0, a row per township from row 1, then 合计):
     * its names (column B), 纳入户数 (D) and 排除户数 (E).
     */
    void includedAndExcludedByTownship(String sheetName, List<Township> townships) {
        if (townships.isEmpty()) {
            return;
        }
        XSSFSheet sheet = wb.getSheet(sheetName);
        int first = 1;
        int last = townships.size();
        int top = sheet.getLastRowNum() + 2;
        int width = Math.max(8, Math.min(12, sheet.getRow(0).getLastCellNum()));
        Charts.bar(sheet, new Charts.Place(0, top, width, top + CHART_ROWS), "各乡镇（街道）纳入与排除户数",
                new Charts.Cells(sheetName, 1, first, last), townships.stream().map(Township::name).toArray(String[]::new),
                List.of(new Charts.Series("纳入户数", new Charts.Cells(sheetName, 3, first, last),
                                townships.stream().map(t -> (double) t.included()).toArray(Double[]::new)),
                        new Charts.Series("排除户数", new Charts.Cells(sheetName, 4, first, last),
                                townships.stream().map(t -> (double) t.excluded()).toArray(Double[]::new))),
                false, false, "#,##0", null);
    }

    /**
     * Under the items of 汇总: a table 名单日期 / 纳入户数 of every stored version (this one included, its own
     * count replacing a stored one of the same date), and a line chart of it.
     */
    void includedByVersion(String sheetName, LocalDate asOf, long included, List<IncludedByVersion> history) {
        Map<LocalDate, Long> points = new TreeMap<>();
        history.forEach(v -> points.put(v.asOf(), (long) v.householdsIncluded()));
        points.put(asOf, included);

        XSSFSheet sheet = wb.getSheet(sheetName);
        int header = sheet.getLastRowNum() + 2;
        Row row = sheet.createRow(header);
        sheets.text(row, 0, "名单版本（日期）", Emphasis.TOTAL);
        sheets.text(row, 1, "纳入名单户数", Emphasis.TOTAL);
        int r = header + 1;
        String[] dates = new String[points.size()];
        Double[] counts = new Double[points.size()];
        int i = 0;
        for (Map.Entry<LocalDate, Long> p : points.entrySet()) {
            row = sheet.createRow(r++);
            sheets.code(row, 0, p.getKey().toString());
            sheets.integer(row, 1, p.getValue());
            dates[i] = p.getKey().toString();
            counts[i++] = (double) p.getValue();
        }
        int top = r + 1;
        Charts.line(sheet, new Charts.Place(0, top, 2, top + CHART_ROWS), "各版本纳入名单户数",
                new Charts.Cells(sheetName, 0, header + 1, r - 1), dates,
                List.of(new Charts.Series("纳入名单户数", new Charts.Cells(sheetName, 1, header + 1, r - 1), counts)),
                "#,##0");
    }
}
