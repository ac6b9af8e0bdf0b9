package kuozhong.household;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import kuozhong.common.Mask;
import kuozhong.common.Townships;
import kuozhong.household.profile.ProfileDecision;
import kuozhong.household.visit.VisitInForce;
import kuozhong.household.visit.VisitRow;
import kuozhong.household.visit.VisitStatus;

/**
 * visits-report.csv for 县委社工部 (profile.md): the households to visit and the visits that need attention, no
 * identity numbers, the representative's name masked. Kinds in the order NOT_VISITED (included, no visit
 * considered for D), EXPIRED (latest visit expired, any decision), NOT_APPLIED (INCLUDE not applied; detail its
 * ASSISTANCE_* codes), UNKNOWN_HOUSEHOLD (latest visit of a household_no with no NORMAL member on D; township from
 * the unit, empty for BANK); within a kind by township_code (empty first), then household_no.
 */
public final class VisitsReport {
    public static final String[] HEADER = {"kind", "household_no", "township_code", "township_name", "village",
        "name_masked", "included", "flags", "visit_date", "unit", "visitor_code", "verdict", "valid_until", "detail"};
    public static final List<String> KINDS = java.util.Arrays.stream(Kind.values()).map(Kind::name).toList();

    /** The kinds of row, in the report's order, with their Chinese text. */
    public enum Kind implements kuozhong.common.Code {
        NOT_VISITED("未走访"),
        EXPIRED("走访已过期"),
        NOT_APPLIED("纳入意见未采纳"),
        UNKNOWN_HOUSEHOLD("户号无正常户籍人员");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        @Override
        public String chinese() {
            return chinese;
        }
    }

    private VisitsReport() {
    }

    /** One row of the report. */
    public record Row(String kind, String householdNo, String townshipCode, String village, String nameMasked,
            String included, String flags, VisitRow visit, String detail) {
    }

    /** The rows of a list version, in the report's order. */
    public static List<Row> rows(ListResult result) {
        List<Row> rows = new ArrayList<>();
        for (HouseholdDecision d : result.households()) {
            ProfileDecision p = d.profile();
            VisitStatus status = p == null ? VisitStatus.NOT_VISITED : p.visitStatus();
            Kind kind = switch (status) {
                case NOT_VISITED -> d.included() ? Kind.NOT_VISITED : null;
                case EXPIRED -> Kind.EXPIRED;
                case INCLUDE_NOT_APPLIED -> Kind.NOT_APPLIED;
                default -> null;
            };
            if (kind == null) {
                continue;
            }
            HouseholdDecision.Member rep = representative(d);
            rows.add(new Row(kind.name(), d.householdNo(), d.townshipCode(), rep.village() == null ? "" : rep.village(),
                    Mask.name(rep.name()), d.included() ? "Y" : "N", String.join(";", d.flags()),
                    p == null ? null : p.visit(), kind == Kind.NOT_APPLIED ? String.join(";", p.notApplied()) : ""));
        }
        for (VisitInForce v : result.unknownHouseholdVisits()) {
            VisitRow latest = v.latest();
            String township = "BANK".equals(latest.unit()) ? "" : latest.unit();
            rows.add(new Row(Kind.UNKNOWN_HOUSEHOLD.name(), latest.householdNo(), township, "", "", "", "", latest, ""));
        }
        rows.sort(Comparator.comparingInt((Row r) -> KINDS.indexOf(r.kind())).thenComparing(Row::townshipCode)
                .thenComparing(Row::householdNo));
        return rows;
    }

    /**
     * The representative of a household (profile.md): its head whose township is the household's township
     * (several: the smallest id_no), else its member with the smallest id_no.
     */
    public static HouseholdDecision.Member representative(HouseholdDecision d) {
        HouseholdDecision.Member head = null;
        HouseholdDecision.Member smallest = null;
        for (HouseholdDecision.Member m : d.members()) {
            if (smallest == null || m.idNo().compareTo(smallest.idNo()) < 0) {
                smallest = m;
            }
            if (PersonRow.HEAD.equals(m.relation()) && d.townshipCode().equals(m.townshipCode())
                    && (head == null || m.idNo().compareTo(head.idNo()) < 0)) {
                head = m;
            }
        }
        return head != null ? head : smallest;
    }

    public static void write(ListResult result, Writer out) throws IOException {
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get().print(out);
        for (Row r : rows(result)) {
            VisitRow v = r.visit();
            csv.printRecord(r.kind(), r.householdNo(), r.townshipCode(),
                    r.townshipCode().isEmpty() ? "" : Townships.name(r.townshipCode()), r.village(), r.nameMasked(),
                    r.included(), r.flags(), v == null ? "" : v.visitDate(), v == null ? "" : v.unit(),
                    v == null ? "" : v.visitorCode(), v == null ? "" : v.verdict(),
                    v == null ? "" : v.lastDayInForce(), r.detail());
        }
        csv.flush();
    }
}
