package kuozhong.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import kuozhong.common.Townships;

/**
 * {@code subsidy-summary.csv}: the detail grouped by township_code (code order) and category (enum order
 * BUSINESS, EMPLOYMENT, FARMER, SAFETY_NET), only groups that have loans, then the TOTAL row.
 * {@code households} counts distinct household_no, per group and in total (a household with loans in two
 * groups counts once in the total).
 */
public final class SubsidySummary {

    private record Key(String townshipCode, LoanCategory category) {
    }

    private static final Comparator<Key> ORDER =
            Comparator.comparing(Key::townshipCode).thenComparing(Key::category);

    private SubsidySummary() {
    }

    public static List<SummaryRow> of(List<DetailRow> detail) {
        Map<Key, Sum> groups = new TreeMap<>(ORDER);
        Sum total = new Sum();
        for (DetailRow d : detail) {
            groups.computeIfAbsent(new Key(d.townshipCode(), d.category()), k -> new Sum()).add(d);
            total.add(d);
        }
        List<SummaryRow> rows = new ArrayList<>(groups.size() + 1);
        groups.forEach((k, s) -> rows.add(s.row(k.townshipCode(), Townships.name(k.townshipCode()), k.category())));
        rows.add(total.row(SummaryRow.TOTAL, "", null));
        return rows;
    }

    /** Running sums of one group. */
    private static final class Sum {
        final Set<String> households = new HashSet<>();
        int loans;
        BigDecimal principal = BigDecimal.ZERO;
        BigDecimal yearEndBalance = BigDecimal.ZERO;
        BigDecimal accumulation = BigDecimal.ZERO;
        BigDecimal fiscal = BigDecimal.ZERO;
        BigDecimal province = BigDecimal.ZERO;
        BigDecimal county = BigDecimal.ZERO;
        BigDecimal bank = BigDecimal.ZERO;
        BigDecimal saving = BigDecimal.ZERO;

        void add(DetailRow d) {
            households.add(d.householdNo());
            loans++;
            principal = principal.add(d.principal());
            yearEndBalance = yearEndBalance.add(d.yearEndBalance());
            accumulation = accumulation.add(d.accumulation());
            fiscal = fiscal.add(d.fiscalSubsidy());
            province = province.add(d.provinceShare());
            county = county.add(d.countyShare());
            bank = bank.add(d.bankConcession());
            saving = saving.add(d.householdSaving());
        }

        SummaryRow row(String code, String name, LoanCategory category) {
            return new SummaryRow(code, name, category, households.size(), loans, principal, yearEndBalance,
                    accumulation, fiscal, province, county, bank, saving);
        }
    }
}
