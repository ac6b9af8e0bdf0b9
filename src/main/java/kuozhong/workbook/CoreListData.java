package kuozhong.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The content of {@code core-list.xlsx} (扩中家庭金融服务核心名单, profile.md): the included households with the
 * columns appended to target-list.csv, their members with full identity numbers, and the notes.
 *
 * @param households       sorted by household_no
 * @param members          sorted by household_no, then id_no
 * @param appendedHeader   the names of the appended columns, in order
 * @param snapshots        one line per source snapshot used
 * @param missingSources   the optional sources without a snapshot
 * @param codes            every code shown, with its Chinese text, in display order
 */
public record CoreListData(LocalDate asOf, LocalDate policyEffectiveFrom, List<HouseholdRow> households,
        List<MemberRow> members, List<String> appendedHeader, List<String> snapshots, List<String> missingSources,
        Map<String, String> codes) {

    public CoreListData {
        Objects.requireNonNull(asOf, "asOf");
        households = List.copyOf(households);
        members = List.copyOf(members);
        appendedHeader = List.copyOf(appendedHeader);
        snapshots = List.copyOf(snapshots);
        missingSources = List.copyOf(missingSources);
        codes = Map.copyOf(codes);
    }

    /** One included household. */
    public record HouseholdRow(String householdNo, String townshipCode, String village, int memberCount,
            BigDecimal householdIncome, BigDecimal perCapitaIncome, String flags, List<String> appended) {
        public HouseholdRow {
            appended = List.copyOf(appended);
        }
    }

    /**
     * One member of an included household; the four flags are {@code Y}, {@code ?} (source missing) or empty.
     */
    public record MemberRow(String householdNo, String name, String idNo, String relation, int age, String operator,
            String employed, String schoolAge, String homestead) {
        /** Never prints the name or identity number (toString ends up in logs). */
        @Override
        public String toString() {
            return "MemberRow[householdNo=" + householdNo + "]";
        }
    }
}
