package kuozhong.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import kuozhong.common.ReasonText;
import kuozhong.common.Townships;
import kuozhong.workbook.Sheets.Column;
import kuozhong.workbook.Sheets.Emphasis;
import kuozhong.workbook.Sheets.Kind;

/** The sheets 家庭分类 and 走访情况 of list-summary.xlsx (profile.md), kept apart from the other sheets. */
final class ProfileSummarySheets {
    static final String CATEGORIES = "家庭分类";
    static final String VISITS = "走访情况";

    private ProfileSummarySheets() {
    }

    static void add(Sheets sheets, ProfileSummaryData data) {
        categories(sheets, data);
        visits(sheets, data);
    }

    private static String name(String code) {
        if (code.isEmpty()) {
            return "合计";
        }
        if (code.equals("BANK")) {
            return "银行 BANK";
        }
        String n = Townships.name(code);
        return n.isEmpty() ? code : n;
    }

    /** The kind of a count row: 主分类 (primary_category), 含分类 (holding a category), 含标识 (holding a label). */
    static final String PRIMARY = "主分类";
    static final String HOLDING_CATEGORY = "含分类";
    static final String HOLDING_LABEL = "含标识";

    /**
     * A long layout that prints legibly on A4 (a row per township and code, not a column per code): first the
     * block 合计, then a block per township in code order, each with the included households, then one row per
     * primary_category, per category held and per label held (profile.md's order), blank rows between blocks.
     */
    private static void categories(Sheets sheets, ProfileSummaryData data) {
        List<Column> cols = List.of(Column.code("乡镇代码", 11), Column.text("乡镇(街道)", 12),
                Column.text("类型", 8), Column.code("代码", 22), Column.text("中文", 20), Column.of("户数", Kind.INTEGER));
        Sheet sheet = sheets.table(CATEGORIES, 0, cols);
        List<ProfileSummaryData.CategoryRow> ordered = new ArrayList<>();
        data.categoryRows().stream().filter(c -> c.townshipCode().isEmpty()).forEach(ordered::add);
        data.categoryRows().stream().filter(c -> !c.townshipCode().isEmpty()).forEach(ordered::add);
        int r = 1;
        for (ProfileSummaryData.CategoryRow c : ordered) {
            Emphasis e = c.townshipCode().isEmpty() ? Emphasis.TOTAL : Emphasis.NONE;
            r = countRow(sheets, sheet, r, c, "纳入户数", "", "纳入户数", c.included(), e);
            for (String p : data.primaryOrder()) {
                r = countRow(sheets, sheet, r, c, PRIMARY, p, ReasonText.of(p), c.byPrimary().getOrDefault(p, 0), e);
            }
            for (String p : data.categories()) {
                r = countRow(sheets, sheet, r, c, HOLDING_CATEGORY, p, ReasonText.of(p),
                        c.byCategory().getOrDefault(p, 0), e);
            }
            for (String p : data.labels()) {
                r = countRow(sheets, sheet, r, c, HOLDING_LABEL, p, ReasonText.of(p), c.byLabel().getOrDefault(p, 0),
                        e);
            }
            r++;
        }
        Row note = sheet.createRow(r);
        sheets.text(note, 0, "缺少的可选数据源");
        sheets.text(note, 1, data.missingSources().isEmpty() ? "无" : String.join("; ", data.missingSources())
                + "（所需分类、标识为未知 UNKNOWN）");
    }

    private static int countRow(Sheets sheets, Sheet sheet, int r, ProfileSummaryData.CategoryRow c, String kind,
            String code, String text, int count, Emphasis e) {
        Row row = sheet.createRow(r);
        sheets.code(row, 0, c.townshipCode());
        sheets.text(row, 1, name(c.townshipCode()), e);
        sheets.text(row, 2, kind, e);
        sheets.code(row, 3, code);
        sheets.text(row, 4, text, e);
        sheets.integer(row, 5, count, e);
        return r + 1;
    }

    private static void visits(Sheets sheets, ProfileSummaryData data) {
        List<Column> cols = List.of(Column.code("乡镇代码", 11), Column.text("乡镇(街道)", 12),
                Column.of("核实无误 CONFIRM", Kind.INTEGER), Column.of("核实不予纳入 EXCLUDE", Kind.INTEGER),
                Column.of("核实应纳入 INCLUDE", Kind.INTEGER), Column.of("未走访 NOT_VISITED", Kind.INTEGER),
                Column.of("走访已过期 EXPIRED", Kind.INTEGER), Column.of("纳入意见未采纳 NOT_APPLIED", Kind.INTEGER),
                Column.of("户号无正常户籍人员 UNKNOWN_HOUSEHOLD", Kind.INTEGER));
        Sheet sheet = sheets.table(VISITS, 0, cols);
        int r = 1;
        int[] total = new int[7];
        for (ProfileSummaryData.VisitRow v : data.visitRows()) {
            Row row = sheet.createRow(r++);
            int[] n = {v.confirm(), v.exclude(), v.include(), v.notVisited(), v.expired(), v.notApplied(),
                v.unknownHouseholds()};
            sheets.code(row, 0, v.townshipCode());
            sheets.text(row, 1, name(v.townshipCode()));
            for (int k = 0; k < n.length; k++) {
                sheets.integer(row, 2 + k, n[k]);
                total[k] += n[k];
            }
        }
        Row row = sheet.createRow(r);
        sheets.text(row, 1, "合计", Emphasis.TOTAL);
        for (int k = 0; k < total.length; k++) {
            sheets.integer(row, 2 + k, total[k], Emphasis.TOTAL);
        }
    }
}
