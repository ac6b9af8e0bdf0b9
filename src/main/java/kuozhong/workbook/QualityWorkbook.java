package kuozhong.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kuozhong.common.AtomicFiles;
import kuozhong.workbook.Sheets.Column;
import kuozhong.workbook.Sheets.Emphasis;
import kuozhong.workbook.Sheets.Kind;

/**
 * {@code out/ingest/quality.xlsx}, for the big-data centre: sheet 数据质量 (a row per source and delivery:
 * records, rejected, reject rate against the limit, the top reject reasons, records against the previous delivery
 * of the same source, a drop above the threshold in red) and sheet 记录数趋势 (a small chart per source of its
 * records over deliveries). Counts and codes only.
 */
public final class QualityWorkbook {
    static final String QUALITY = "数据质量";
    static final String TRENDS = "记录数趋势";
    /** 生成时间, to the second (always with its seconds: LocalDateTime.toString leaves out ":00"). */
    private static final java.time.format.DateTimeFormatter GENERATED_AT =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    /** Columns of 数据质量: records in column F (5). */
    static final int DELIVERY_COLUMN = 2;
    static final int RECORDS_COLUMN = 6;

    private static final Map<String, String> SOURCE_NAMES = Map.of(
            "person", "户籍人口（公安）", "vehicle", "车辆（公安）", "assistance", "社会救助（民政）",
            "marriage", "婚姻登记（民政）", "social_insurance", "社会保险（人社）", "real_estate", "不动产（自然资源）",
            "provident_fund", "住房公积金（公积金中心）");

    private static final Map<String, String> REASONS = Map.of(
            "WRONG_FIELD_COUNT", "字段个数不对", "MISSING_FIELD", "必填字段为空", "BAD_ID", "身份证号无效",
            "BAD_DATE", "日期无效", "BAD_NUMBER", "数字无效", "BAD_CODE", "代码不在取值范围", "BAD_RANGE", "数值超出范围",
            "INCONSISTENT", "字段相互矛盾", "DUPLICATE_KEY", "主键重复", "UNKNOWN_LOAN", "贷款不存在");

    private final QualityWorkbookData data;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Sheets sheets = new Sheets(wb, true);

    private QualityWorkbook(QualityWorkbookData data) {
        this.data = data;
    }

    public static void write(QualityWorkbookData data, Path target) throws IOException {
        QualityWorkbook q = new QualityWorkbook(data);
        try (XSSFWorkbook wb = q.wb) {
            q.quality();
            q.trends();
            wb.setActiveSheet(0);
            AtomicFiles.write(target, false, wb::write);
        }
    }

    private void quality() {
        List<Column> columns = List.of(Column.code("数据来源", 16), Column.text("来源名称", 18), Column.code("交付批次", 12),
                Column.of("快照日期", Kind.DATE), Column.text("状态", 8), Column.of("清单行数", Kind.INTEGER),
                Column.of("记录数", Kind.INTEGER), Column.of("拒收数", Kind.INTEGER), Column.of("拒收率", Kind.PERCENT),
                Column.of("拒收率上限", Kind.PERCENT), Column.text("主要拒收原因", 34),
                Column.of("上次记录数", Kind.INTEGER), Column.of("较上次变化", Kind.PERCENT), Column.text("提示", 30));
        Sheet sheet = sheets.table(QUALITY, 0, columns);
        int[] widths = columns.stream().mapToInt(Column::width).toArray();
        int r = 1;
        for (QualityWorkbookData.Row q : data.rows()) {
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, q.source());
            sheets.text(row, 1, SOURCE_NAMES.getOrDefault(q.source(), ""));
            sheets.code(row, 2, q.delivery());
            sheets.date(row, 3, q.deliveryDate());
            boolean failed = !"LOADED".equals(q.state());
            sheets.text(row, 4, failed ? "失败" : "已入库", failed ? Emphasis.FAIL : Emphasis.NONE);
            sheets.integer(row, 5, q.manifestRows());
            sheets.integer(row, 6, q.records());
            sheets.integer(row, 7, q.rejected());
            sheets.number(row, 8, Kind.PERCENT, q.rejectRate(), q.overRejectLimit() ? Emphasis.FAIL : Emphasis.NONE);
            sheets.number(row, 9, Kind.PERCENT, data.rejectLimit(), Emphasis.NONE);
            String reasons = q.topReasons().entrySet().stream()
                    .map(e -> e.getKey() + " " + REASONS.getOrDefault(e.getKey(), "") + " " + e.getValue())
                    .collect(Collectors.joining("\n"));
            sheets.text(row, 10, reasons);
            if (q.previousRecords() == null) {
                sheets.text(row, 11, "首次交付");
                sheets.blank(row, 12, Emphasis.NONE);
            } else {
                sheets.integer(row, 11, q.previousRecords());
                sheets.number(row, 12, Kind.PERCENT, q.change(), q.dropAlert() ? Emphasis.FAIL : Emphasis.NONE);
            }
            List<String> notes = new ArrayList<>();
            if (q.dropAlert()) {
                notes.add("记录数比上次减少超过" + percent(data.dropThreshold()) + "，请向部门核实");
            }
            if (q.overRejectLimit()) {
                notes.add("拒收率超过上限，文件未入库");
            } else if (failed) {
                notes.add("文件未入库（见 kz status 与日志）");
            }
            sheets.text(row, 13, String.join("\n", notes), notes.isEmpty() ? Emphasis.NONE : Emphasis.FAIL);
            RowHeights.fit(row, widths, null, null, null, null, null, null, null, null, null, null, reasons, null, null,
                    String.join("\n", notes));
        }
        if (r > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, columns.size() - 1));
        }
        Row note = sheet.createRow(r + 1);
        sheets.note(note, 0, "生成时间 " + GENERATED_AT.format(data.generatedAt()) + "。拒收率上限 "
                + percent(data.rejectLimit()) + "（超过则整个文件不入库）；记录数较上次同一来源的交付减少超过 "
                + percent(data.dropThreshold()) + " 标红（设置：jobs/kz.env 的 KZ_RECORD_DROP_ALERT）。");
    }

    /** A chart per source: its records over deliveries, from the rows of 数据质量. Two charts a row. */
    private void trends() {
        XSSFSheet sheet = wb.createSheet(TRENDS);
        sheets.note(sheet.createRow(0), 0, "各来源每批交付的记录数（数据见“数据质量”表）");
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        Map<String, int[]> bySource = new LinkedHashMap<>();    // source → first and last row in 数据质量
        for (int i = 0; i < data.rows().size(); i++) {
            int rowIndex = i + 1;
            bySource.computeIfAbsent(data.rows().get(i).source(), s -> new int[] {rowIndex, rowIndex})[1] = rowIndex;
        }
        int n = 0;
        for (Map.Entry<String, int[]> s : bySource.entrySet()) {
            int first = s.getValue()[0];
            int last = s.getValue()[1];
            List<QualityWorkbookData.Row> rows = data.rows().subList(first - 1, last);
            int top = 2 + (n / 2) * 18;
            int left = (n % 2) * 8;
            if (n > 0 && n % 4 == 0) {
                sheet.setRowBreak(top - 2);       // two rows of charts a page, none cut by a page break
            }
            n++;
            Charts.line(sheet, new Charts.Place(left, top, left + 8, top + 16),
                    s.getKey() + " " + SOURCE_NAMES.getOrDefault(s.getKey(), ""),
                    new Charts.Cells(QUALITY, DELIVERY_COLUMN, first, last),
                    rows.stream().map(QualityWorkbookData.Row::delivery).toArray(String[]::new),
                    List.of(new Charts.Series("记录数", new Charts.Cells(QUALITY, RECORDS_COLUMN, first, last),
                            rows.stream().map(q -> (double) q.records()).toArray(Double[]::new))),
                    "#,##0");
        }
        for (int c = 0; c < 16; c++) {
            sheet.setColumnWidth(c, 10 * 256);
        }
        // the charts are the content: print them all (a print range from the cells would hold row 0 only)
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, 16, 0, 2 + ((n + 1) / 2) * 18);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
