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

    private static void categories(Sheets sheets, ProfileSummaryData data) {
        List<Column> cols = new ArrayList<>(List.of(Column.code("乡镇代码", 11), Column.text("乡镇(街道)", 12),
                Column.of("纳入户数", Kind.INTEGER)));
        for (String c : data.primaryOrder()) {
            cols.add(Column.of("主分类 " + c + " " + ReasonText.of(c), Kind.INTEGER));
        }
        for (String c : data.categories()) {
            cols.add(Column.of("属于 " + c + " " + ReasonText.of(c), Kind.INTEGER));
        }
        for (String l : data.labels()) {
            cols.add(Column.of("标识 " + l + " " + ReasonText.of(l), Kind.INTEGER));
        }
        Sheet sheet = sheets.table(CATEGORIES, 0, cols);
        int r = 1;
        for (ProfileSummaryData.CategoryRow c : data.categoryRows()) {
            Emphasis e = c.townshipCode().isEmpty() ? Emphasis.TOTAL : Emphasis.NONE;
            Row row = sheet.createRow(r++);
            sheets.code(row, 0, c.townshipCode());
            sheets.text(row, 1, name(c.townshipCode()), e);
            sheets.integer(row, 2, c.included(), e);
            int k = 3;
            for (String p : data.primaryOrder()) {
                sheets.integer(row, k++, c.byPrimary().getOrDefault(p, 0), e);
            }
            for (String p : data.categories()) {
                sheets.integer(row, k++, c.byCategory().getOrDefault(p, 0), e);
            }
            for (String p : data.labels()) {
                sheets.integer(row, k++, c.byLabel().getOrDefault(p, 0), e);
            }
        }
        r++;
        Row note = sheet.createRow(r);
        sheets.text(note, 0, "缺少的可选数据源");
        sheets.text(note, 1, data.missingSources().isEmpty() ? "无" : String.join("; ", data.missingSources())
                + "（所需分类、标识为未知 UNKNOWN）");
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
