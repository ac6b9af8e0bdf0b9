package kuozhong.workbook;

import static kuozhong.workbook.Sheets.col;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

import kuozhong.common.AtomicFiles;
import kuozhong.common.Progress;
import kuozhong.common.Townships;
import kuozhong.workbook.Sheets.Column;
import kuozhong.workbook.Sheets.Emphasis;
import kuozhong.workbook.Sheets.Kind;
import kuozhong.workbook.SubsidyWorkbookData.CheckRow;
import kuozhong.workbook.SubsidyWorkbookData.DetailRow;
import kuozhong.workbook.SubsidyWorkbookData.ExceptionRow;
import kuozhong.workbook.SubsidyWorkbookData.SummaryRow;
import kuozhong.workbook.SubsidyWorkbookData.Targets;

/**
 * {@code subsidy-<year>.xlsx}, the audit workbook of a settled year (settlement.md, "Outputs"): sheets
 * 汇总表, 明细表, 不予贴息清单, 目标完成情况, 数据校验, 参数. Identity numbers masked.
 *
 * <p>Totals are SUM formulas whose cached results are the exact decimal sums of the inputs, so a viewer
 * that does not recalculate shows the same figures as subsidy-summary.csv. The 户数 of a 小计 or
 * 合计 is a value, the distinct households given as input: a household with loans of two categories
 * appears in two category rows, and a SUM would count it twice.
 *
 * <p>Streamed ({@link SXSSFWorkbook}): only a window of rows of each sheet is held in memory, the rest
 * goes to temporary files (masked data only) that are deleted once the workbook is written. 明细表 has
 * a row per subsidised loan (100,000 and more), which an in-memory workbook holds at about a kilobyte a
 * cell. Every row is written once, in order, so the window never needs to reach back.
 */
public final class SubsidyWorkbook {
    static final String SUMMARY = "汇总表";
    static final String DETAIL = "明细表";
    static final String EXCEPTIONS = "不予贴息清单";
    static final String TARGETS = "目标完成情况";
    static final String CHECKS = "数据校验";
    static final String PARAMETERS = "参数";

    /** Header row of 汇总表: below the title and the unit line. */
    static final int SUMMARY_HEADER_ROW = 2;

    private static final List<Column> SUMMARY_COLUMNS = List.of(
            Column.text("乡镇(街道)", 12), Column.text("贷款类别", 8),
            Column.of("户数", Kind.INTEGER), Column.of("笔数", Kind.INTEGER),
            Column.of("合同金额", Kind.AMOUNT), Column.of("年末余额", Kind.AMOUNT),
            new Column("积数", Kind.AMOUNT, 20), Column.of("财政贴息", Kind.AMOUNT),
            Column.of("省级承担", Kind.AMOUNT), Column.of("县级承担", Kind.AMOUNT),
            Column.of("银行让利", Kind.AMOUNT), Column.of("家庭节省利息", Kind.AMOUNT));

    /** The amounts of a summary row, in column order from 合同金额 (column index 4). */
    private static final List<Function<SummaryRow, BigDecimal>> SUMMARY_AMOUNTS = List.of(
            SummaryRow::principal, SummaryRow::yearEndBalance, SummaryRow::accumulation,
            SummaryRow::fiscalSubsidy, SummaryRow::provinceShare, SummaryRow::countyShare,
            SummaryRow::bankConcession, SummaryRow::householdSaving);

    private static final List<Column> DETAIL_COLUMNS = List.of(
            Column.code("贷款编号", 18), Column.code("户号", 14), Column.code("乡镇代码", 10),
            Column.text("乡镇(街道)", 12), Column.of("借款人身份证号", Kind.ID), Column.text("贷款产品", 12),
            Column.text("贷款类别", 8), Column.of("合同起始日", Kind.DATE), Column.of("到期日", Kind.DATE),
            Column.of("合同金额", Kind.AMOUNT), Column.of("执行利率(%)", Kind.RATE),
            Column.of("参考利率(%)", Kind.RATE), Column.of("贴息利率(%)", Kind.RATE),
            Column.of("让利利率(%)", Kind.RATE), Column.of("计息天数", Kind.INTEGER),
            new Column("积数", Kind.AMOUNT, 20), Column.of("年末余额", Kind.AMOUNT),
            Column.of("财政贴息", Kind.AMOUNT), Column.of("省级承担", Kind.AMOUNT),
            Column.of("县级承担", Kind.AMOUNT), Column.of("银行让利", Kind.AMOUNT),
            Column.of("家庭节省利息", Kind.AMOUNT), Column.text("标记", 16));

    /** Widths (digits) of the 明细表 columns in print: each holds its widest value; headers wrap. */
    private static final int[] DETAIL_PRINT_WIDTHS = {
        15, 11, 10, 10, 19, 10, 8, 11, 11, 13, 8, 8, 8, 8, 8, 17, 13, 11, 11, 11, 11, 11, 24};

    /** Detail columns that get a SUM in the total row, from 积数 (column index 15) on. */
    private static final List<Function<DetailRow, BigDecimal>> DETAIL_AMOUNTS = List.of(
            DetailRow::accumulation, DetailRow::yearEndBalance, DetailRow::fiscalSubsidy,
            DetailRow::provinceShare, DetailRow::countyShare, DetailRow::bankConcession,
            DetailRow::householdSaving);

    /** Rows of a sheet held in memory while it is written (each sheet writes its rows once, in order). */
    private static final int WINDOW = 200;

    private final SubsidyWorkbookData data;
    private final SXSSFWorkbook wb = new FastStreamingWorkbook(WINDOW);
    private final Sheets sheets = new Sheets(wb, true);

    /** each detail and exception row counted as it is written */
    private final Progress.Count written;

    private SubsidyWorkbook(SubsidyWorkbookData data, Progress.Count written) {
        this.data = data;
        this.written = written;
    }

    /** Writes the workbook to {@code target}, replacing any earlier file only once it is complete. */
    public static void write(SubsidyWorkbookData data, Path target) throws IOException {
        write(data, target, Progress.Count.none());
    }

    /** Also counts each row of 明细表 and 不予贴息清单 on {@code written}. */
    public static void write(SubsidyWorkbookData data, Path target, Progress.Count written) throws IOException {
        SubsidyWorkbook workbook = new SubsidyWorkbook(data, written);
        try (SXSSFWorkbook wb = workbook.wb) {
            workbook.build();
            AtomicFiles.write(target, false, wb::write);
        } finally {
            workbook.wb.dispose();                  // the temporary files of the flushed rows
        }
    }

    /**
     * The streaming workbook with the temporary sheet files written by {@link Utf8SheetDataWriter} and the
     * final zip deflated at {@link Deflater#BEST_SPEED}: the same parts with the same content, compressed
     * less (明细表 of 100,000 loans is 100 MB of XML; the file is about a third larger, zipping it about
     * three times faster).
     */
    static final class FastStreamingWorkbook extends SXSSFWorkbook {
        FastStreamingWorkbook(int window) {
            super(window);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new Utf8SheetDataWriter(getSharedStringSource());
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zos = super.createArchiveOutputStream(out);
            zos.setLevel(Deflater.BEST_SPEED);
            return zos;
        }
    }

    /** The file name of a year's workbook: {@code subsidy-2025.xlsx}. */
    public static String fileName(int year) {
        return "subsidy-" + year + ".xlsx";
    }

    SXSSFWorkbook build() {
        summary();
        detail();
        exceptions();
        targets();
        checks();
        parameters();
        wb.setActiveSheet(0);
        return wb;
    }

    // 汇总表 ------------------------------------------------------------------------------------

    private void summary() {
        Sheet sheet = sheets.table(SUMMARY, SUMMARY_HEADER_ROW, SUMMARY_COLUMNS);
        int last = SUMMARY_COLUMNS.size() - 1;
        sheets.title(sheet, 0, "庆元县扩中家庭贷款贴息申请汇总表（" + data.year() + "年度）", last);
        Row unit = sheet.createRow(1);
        sheets.note(unit, last, "单位：元");
        unit.getCell(last).setCellStyle(rightAligned());

        Map<String, List<SummaryRow>> byTownship = data.summary().stream()
                .sorted(Comparator.comparing(SummaryRow::townshipCode)
                        .thenComparing(s -> Labels.categoryRank(s.category())))
                .collect(Collectors.groupingBy(SummaryRow::townshipCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, Integer> derived = SubsidyWorkbookData.distinctHouseholdsByTownship(data.details());

        int r = SUMMARY_HEADER_ROW + 1;
        List<Integer> subtotalRows = new ArrayList<>();
        for (Map.Entry<String, List<SummaryRow>> township : byTownship.entrySet()) {
            List<SummaryRow> rows = township.getValue();
            String name = townshipName(township.getKey(), rows.get(0).townshipName());
            int first = r;
            for (SummaryRow s : rows) {
                Row row = sheet.createRow(r++);
                sheets.text(row, 0, name);
                sheets.text(row, 1, Labels.category(s.category()));
                sheets.integer(row, 2, s.households());
                sheets.integer(row, 3, s.loans());
                for (int i = 0; i < SUMMARY_AMOUNTS.size(); i++) {
                    sheets.amount(row, 4 + i, SUMMARY_AMOUNTS.get(i).apply(s));
                }
            }
            int lastOfTownship = r - 1;
            Row row = sheet.createRow(r);
            subtotalRows.add(r++);
            sheets.text(row, 0, name, Emphasis.TOTAL);
            sheets.text(row, 1, "小计", Emphasis.TOTAL);
            Integer households = data.townshipHouseholds().get(township.getKey());
            if (households == null) {
                households = derived.getOrDefault(township.getKey(),
                        rows.stream().mapToInt(SummaryRow::households).sum());
            }
            sheets.integer(row, 2, households, Emphasis.TOTAL);
            sheets.formula(row, 3, Kind.INTEGER, rangeSum(3, first, lastOfTownship),
                    BigDecimal.valueOf(rows.stream().mapToLong(SummaryRow::loans).sum()), Emphasis.TOTAL);
            for (int i = 0; i < SUMMARY_AMOUNTS.size(); i++) {
                sheets.formula(row, 4 + i, Kind.AMOUNT, rangeSum(4 + i, first, lastOfTownship),
                        sum(rows, SUMMARY_AMOUNTS.get(i)), Emphasis.TOTAL);
            }
        }

        Row total = sheet.createRow(r);
        sheets.text(total, 0, "合计", Emphasis.TOTAL);
        sheets.blank(total, 1, Emphasis.TOTAL);
        int totalHouseholds = data.totalHouseholds() > 0 || data.details().isEmpty()
                ? data.totalHouseholds() : SubsidyWorkbookData.distinctHouseholds(data.details());
        sheets.integer(total, 2, totalHouseholds, Emphasis.TOTAL);
        sheets.formula(total, 3, Kind.INTEGER, cellsSum(3, subtotalRows),
                BigDecimal.valueOf(data.summary().stream().mapToLong(SummaryRow::loans).sum()), Emphasis.TOTAL);
        for (int i = 0; i < SUMMARY_AMOUNTS.size(); i++) {
            sheets.formula(total, 4 + i, Kind.AMOUNT, cellsSum(4 + i, subtotalRows),
                    sum(data.summary(), SUMMARY_AMOUNTS.get(i)), Emphasis.TOTAL);
        }
        Row note = sheet.createRow(r + 2);
        sheets.note(note, 0, "注：小计、合计的户数为不重复户数（一户有多个类别的贷款只计一次），不一定等于各行户数之和；"
                + "积数单位为元·天；财政贴息由省级、县级按比例承担。");
        subsidyChart(sheet, r + 4, byTownship, subtotalRows);
    }

    /** Under 汇总表: the fiscal subsidy of each township split into province and county shares (SubsidyCharts). */
    private void subsidyChart(Sheet sheet, int top, Map<String, List<SummaryRow>> byTownship, List<Integer> subtotalRows) {
        List<SubsidyCharts.Township> townships = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<SummaryRow>> t : byTownship.entrySet()) {
            townships.add(new SubsidyCharts.Township(townshipName(t.getKey(), t.getValue().get(0).townshipName()),
                    subtotalRows.get(i++), sum(t.getValue(), SummaryRow::provinceShare),
                    sum(t.getValue(), SummaryRow::countyShare)));
        }
        new SubsidyCharts(wb, sheets).subsidyByTownship(sheet, top, townships);
    }

    private org.apache.poi.ss.usermodel.CellStyle rightAligned() {
        org.apache.poi.ss.usermodel.CellStyle s = wb.createCellStyle();
        s.setAlignment(HorizontalAlignment.RIGHT);
        return s;
    }

    /** SUM over the zero-based rows first..last of a column. */
    private static String rangeSum(int column, int first, int last) {
        String c = col(column);
        return "SUM(" + c + (first + 1) + ":" + c + (last + 1) + ")";
    }

    /** SUM of single cells (the subtotals) of a column; 0 when there are none. */
    private static String cellsSum(int column, List<Integer> rows) {
        if (rows.isEmpty()) {
            return "0";
        }
        String c = col(column);
        return rows.stream().map(r -> c + (r + 1)).collect(Collectors.joining(",", "SUM(", ")"));
    }

    // 明细表 ------------------------------------------------------------------------------------

    private void detail() {
        Sheet sheet = sheets.table(DETAIL, 0, DETAIL_COLUMNS);
        detailPrintSetup(sheet);
        List<DetailRow> rows = data.details().stream().sorted(Comparator.comparing(DetailRow::loanNo)).toList();
        int r = 1;
        for (DetailRow d : written.over(rows)) {
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, d.loanNo());
            sheets.code(row, 1, d.householdNo());
            sheets.code(row, 2, d.townshipCode());
            sheets.text(row, 3, townshipName(d.townshipCode(), d.townshipName()));
            sheets.maskedIdentity(row, 4, d.borrowerId());
            sheets.text(row, 5, Labels.product(d.product()));
            sheets.text(row, 6, Labels.category(d.category()));
            sheets.date(row, 7, d.contractDate());
            sheets.date(row, 8, d.maturityDate());
            sheets.amount(row, 9, d.principal());
            sheets.number(row, 10, Kind.RATE, d.contractRate(), Emphasis.NONE);
            sheets.number(row, 11, Kind.RATE, d.referenceRate(), Emphasis.NONE);
            sheets.number(row, 12, Kind.RATE, d.fiscalRate(), Emphasis.NONE);
            sheets.number(row, 13, Kind.RATE, d.bankRate(), Emphasis.NONE);
            sheets.integer(row, 14, d.days());
            for (int i = 0; i < DETAIL_AMOUNTS.size(); i++) {
                sheets.amount(row, 15 + i, DETAIL_AMOUNTS.get(i).apply(d));
            }
            String flags = Labels.flags(d.flags());
            sheets.text(row, 22, flags);
            if (Sheets.displayWidth(flags) > DETAIL_PRINT_WIDTHS[22] - 1) {
                String[] texts = new String[DETAIL_PRINT_WIDTHS.length];
                texts[22] = flags;
                RowHeights.fit(row, DETAIL_PRINT_WIDTHS, texts);
            }
        }
        int end = r;
        if (!rows.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, end - 1, 0, DETAIL_COLUMNS.size() - 1));
        }
        Row total = sheet.createRow(r);
        sheets.text(total, 0, "合计（" + rows.size() + "笔）", Emphasis.TOTAL);
        for (int c = 1; c < DETAIL_COLUMNS.size(); c++) {
            sheets.blank(total, c, Emphasis.TOTAL);
        }
        sheets.formula(total, 9, Kind.AMOUNT, rows.isEmpty() ? "0" : rangeSum(9, 1, end - 1),
                sum(rows, DetailRow::principal), Emphasis.TOTAL);
        for (int i = 0; i < DETAIL_AMOUNTS.size(); i++) {
            sheets.formula(total, 15 + i, Kind.AMOUNT, rows.isEmpty() ? "0" : rangeSum(15 + i, 1, end - 1),
                    sum(rows, DETAIL_AMOUNTS.get(i)), Emphasis.TOTAL);
        }
    }

    /**
     * 明细表 in print: 23 columns fitted to the width of a page are unreadable on A4 (about 5 points), so it
     * prints on A3 landscape with narrower columns (headers wrap on three lines): fit to one page wide, as many
     * pages down as it needs (at 200 rows a page), its header row on every page, at about 66 % (7 points).
     */
    private static void detailPrintSetup(Sheet sheet) {
        for (int c = 0; c < DETAIL_PRINT_WIDTHS.length; c++) {
            sheet.setColumnWidth(c, DETAIL_PRINT_WIDTHS[c] * 256 + 200);
        }
        sheet.getPrintSetup().setPaperSize(PrintSetup.A3_PAPERSIZE);
        sheet.getRow(0).setHeightInPoints(3 * 15f + 3f);
    }

    // 不予贴息清单 ------------------------------------------------------------------------------

    private void exceptions() {
        Sheet sheet = sheets.table(EXCEPTIONS, 0, List.of(
                Column.code("贷款编号", 18), Column.of("借款人身份证号", Kind.ID), Column.text("贷款产品", 12),
                Column.text("贷款类别", 8), Column.of("合同起始日", Kind.DATE), Column.of("合同金额", Kind.AMOUNT),
                Column.code("原因代码", 28), Column.text("不予贴息原因", 36)));
        List<ExceptionRow> rows = data.exceptions().stream()
                .sorted(Comparator.comparing(ExceptionRow::loanNo)).toList();
        int r = 1;
        for (ExceptionRow e : written.over(rows)) {
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, e.loanNo());
            sheets.maskedIdentity(row, 1, e.borrowerId());
            sheets.text(row, 2, Labels.product(e.product()));
            sheets.text(row, 3, Labels.category(e.category()));
            sheets.date(row, 4, e.contractDate());
            sheets.amount(row, 5, e.principal());
            sheets.code(row, 6, Labels.codes(e.reasons()));
            sheets.text(row, 7, String.join(Labels.JOIN, e.reasonTexts()));
        }
        if (!rows.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, 7));
        }
    }

    // 目标完成情况 ------------------------------------------------------------------------------

    private void targets() {
        Sheet sheet = sheets.table(TARGETS, 0, List.of(
                Column.text("指标", 26), Column.text("口径", 40), Column.of("目标", Kind.AMOUNT),
                Column.of("完成", Kind.AMOUNT), Column.of("完成率", Kind.PERCENT)));
        Targets t = data.targets();
        target(sheet, 1, data.year() + "年末新增贷款余额", "明细表年末余额合计（" + data.year() + "年度）",
                t.newLoanBalanceTarget(), t.newLoanBalance());
        target(sheet, 2, "累计减少家庭利息支出",
                "各已结算年度家庭节省利息累计" + (t.yearsCounted() == null ? "" : "（" + t.yearsCounted() + "）"),
                t.interestReductionTarget(), t.interestReduction());
        new SubsidyCharts(wb, sheets).progress(sheet, 4, List.of(data.year() + "年末新增贷款余额", "累计减少家庭利息支出"),
                java.util.Arrays.asList(reached(t.newLoanBalanceTarget(), t.newLoanBalance()),
                        reached(t.interestReductionTarget(), t.interestReduction())));
    }

    /** The share of a target reached (the 完成率 column), null when no target is set. */
    private static BigDecimal reached(BigDecimal target, BigDecimal actual) {
        if (target == null) {
            return null;
        }
        return target.signum() == 0 ? BigDecimal.ZERO : actual.divide(target, MathContext.DECIMAL64);
    }

    private void target(Sheet sheet, int r, String indicator, String basis, BigDecimal target, BigDecimal actual) {
        Row row = sheet.createRow(r);
        sheets.text(row, 0, indicator);
        sheets.text(row, 1, basis);
        sheets.amount(row, 2, target);
        sheets.amount(row, 3, actual);
        if (target == null) {
            sheets.text(row, 4, "未设目标");
        } else {
            BigDecimal reached = reached(target, actual);
            int n = r + 1;
            sheets.formula(row, 4, Kind.PERCENT, "IF(C" + n + "=0,0,D" + n + "/C" + n + ")", reached, Emphasis.NONE);
        }
    }

    // 数据校验 ----------------------------------------------------------------------------------

    private void checks() {
        List<Column> columns = List.of(Column.text("校验项", 36), Column.text("结果", 8), Column.text("说明", 60));
        Sheet sheet = sheets.table(CHECKS, 0, columns);
        int[] widths = columns.stream().mapToInt(Column::width).toArray();
        int r = 1;
        for (CheckRow c : data.checks()) {
            Row row = sheet.createRow(r++);
            sheets.text(row, 0, c.name());
            sheets.text(row, 1, c.pass() ? "PASS" : "FAIL", c.pass() ? Emphasis.PASS : Emphasis.FAIL);
            sheets.text(row, 2, c.detail());
            // the explanations wrap: the row must be as high as its longest text, or it overprints the next
            RowHeights.fit(row, widths, c.name(), null, c.detail());
        }
    }

    // 参数 --------------------------------------------------------------------------------------

    private void parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("结算年度", String.valueOf(data.year()));
        values.putAll(data.parameters());
        values.put("台账交付批次", data.ledgerDelivery());
        int keyWidth = values.keySet().stream().mapToInt(Sheets::displayWidth).max().orElse(10) + 2;
        List<Column> columns = List.of(Column.code("参数", Math.max(24, keyWidth)), Column.text("名称", 44),
                Column.text("单位", 10), Column.text("值", 22));
        Sheet sheet = sheets.table(PARAMETERS, 0, columns);
        int[] widths = columns.stream().mapToInt(Column::width).toArray();
        int r = 1;
        for (Map.Entry<String, String> p : values.entrySet()) {
            Row row = sheet.createRow(r++);
            ParameterLabels.Label label = ParameterLabels.of(p.getKey());
            sheets.code(row, 0, p.getKey());
            sheets.text(row, 1, label.name());
            sheets.text(row, 2, label.unit());
            if (p.getKey().equals("结算年度") || p.getKey().equals("台账交付批次")) {
                sheets.code(row, 3, p.getValue());
            } else {
                sheets.text(row, 3, p.getValue());
            }
            RowHeights.fit(row, widths, null, label.name(), label.unit(), p.getValue());
        }
        Row row = sheet.createRow(r);
        ParameterLabels.Label label = ParameterLabels.of("运行时间");
        sheets.code(row, 0, "运行时间");
        sheets.text(row, 1, label.name());
        sheets.text(row, 2, label.unit());
        sheets.dateTime(row, 3, data.runTime());
        RowHeights.fit(row, widths, null, label.name(), label.unit(), null);
    }

    private static String townshipName(String code, String given) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        String name = Townships.name(code);
        return name.isEmpty() ? code : name;
    }

    private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> amount) {
        return rows.stream().map(amount).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
