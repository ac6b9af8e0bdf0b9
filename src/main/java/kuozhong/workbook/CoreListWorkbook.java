package kuozhong.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import kuozhong.common.Progress;
import kuozhong.common.Townships;
import kuozhong.workbook.Sheets.Column;
import kuozhong.workbook.Sheets.Kind;

/**
 * {@code core-list.xlsx} (扩中家庭金融服务核心名单), for the bank (profile.md): sheets 家庭 (one row per included
 * household with the columns appended to target-list.csv), 成员 (one row per member, full identity number) and
 * 说明 (as-of, policy set, snapshots, missing optional sources, every code with its Chinese text). Full identity
 * numbers: protected exactly as bank-list.xlsx ({@link BankListWorkbook#writeProtected}).
 */
public final class CoreListWorkbook {
    static final String HOUSEHOLDS = "家庭";
    static final String MEMBERS = "成员";
    static final String NOTES = "说明";

    private CoreListWorkbook() {
    }

    public static void write(CoreListData data, char[] password, Path target) throws IOException {
        write(data, password, target, Progress.Count.none());
    }

    /** Also counts each household and member row written on {@code written}. */
    public static void write(CoreListData data, char[] password, Path target, Progress.Count written)
            throws IOException {
        BankListWorkbook.writeProtected(target, password, "core-list.xlsx", wb -> fill(wb, data, written));
    }

    static void fill(EncryptedTempWorkbook wb, CoreListData data, Progress.Count written) {
        Sheets sheets = new Sheets(wb, false);
        List<Column> hc = new ArrayList<>(List.of(Column.code("户号", 14), Column.code("乡镇代码", 11),
                Column.text("乡镇(街道)", 12), Column.text("村(社区)", 16), Column.of("家庭人口", Kind.INTEGER),
                Column.of("家庭年可支配收入", Kind.AMOUNT), Column.of("人均可支配收入", Kind.AMOUNT),
                Column.code("标记 flags", 16)));
        for (String h : data.appendedHeader()) {
            hc.add(Column.code(h, 14));
        }
        Sheet households = sheets.table(HOUSEHOLDS, 0, hc);
        int r = 1;
        for (CoreListData.HouseholdRow h : written.over(data.households())) {
            Row row = households.createRow(r++);
            sheets.code(row, 0, h.householdNo());
            sheets.code(row, 1, h.townshipCode());
            sheets.text(row, 2, Townships.name(h.townshipCode()));
            sheets.text(row, 3, h.village());
            sheets.integer(row, 4, h.memberCount());
            sheets.amount(row, 5, h.householdIncome());
            sheets.amount(row, 6, h.perCapitaIncome());
            sheets.code(row, 7, h.flags());
            for (int i = 0; i < h.appended().size(); i++) {
                sheets.code(row, 8 + i, h.appended().get(i));
            }
        }
        List<Column> mc = List.of(Column.code("户号", 14), Column.text("姓名", 10), Column.of("身份证号", Kind.ID),
                Column.code("关系代码", 6), Column.text("与户主关系", 10), Column.of("年龄", Kind.INTEGER),
                Column.code("经营主体", 8), Column.code("稳定就业", 8), Column.code("学龄", 6), Column.code("宅基地", 8));
        Sheet members = sheets.table(MEMBERS, 0, mc);
        r = 1;
        for (CoreListData.MemberRow m : written.over(data.members())) {
            Row row = members.createRow(r++);
            sheets.code(row, 0, m.householdNo());
            sheets.text(row, 1, m.name());
            sheets.identity(row, 2, m.idNo());
            sheets.code(row, 3, m.relation());
            sheets.text(row, 4, Labels.relation(m.relation()));
            sheets.integer(row, 5, m.age());
            sheets.code(row, 6, m.operator());
            sheets.code(row, 7, m.employed());
            sheets.code(row, 8, m.schoolAge());
            sheets.code(row, 9, m.homestead());
        }
        Sheet notes = sheets.table(NOTES, 0, List.of(Column.text("项目", 24), Column.text("内容", 60)));
        Map<String, String> lines = new java.util.LinkedHashMap<>();
        lines.put("名单日期 as-of", data.asOf().toString());
        lines.put("政策参数组 policy set", "effective_from " + data.policyEffectiveFrom());
        lines.put("缺少的可选数据源 missing optional sources",
                data.missingSources().isEmpty() ? "无" : String.join("; ", data.missingSources()));
        r = 1;
        for (Map.Entry<String, String> e : lines.entrySet()) {
            Row row = notes.createRow(r++);
            sheets.text(row, 0, e.getKey());
            sheets.text(row, 1, e.getValue());
        }
        for (String s : data.snapshots()) {
            Row row = notes.createRow(r++);
            sheets.text(row, 0, "数据快照 snapshot");
            sheets.text(row, 1, s);
        }
        for (Map.Entry<String, String> e : new TreeMap<>(data.codes()).entrySet()) {
            Row row = notes.createRow(r++);
            sheets.code(row, 0, e.getKey());
            sheets.text(row, 1, e.getValue());
        }
    }
}
