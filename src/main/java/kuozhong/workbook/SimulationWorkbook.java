package kuozhong.workbook;

import static kuozhong.workbook.Sheets.col;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kuozhong.common.AtomicFiles;
import kuozhong.common.Mask;
import kuozhong.common.ReasonText;
import kuozhong.common.Townships;
import kuozhong.household.HouseholdDecision;
import kuozhong.policy.PolicyFile;
import kuozhong.policy.PolicySet;
import kuozhong.simulate.CategoryCounts;
import kuozhong.simulate.ListComparison;
import kuozhong.simulate.Move;
import kuozhong.simulate.Simulation;
import kuozhong.simulate.SubsidyComparison;
import kuozhong.workbook.Sheets.Column;
import kuozhong.workbook.Sheets.Emphasis;
import kuozhong.workbook.Sheets.Kind;

/**
 * {@code simulation.xlsx} (simulate.md): what a draft policy would do, for finance staff. Sheets 说明, 参数,
 * 乡镇, 排除原因, 家庭分类, 进出名单, 贴息测算, each headed 模拟结果，非正式名单; identities masked; totals as
 * SUM formulas with their cached values.
 */
public final class SimulationWorkbook {
    public static final String HEADING = "模拟结果，非正式名单";
    /** Widths of 说明's two columns, in digits. */
    private static final int[] NOTES_WIDTHS = {28, 80};
    /** Width of 进出名单's reason columns, in digits (a code and its Chinese text on one line). */
    private static final int REASON_WIDTH = 40;
    static final List<String> SHEETS = List.of("说明", "参数", "乡镇", "排除原因", "家庭分类", "进出名单", "贴息测算");
    /** Settlement parameters (settlement.md): their current value is the stored settlement's. */
    private static final Set<String> SETTLEMENT_PARAMETERS = Set.of("household_rate_cap", "fiscal_subsidy_cap",
            "fiscal_share_of_excess", "province_share", "day_count_basis", "program_start");
    private static final List<String> FIGURES = List.of("贷款笔数", "积数", "财政贴息", "省级承担", "县级承担",
            "银行让利", "家庭节约利息");

    private final Simulation s;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Sheets sheets = new Sheets(wb, true);

    private SimulationWorkbook(Simulation s) {
        this.s = s;
    }

    public static void write(Simulation s, Path target) throws IOException {
        try (XSSFWorkbook wb = new SimulationWorkbook(s).build()) {
            AtomicFiles.write(target, false, wb::write);
        }
    }

    XSSFWorkbook build() {
        notes();
        parameters();
        townships();
        reasons();
        categories();
        moves();
        subsidy();
        wb.setActiveSheet(0);
        return wb;
    }

    private Sheet table(String name, List<Column> columns) {
        Sheet sheet = sheets.table(name, 1, columns);
        sheets.title(sheet, 0, HEADING + "（" + name + "）", columns.size() - 1);
        return sheet;
    }

    private void notes() {
        Sheet sheet = table("说明", List.of(Column.text("项目", NOTES_WIDTHS[0]), Column.text("内容", NOTES_WIDTHS[1])));
        int r = 2;
        r = line(sheet, r, "模拟日期 (D)", s.asOf().toString());
        r = line(sheet, r, "草案文件", s.draftFile());
        r = line(sheet, r, "草案文件 sha256", s.draftSha256());
        r = line(sheet, r, "草案适用参数组生效日期", s.draftListSet().effectiveFrom().toString());
        r = line(sheet, r, "对比版本日期", s.version().asOf().toString());
        r = line(sheet, r, "对比版本参数组生效日期", s.currentListSet().effectiveFrom().toString());
        for (Simulation.SnapshotPair p : s.snapshots()) {
            r = line(sheet, r, "数据快照 " + p.source() + (p.differs() ? "（不同）" : ""),
                    "当前 " + p.currentDelivery() + " " + p.currentSha256() + "\n模拟 " + p.draftDelivery() + " "
                            + p.draftSha256());
        }
        r = line(sheet, r, "家庭画像与走访", s.currentProfile() ? "对比版本存有家庭画像与所用走访，数据判定按其所存"
                : "对比版本未存家庭画像（建于 profile.md 之前）：其数据判定等同最终判定，走访视为不同");
        for (String w : s.warnings()) {
            r = line(sheet, r, "提示", w);
        }
        if (s.subsidy() == null) {
            r = line(sheet, r, "贴息测算", "尚无已发布的年度结算，贴息测算无数据");
        } else {
            r = line(sheet, r, "贴息测算年度", Integer.toString(s.subsidy().year()));
        }
        Row row = sheet.createRow(r);
        sheets.text(row, 0, "运行时间");
        sheets.dateTime(row, 1, s.runAt());
    }

    /** One row of 说明, as high as its wrapped text (LibreOffice keeps a stored height: no overprinting). */
    private int line(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        sheets.text(row, 0, label);
        sheets.text(row, 1, value);
        RowHeights.fit(row, NOTES_WIDTHS, label, value);
        return r + 1;
    }

    private void parameters() {
        Sheet sheet = table("参数", List.of(Column.code("参数", 34), Column.text("当前值", 18),
                Column.text("模拟值", 18), Column.text("是否变化", 10)));
        Map<String, String> curList = PolicyFile.describe(s.currentListSet());
        Map<String, String> draftList = PolicyFile.describe(s.draftListSet());
        Map<String, String> curSettle = s.currentSettlementSet() == null ? Map.of()
                : PolicyFile.describe(s.currentSettlementSet());
        Map<String, String> draftSettle = s.draftSettlementSet() == null ? draftList
                : PolicyFile.describe(s.draftSettlementSet());
        Set<String> names = new LinkedHashSet<>(curList.keySet());
        names.addAll(draftList.keySet());
        names.addAll(curSettle.keySet());
        names.addAll(draftSettle.keySet());
        int r = 2;
        for (String name : names) {
            boolean settlement = SETTLEMENT_PARAMETERS.contains(name) || name.startsWith("targets.");
            String cur = settlement ? curSettle.get(name) : curList.get(name);
            String draft = settlement ? draftSettle.get(name) : draftList.get(name);
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, name);
            sheets.code(row, 1, cur == null ? "" : cur);
            sheets.code(row, 2, draft == null ? "" : draft);
            boolean changed = !Objects.equals(cur, draft) && cur != null && draft != null
                    && !equalNumbers(cur, draft);
            sheets.text(row, 3, changed ? "changed" : "", changed ? Emphasis.FAIL : Emphasis.NONE);
        }
    }

    private static boolean equalNumbers(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void townships() {
        Sheet sheet = table("乡镇", List.of(Column.code("乡镇代码", 10), Column.text("乡镇(街道)", 12),
                Column.of("评估户数", Kind.INTEGER), Column.of("当前纳入户数", Kind.INTEGER),
                Column.of("模拟纳入户数", Kind.INTEGER), Column.of("差额（模拟−当前）", Kind.INTEGER),
                Column.of("新纳入 ENTER", Kind.INTEGER), Column.of("移出 LEAVE", Kind.INTEGER)));
        List<ListComparison.TownshipRow> rows = s.list().townships();
        int r = 2;
        for (ListComparison.TownshipRow t : rows) {
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, t.townshipCode());
            sheets.text(row, 1, Townships.name(t.townshipCode()));
            sheets.integer(row, 2, t.evaluated());
            sheets.integer(row, 3, t.includedCurrent());
            sheets.integer(row, 4, t.includedDraft());
            sheets.integer(row, 5, t.difference());
            sheets.integer(row, 6, t.enter());
            sheets.integer(row, 7, t.leave());
        }
        Row total = totalRow(sheet, r, 2);
        List<Function<ListComparison.TownshipRow, Integer>> cols = List.of(ListComparison.TownshipRow::evaluated,
                ListComparison.TownshipRow::includedCurrent, ListComparison.TownshipRow::includedDraft,
                ListComparison.TownshipRow::difference, ListComparison.TownshipRow::enter,
                ListComparison.TownshipRow::leave);
        for (int c = 0; c < cols.size(); c++) {
            long sum = 0;
            for (ListComparison.TownshipRow t : rows) {
                sum += cols.get(c).apply(t);
            }
            sum(total, 2 + c, 2, r, BigDecimal.valueOf(sum), Kind.INTEGER);
        }
    }

    private void reasons() {
        Sheet sheet = table("排除原因", List.of(Column.code("原因代码", 24), Column.text("原因", 28),
                Column.of("触发户数（当前）", Kind.INTEGER), Column.of("触发户数（模拟）", Kind.INTEGER),
                Column.of("首要原因户数（当前）", Kind.INTEGER), Column.of("首要原因户数（模拟）", Kind.INTEGER)));
        int r = 2;
        for (ListComparison.ReasonRow c : s.list().reasons()) {
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, c.code());
            sheets.text(row, 1, ListComparison.FIELD_VISIT_EXCLUDED.equals(c.code()) ? "走访核实不予纳入"
                    : ReasonText.of(c.code()));
            sheets.integer(row, 2, c.firedCurrent());
            sheets.integer(row, 3, c.firedDraft());
            sheets.integer(row, 4, c.primaryCurrent());
            sheets.integer(row, 5, c.primaryDraft());
        }
    }

    /**
     * 家庭分类 (simulate.md): included households by primary_category, then holding each category, then each
     * label (profile.md's order), current, draft and their difference. A long layout that prints legibly on A4
     * (a row per township and code, not a column per code and side): first the block 合计 (SUMIFS over the
     * township blocks, with their cached values), then a block per township in code order, blank rows between
     * blocks. The current and difference columns are empty, with a note, when the compared version stored no
     * profile.
     */
    private void categories() {
        CategoryCounts counts = CategoryCounts.of(s.current(), s.draft());
        List<String> keys = counts.columns();
        Sheet sheet = table("家庭分类", List.of(Column.code("乡镇代码", 10), Column.text("乡镇(街道)", 12),
                Column.text("类型", 8), Column.code("代码", 22), Column.text("中文", 20),
                Column.of("当前户数", Kind.INTEGER), Column.of("模拟户数", Kind.INTEGER),
                Column.of("差额（模拟−当前）", Kind.INTEGER)));
        boolean cur = s.currentProfile();
        List<String> townships = counts.townships();
        int r = 2;
        if (!cur) {
            sheets.note(sheet.createRow(r), 0, "注：对比版本（" + s.version().asOf()
                    + "）建于家庭画像（profile.md）之前，未存家庭画像，当前户数、差额两列为空。");
            r += 2;
        }
        int totals = r;
        int first = totals + keys.size() + 2; // 1-based row of the first township block's first row
        int last = first + townships.size() * (keys.size() + 1) - 2;
        for (int i = 0; i < keys.size(); i++) {
            Row row = categoryRow(sheet, r++, "", "合计", keys.get(i), Emphasis.TOTAL);
            int excel = row.getRowNum() + 1;
            for (int k = 0; k < 2; k++) {
                boolean side = k == 0;
                if (side && !cur) {
                    sheets.blank(row, 5, Emphasis.TOTAL);
                    continue;
                }
                String c = col(5 + k);
                String f = townships.isEmpty() ? "0"
                        : "SUMIFS(" + c + "$" + first + ":" + c + "$" + last + ",$C$" + first + ":$C$" + last + ",$C"
                                + excel + ",$D$" + first + ":$D$" + last + ",$D" + excel + ")";
                sheets.formula(row, 5 + k, Kind.INTEGER, f, BigDecimal.valueOf(counts.total(side, i)),
                        Emphasis.TOTAL);
            }
            difference(row, cur, counts.total(true, i), counts.total(false, i), Emphasis.TOTAL);
        }
        for (String t : townships) {
            r++;
            for (int i = 0; i < keys.size(); i++) {
                Row row = categoryRow(sheet, r++, t, Townships.name(t), keys.get(i), Emphasis.NONE);
                if (cur) {
                    sheets.integer(row, 5, counts.of(true, t, i));
                } else {
                    sheets.blank(row, 5, Emphasis.NONE);
                }
                sheets.integer(row, 6, counts.of(false, t, i));
                difference(row, cur, counts.of(true, t, i), counts.of(false, t, i), Emphasis.NONE);
            }
        }
    }

    /** A row of 家庭分类 up to its counts: township code and name, kind, code and its Chinese text. */
    private Row categoryRow(Sheet sheet, int r, String township, String name, String key, Emphasis e) {
        String code = key.substring(key.indexOf(':') + 1);
        String kind = key.startsWith("primary:") ? "主分类" : key.startsWith("category:") ? "含分类" : "含标识";
        Row row = sheet.createRow(r);
        sheets.code(row, 0, township);
        sheets.text(row, 1, name, e);
        sheets.text(row, 2, kind, e);
        sheets.code(row, 3, code);
        sheets.text(row, 4, ReasonText.of(code), e);
        return row;
    }

    private void difference(Row row, boolean cur, int current, int draft, Emphasis e) {
        if (!cur) {
            sheets.blank(row, 7, e);
            return;
        }
        int excel = row.getRowNum() + 1;
        sheets.formula(row, 7, Kind.INTEGER, "G" + excel + "-F" + excel, BigDecimal.valueOf(draft - current), e);
    }

    private void moves() {
        Sheet sheet = table("进出名单", List.of(Column.code("变动", 8), Column.code("户号", 20),
                Column.code("乡镇代码", 10), Column.text("乡镇(街道)", 12), Column.text("代表人姓名", 10),
                Column.of("代表人身份证号", Kind.ID), Column.of("当前人数", Kind.INTEGER),
                Column.of("模拟人数", Kind.INTEGER), Column.of("当前人均收入", Kind.AMOUNT),
                Column.of("模拟人均收入", Kind.AMOUNT), Column.text("当前原因", REASON_WIDTH), Column.text("模拟原因", REASON_WIDTH)));
        int[] widths = new int[12];
        widths[10] = REASON_WIDTH;
        widths[11] = REASON_WIDTH;
        List<Move> rows = new ArrayList<>();
        for (Move.Kind k : List.of(Move.Kind.ENTER, Move.Kind.LEAVE)) {
            s.list().moves().stream().filter(m -> m.kind() == k).forEach(rows::add);
        }
        int r = 2;
        for (Move m : rows) {
            Row row = sheet.createRow(r++);
            HouseholdDecision any = m.draft() != null ? m.draft() : m.current();
            HouseholdDecision.Member rep = representative(any);
            sheets.code(row, 0, m.kind().name());
            sheets.code(row, 1, m.householdNo());
            sheets.code(row, 2, m.townshipCode());
            sheets.text(row, 3, Townships.name(m.townshipCode()));
            sheets.text(row, 4, rep == null ? "" : Mask.name(rep.name()));
            sheets.maskedIdentity(row, 5, rep == null ? null : rep.idNo());
            count(row, 6, m.current());
            count(row, 7, m.draft());
            sheets.amount(row, 8, m.current() == null ? null : m.current().perCapitaIncome());
            sheets.amount(row, 9, m.draft() == null ? null : m.draft().perCapitaIncome());
            String current = reasonText(m.current());
            String draft = reasonText(m.draft());
            sheets.text(row, 10, current);
            sheets.text(row, 11, draft);
            RowHeights.fit(row, widths, null, null, null, null, null, null, null, null, null, null, current, draft);
        }
    }

    private void count(Row row, int c, HouseholdDecision d) {
        if (d == null) {
            sheets.blank(row, c, Emphasis.NONE);
        } else {
            sheets.integer(row, c, d.memberCount());
        }
    }

    private static String reasonText(HouseholdDecision d) {
        if (d == null) {
            return "未评估";
        }
        return String.join("；", d.reasons().stream().map(c -> c + " " + ReasonText.of(c)).toList());
    }

    /**
     * The representative (profile.md): the head whose township is the household's (several: the smallest
     * id_no), else the member with the smallest id_no.
     */
    static HouseholdDecision.Member representative(HouseholdDecision d) {
        HouseholdDecision.Member best = null;
        for (HouseholdDecision.Member m : d.members()) {
            if ("02".equals(m.relation()) && d.townshipCode().equals(m.townshipCode())
                    && (best == null || m.idNo().compareTo(best.idNo()) < 0)) {
                best = m;
            }
        }
        if (best == null) {
            for (HouseholdDecision.Member m : d.members()) {
                if (best == null || m.idNo().compareTo(best.idNo()) < 0) {
                    best = m;
                }
            }
        }
        return best;
    }

    private void subsidy() {
        List<Column> columns = new ArrayList<>(List.of(Column.code("乡镇代码", 10), Column.text("乡镇(街道)", 12),
                Column.code("贷款类别", 12)));
        for (String f : FIGURES) {
            Kind kind = f.equals("贷款笔数") ? Kind.INTEGER : Kind.AMOUNT;
            columns.add(new Column(f + "（当前）", kind, kind.chars));
            columns.add(new Column(f + "（模拟）", kind, kind.chars));
            columns.add(new Column(f + "（差额）", kind, kind.chars));
        }
        Sheet sheet = table("贴息测算", columns);
        // 24 columns fitted to an A4 width print at about 5 points: A3 landscape, header on three lines (as 明细表)
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A3_PAPERSIZE);
        sheet.getRow(1).setHeightInPoints(3 * RowHeights.LINE_POINTS + 3f);
        for (int col = 3; col < columns.size(); col++) {
            sheet.setColumnWidth(col, 12 * 256 + 200);
        }
        SubsidyComparison c = s.subsidy();
        int r = 2;
        if (c == null) {
            sheets.note(sheet.createRow(r), 0, "尚无已发布的年度结算：无贴息测算数据。");
            return;
        }
        List<Integer> subtotalRows = new ArrayList<>();
        String township = null;
        int first = r;
        SubsidyComparison.Figures subCur = SubsidyComparison.Figures.ZERO;
        SubsidyComparison.Figures subDraft = SubsidyComparison.Figures.ZERO;
        List<SubsidyComparison.Group> groups = c.groups();
        for (int i = 0; i < groups.size(); i++) {
            SubsidyComparison.Group g = groups.get(i);
            if (township == null) {
                township = g.townshipCode();
                first = r;
                subCur = SubsidyComparison.Figures.ZERO;
                subDraft = SubsidyComparison.Figures.ZERO;
            }
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, g.townshipCode());
            sheets.text(row, 1, Townships.name(g.townshipCode()));
            sheets.code(row, 2, g.category().name());
            figures(row, r, g.current(), g.draft(), Emphasis.NONE);
            subCur = subCur.plus(g.current());
            subDraft = g.draft() == null ? subDraft : subDraft.plus(g.draft());
            boolean last = i + 1 == groups.size() || !groups.get(i + 1).townshipCode().equals(township);
            if (last) {
                Row sub = sheet.createRow(r);
                sheets.code(sub, 0, township);
                sheets.text(sub, 1, Townships.name(township) + " 小计", Emphasis.TOTAL);
                sheets.blank(sub, 2, Emphasis.TOTAL);
                sums(sub, first, r, subCur, c.draftParameters() ? subDraft : null, "SUM(%1$s%2$d:%1$s%3$d)");
                subtotalRows.add(r + 1);
                r++;
                township = null;
            }
        }
        Row total = sheet.createRow(r);
        sheets.text(total, 0, "合计", Emphasis.TOTAL);
        sheets.blank(total, 1, Emphasis.TOTAL);
        sheets.blank(total, 2, Emphasis.TOTAL);
        StringBuilder refs = new StringBuilder();
        for (int row : subtotalRows) {
            refs.append(refs.isEmpty() ? "" : ",").append("%1$s").append(row);
        }
        sums(total, 0, 0, c.currentTotal(), c.draftTotal(),
                subtotalRows.isEmpty() ? "0" : "SUM(" + refs + ")");
        r += 2;
        r = countLine(sheet, r, "仅当前可贴息的贷款笔数", c.draftParameters() ? c.onlyCurrent() : null);
        r = countLine(sheet, r, "仅模拟可贴息的贷款笔数", c.draftParameters() ? c.onlyDraft() : null);
        r++;
        Row head = sheet.createRow(r++);
        sheets.text(head, 0, "结算参数", Emphasis.TOTAL);
        sheets.text(head, 1, "当前", Emphasis.TOTAL);
        sheets.text(head, 2, "模拟", Emphasis.TOTAL);
        Map<String, String> cur = s.currentSettlementSet() == null ? Map.of()
                : PolicyFile.describe(s.currentSettlementSet());
        Map<String, String> draft = s.draftSettlementSet() == null ? Map.of()
                : PolicyFile.describe(s.draftSettlementSet());
        for (String name : List.of("effective_from", "household_rate_cap", "fiscal_subsidy_cap",
                "fiscal_share_of_excess", "province_share", "day_count_basis", "program_start")) {
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, name);
            sheets.code(row, 1, cur.getOrDefault(name, ""));
            sheets.code(row, 2, draft.getOrDefault(name, s.draftSettlementSet() == null ? "（草案无适用参数组）" : ""));
        }
    }

    private int countLine(Sheet sheet, int r, String label, Integer value) {
        Row row = sheet.createRow(r);
        sheets.text(row, 0, label);
        if (value == null) {
            sheets.text(row, 3, "（草案无适用参数组）");
        } else {
            sheets.integer(row, 3, value);
        }
        return r + 1;
    }

    /** current, draft, difference of each figure, from column 3; the draft ones empty without a draft set. */
    private void figures(Row row, int excelRow, SubsidyComparison.Figures cur, SubsidyComparison.Figures draft,
            Emphasis e) {
        List<BigDecimal> c = cur.values();
        List<BigDecimal> d = draft == null ? null : draft.values();
        for (int i = 0; i < c.size(); i++) {
            Kind kind = i == 0 ? Kind.INTEGER : Kind.AMOUNT;
            int col = 3 + i * 3;
            sheets.number(row, col, kind, c.get(i), e);
            if (d == null) {
                sheets.blank(row, col + 1, e);
                sheets.blank(row, col + 2, e);
            } else {
                sheets.number(row, col + 1, kind, d.get(i), e);
                sheets.formula(row, col + 2, kind, col(col + 1) + excelRow + "-" + col(col) + excelRow,
                        d.get(i).subtract(c.get(i)), e);
            }
        }
    }

    /** A subtotal or total row: each figure column as a formula (pattern with %1$s = column letter). */
    private void sums(Row row, int firstRow, int lastRow, SubsidyComparison.Figures cur,
            SubsidyComparison.Figures draft, String pattern) {
        List<BigDecimal> c = cur.values();
        List<BigDecimal> d = draft == null ? null : draft.values();
        for (int i = 0; i < c.size(); i++) {
            Kind kind = i == 0 ? Kind.INTEGER : Kind.AMOUNT;
            int col = 3 + i * 3;
            for (int k = 0; k < 3; k++) {
                if (d == null && k > 0) {
                    sheets.blank(row, col + k, Emphasis.TOTAL);
                    continue;
                }
                BigDecimal cached = k == 0 ? c.get(i) : k == 1 ? d.get(i) : d.get(i).subtract(c.get(i));
                sheets.formula(row, col + k, kind, String.format(pattern, col(col + k), firstRow + 1, lastRow),
                        cached, Emphasis.TOTAL);
            }
        }
    }

    private Row totalRow(Sheet sheet, int r, int labelColumns) {
        Row row = sheet.createRow(r);
        sheets.text(row, 0, "合计", Emphasis.TOTAL);
        for (int c = 1; c < labelColumns; c++) {
            sheets.blank(row, c, Emphasis.TOTAL);
        }
        return row;
    }

    /** SUM of a column over the data rows firstRow..lastRow-1 (0-based), with its cached value. */
    private void sum(Row row, int column, int firstRow, int lastRow, BigDecimal cached, Kind kind) {
        String c = col(column);
        String f = lastRow > firstRow ? "SUM(" + c + (firstRow + 1) + ":" + c + lastRow + ")" : "0";
        sheets.formula(row, column, kind, f, cached, Emphasis.TOTAL);
    }
}
