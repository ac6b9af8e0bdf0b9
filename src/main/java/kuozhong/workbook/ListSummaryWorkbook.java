package kuozhong.workbook;

import static kuozhong.workbook.Sheets.col;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kuozhong.common.AtomicFiles;
import kuozhong.common.Townships;
import kuozhong.household.Change;
import kuozhong.workbook.ListSummaryData.ChangeCountRow;
import kuozhong.workbook.ListSummaryData.SnapshotRow;
import kuozhong.workbook.ListSummaryData.TownshipRow;
import kuozhong.workbook.Sheets.Column;
import kuozhong.workbook.Sheets.Emphasis;
import kuozhong.workbook.Sheets.Kind;

/**
 * {@code list-summary.xlsx}: the list version in figures for finance staff (target-list.md, "Outputs").
 * Sheets 汇总, 按乡镇, 排除原因, 名单变动, 数据快照, 政策参数. It holds counts only; any free text that
 * looks like an identity number is masked all the same.
 */
public final class ListSummaryWorkbook {
    static final String SUMMARY = "汇总";
    static final String BY_TOWNSHIP = "按乡镇";
    static final String REASONS = "排除原因";
    static final String CHANGES = "名单变动";
    static final String SNAPSHOTS = "数据快照";
    static final String PARAMETERS = "政策参数";

    private final ListSummaryData data;
    private final List<IncludedByVersion> history;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Sheets sheets = new Sheets(wb, true);

    private ListSummaryWorkbook(ListSummaryData data, List<IncludedByVersion> history) {
        this.data = data;
        this.history = List.copyOf(history);
    }

    /** Writes the workbook to {@code target}, replacing any earlier file only once it is complete. */
    public static void write(ListSummaryData data, Path target) throws IOException {
        write(data, null, List.of(), target);
    }

    /** With the line of included households over the stored versions, without the profile sheets. */
    public static void write(ListSummaryData data, List<IncludedByVersion> history, Path target) throws IOException {
        write(data, null, history, target);
    }

    /** With the two sheets of profile.md, the line showing this version alone. */
    public static void write(ListSummaryData data, ProfileSummaryData profile, Path target) throws IOException {
        write(data, profile, List.of(), target);
    }

    /**
     * @param profile the two sheets of profile.md (家庭分类, 走访情况), added after the others when given
     * @param history households included in every stored version (in force), for the line chart on 汇总;
     *                empty: the line shows this version alone
     */
    public static void write(ListSummaryData data, ProfileSummaryData profile, List<IncludedByVersion> history,
            Path target) throws IOException {
        ListSummaryWorkbook w = new ListSummaryWorkbook(data, history);
        try (XSSFWorkbook wb = w.build()) {
            if (profile != null) {
                ProfileSummarySheets.add(w.sheets, profile);
            }
            AtomicFiles.write(target, false, wb::write);
        }
    }

    XSSFWorkbook build() {
        summary();
        byTownship();
        reasons();
        changes();
        snapshots();
        parameters();
        charts();
        wb.setActiveSheet(0);
        return wb;
    }

    /** The charts, under the tables they draw (ListSummaryCharts). */
    private void charts() {
        ListSummaryCharts charts = new ListSummaryCharts(wb, sheets);
        charts.includedAndExcludedByTownship(BY_TOWNSHIP, townshipRows().stream()
                .map(t -> new ListSummaryCharts.Township(townshipName(t.townshipCode()), t.included(), t.excluded()))
                .toList());
        charts.includedByVersion(SUMMARY, data.asOf(), sum(townshipRows(), TownshipRow::included), history);
    }

    private void summary() {
        Sheet sheet = sheets.table(SUMMARY, 1, List.of(Column.text("项目", 24), Column.text("值", 60)));
        sheets.title(sheet, 0, "扩中家庭名单汇总（" + data.asOf().format(DateTimeFormatter.ISO_LOCAL_DATE) + "）", 1);
        int r = 2;
        Row row = label(sheet, r++, "名单日期");
        sheets.date(row, 1, data.asOf());
        row = label(sheet, r++, "上一版本日期");
        if (data.previousAsOf() == null) {
            sheets.text(row, 1, "无（首个版本）");
        } else {
            sheets.date(row, 1, data.previousAsOf());
        }
        row = label(sheet, r++, "适用政策（生效日期）");
        sheets.date(row, 1, data.policyEffectiveFrom());
        List<TownshipRow> rows = townshipRows();
        sheets.integer(label(sheet, r++, "参与评估户数"), 1, sum(rows, TownshipRow::evaluated));
        sheets.integer(label(sheet, r++, "纳入名单户数"), 1, sum(rows, TownshipRow::included));
        sheets.integer(label(sheet, r++, "排除户数"), 1, sum(rows, TownshipRow::excluded));
        sheets.integer(label(sheet, r++, "纳入名单人数"), 1, sum(rows, TownshipRow::membersIncluded));
        for (String warning : allWarnings()) {
            sheets.text(label(sheet, r++, "提示"), 1, warning);
        }
    }

    private Row label(Sheet sheet, int r, String label) {
        Row row = sheet.createRow(r);
        sheets.text(row, 0, label);
        return row;
    }

    private List<String> allWarnings() {
        List<String> all = new ArrayList<>(data.warnings());
        for (SnapshotRow s : data.snapshots()) {
            if (isStale(s)) {
                all.add("数据快照超过" + data.maxSnapshotAgeDays() + "天：" + s.source() + "（" + s.delivery()
                        + "，快照日期 " + s.snapshotDate() + "）");
            }
        }
        return all;
    }

    private void byTownship() {
        List<String> reasonCodes = reasonCodes();
        List<Column> columns = new ArrayList<>(List.of(
                Column.code("乡镇代码", 10), Column.text("乡镇(街道)", 12),
                Column.of("评估户数", Kind.INTEGER), Column.of("纳入户数", Kind.INTEGER),
                Column.of("排除户数", Kind.INTEGER), Column.of("纳入人数", Kind.INTEGER)));
        for (String code : reasonCodes) {
            columns.add(new Column(data.reasonText(code), Kind.INTEGER, 12));
        }
        Sheet sheet = sheets.table(BY_TOWNSHIP, 0, columns);
        List<TownshipRow> rows = townshipRows();
        int r = 1;
        for (TownshipRow t : rows) {
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, t.townshipCode());
            sheets.text(row, 1, townshipName(t.townshipCode()));
            sheets.integer(row, 2, t.evaluated());
            sheets.integer(row, 3, t.included());
            sheets.integer(row, 4, t.excluded());
            sheets.integer(row, 5, t.membersIncluded());
            for (int i = 0; i < reasonCodes.size(); i++) {
                sheets.integer(row, 6 + i, t.primaryReasons().getOrDefault(reasonCodes.get(i), 0));
            }
        }
        Row total = totalRow(sheet, r, 2);
        sumColumn(total, 2, 1, r, sum(rows, TownshipRow::evaluated));
        sumColumn(total, 3, 1, r, sum(rows, TownshipRow::included));
        sumColumn(total, 4, 1, r, sum(rows, TownshipRow::excluded));
        sumColumn(total, 5, 1, r, sum(rows, TownshipRow::membersIncluded));
        for (int i = 0; i < reasonCodes.size(); i++) {
            String code = reasonCodes.get(i);
            sumColumn(total, 6 + i, 1, r, sum(rows, t -> t.primaryReasons().getOrDefault(code, 0)));
        }
    }

    private void reasons() {
        Sheet sheet = sheets.table(REASONS, 0, List.of(
                Column.code("原因代码", 24), Column.text("排除原因（首要原因）", 30),
                Column.of("户数", Kind.INTEGER), Column.of("占排除户数比例", Kind.PERCENT)));
        List<String> codes = reasonCodes();
        long total = 0;
        for (String code : codes) {
            total += count(code);
        }
        int totalRow = codes.size() + 1;
        int r = 1;
        for (String code : codes) {
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, code);
            sheets.text(row, 1, data.reasonText(code));
            sheets.integer(row, 2, count(code));
            BigDecimal share = total == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(count(code)).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
            String ref = "C" + r;
            String totalRef = "C$" + (totalRow + 1);
            sheets.formula(row, 3, Kind.PERCENT, "IF(" + totalRef + "=0,0," + ref + "/" + totalRef + ")", share,
                    Emphasis.NONE);
        }
        Row row = totalRow(sheet, r, 2);
        sumColumn(row, 2, 1, r, total);
        sheets.formula(row, 3, Kind.PERCENT, "IF(C" + (r + 1) + "=0,0,1)",
                total == 0 ? BigDecimal.ZERO : BigDecimal.ONE, Emphasis.TOTAL);
    }

    private long count(String code) {
        Integer n = data.primaryReasonCounts().get(code);
        if (n != null) {
            return n;
        }
        return sum(townshipRows(), t -> t.primaryReasons().getOrDefault(code, 0));
    }

    private void changes() {
        Sheet sheet = sheets.table(CHANGES, 0, List.of(
                Column.code("乡镇代码", 10), Column.text("乡镇(街道)", 12),
                Column.of("新增", Kind.INTEGER), Column.of("移出", Kind.INTEGER), Column.of("户销", Kind.INTEGER)));
        Map<String, ChangeCountRow> byCode = new TreeMap<>();
        for (String code : Townships.all().keySet()) {
            byCode.put(code, new ChangeCountRow(code, 0, 0, 0));
        }
        for (ChangeCountRow c : data.changes()) {
            byCode.put(c.townshipCode(), c);
        }
        List<ChangeCountRow> rows = new ArrayList<>(byCode.values());
        int r = 1;
        for (ChangeCountRow c : rows) {
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, c.townshipCode());
            sheets.text(row, 1, townshipName(c.townshipCode()));
            sheets.integer(row, 2, c.added());
            sheets.integer(row, 3, c.removed());
            sheets.integer(row, 4, c.householdGone());
        }
        Row total = totalRow(sheet, r, 2);
        sumColumn(total, 2, 1, r, rows.stream().mapToLong(ChangeCountRow::added).sum());
        sumColumn(total, 3, 1, r, rows.stream().mapToLong(ChangeCountRow::removed).sum());
        sumColumn(total, 4, 1, r, rows.stream().mapToLong(ChangeCountRow::householdGone).sum());
        Row note = sheet.createRow(r + 2);
        sheets.note(note, 0, "对比版本：" + (data.previousAsOf() == null ? "无（首个版本，纳入户均为新增）"
                : data.previousAsOf().toString()) + "。新增 ADDED；移出 REMOVED；户销 HOUSEHOLD_GONE（"
                + Change.Type.HOUSEHOLD_GONE.chinese() + "）");
    }

    private void snapshots() {
        Sheet sheet = sheets.table(SNAPSHOTS, 0, List.of(
                Column.code("数据来源", 16), Column.code("交付批次", 24), Column.code("SHA-256", 66),
                Column.of("快照日期", Kind.DATE), Column.of("快照天数", Kind.INTEGER), Column.text("提示", 24)));
        int r = 1;
        for (SnapshotRow s : data.snapshots()) {
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, s.source());
            sheets.code(row, 1, s.delivery());
            sheets.code(row, 2, s.sha256());
            sheets.date(row, 3, s.snapshotDate());
            if (s.snapshotDate() != null) {
                sheets.integer(row, 4, age(s));
            } else {
                sheets.blank(row, 4, Emphasis.NONE);
            }
            if (isStale(s)) {
                sheets.text(row, 5, "超过" + data.maxSnapshotAgeDays() + "天", Emphasis.FAIL);
            } else {
                sheets.text(row, 5, "");
            }
        }
    }

    private long age(SnapshotRow s) {
        return ChronoUnit.DAYS.between(s.snapshotDate(), data.asOf());
    }

    private boolean isStale(SnapshotRow s) {
        return s.snapshotDate() != null && age(s) > data.maxSnapshotAgeDays();
    }

    private void parameters() {
        Sheet sheet = sheets.table(PARAMETERS, 0, List.of(Column.code("参数", 30), Column.text("值", 40)));
        int r = 1;
        for (Map.Entry<String, String> p : data.policyParameters().entrySet()) {
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, p.getKey());
            sheets.text(row, 1, p.getValue());
        }
    }

    private Row totalRow(Sheet sheet, int r, int labelledColumns) {
        Row row = sheet.createRow(r);
        sheets.text(row, 0, "合计", Emphasis.TOTAL);
        for (int c = 1; c < labelledColumns; c++) {
            sheets.blank(row, c, Emphasis.TOTAL);
        }
        return row;
    }

    /** {@code SUM} of the column over the zero-based rows [first, end), with its cached value. */
    private void sumColumn(Row row, int column, int first, int end, long cached) {
        String c = col(column);
        String formula = end <= first ? "0" : "SUM(" + c + (first + 1) + ":" + c + end + ")";
        sheets.formula(row, column, Kind.INTEGER, formula, BigDecimal.valueOf(cached), Emphasis.TOTAL);
    }

    /** Every known township in code order (zeros where no household was evaluated), then any other code. */
    private List<TownshipRow> townshipRows() {
        Map<String, TownshipRow> byCode = new TreeMap<>();
        for (String code : Townships.all().keySet()) {
            byCode.put(code, new TownshipRow(code, 0, 0, 0, 0, Map.of()));
        }
        for (TownshipRow t : data.townships()) {
            byCode.put(t.townshipCode(), t);
        }
        return new ArrayList<>(byCode.values());
    }

    /** The reason columns: the codes of primaryReasonCounts in rule order, then any other code that occurs. */
    private List<String> reasonCodes() {
        Set<String> codes = new LinkedHashSet<>(data.primaryReasonCounts().keySet());
        for (TownshipRow t : data.townships()) {
            codes.addAll(t.primaryReasons().keySet());
        }
        return List.copyOf(codes);
    }

    private static String townshipName(String code) {
        String name = Townships.name(code);
        return name.isEmpty() ? code : name;
    }

    private static <T> long sum(List<T> rows, ToLongFunction<T> f) {
        return rows.stream().mapToLong(f).sum();
    }
}
