package kuozhong.simulate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kuozhong.policy.PolicySet;
import kuozhong.settlement.DetailRow;
import kuozhong.settlement.Loan;
import kuozhong.settlement.LoanCategory;
import kuozhong.settlement.LoanOutcome;
import kuozhong.settlement.Membership;
import kuozhong.settlement.SettlementCalculator;
import kuozhong.settlement.SettlementResult;
import kuozhong.settlement.SummaryRow;
import kuozhong.settlement.jdbc.SettlementStore.Ledger;

/**
 * 贴息测算 (simulate.md, "Subsidy under the draft"): every loan of a settled year's ledger settled again with
 * the draft settlement parameters, its list membership (outcome, household, township) taken from the stored
 * settlement and never re-judged; current figures are the stored settlement's. Groups by township and
 * category hold sums of the per-loan rounded figures. Pure.
 *
 * @param draftParameters false when the draft has no set in force on Y-12-31: the draft figures are absent
 */
public record SubsidyComparison(int year, boolean draftParameters, List<Group> groups, Figures currentTotal,
        Figures draftTotal, int onlyCurrent, int onlyDraft) {

    /** The figures of one side of a group: loans subsidised and the sums of their rounded amounts. */
    public record Figures(int loans, BigDecimal accumulation, BigDecimal fiscalSubsidy, BigDecimal provinceShare,
            BigDecimal countyShare, BigDecimal bankConcession, BigDecimal householdSaving) {
        public static final Figures ZERO = new Figures(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));

        Figures plus(DetailRow d) {
            return new Figures(loans + 1, accumulation.add(d.accumulation()), fiscalSubsidy.add(d.fiscalSubsidy()),
                    provinceShare.add(d.provinceShare()), countyShare.add(d.countyShare()),
                    bankConcession.add(d.bankConcession()), householdSaving.add(d.householdSaving()));
        }

        public Figures plus(Figures o) {
            return new Figures(loans + o.loans, accumulation.add(o.accumulation), fiscalSubsidy.add(o.fiscalSubsidy),
                    provinceShare.add(o.provinceShare), countyShare.add(o.countyShare),
                    bankConcession.add(o.bankConcession), householdSaving.add(o.householdSaving));
        }

        /** The seven figures in the order of subsidy.csv and the sheet. */
        public List<BigDecimal> values() {
            return List.of(BigDecimal.valueOf(loans), accumulation, fiscalSubsidy, provinceShare, countyShare,
                    bankConcession, householdSaving);
        }
    }

    /** One (township, category) group with a subsidised loan on either side. */
    public record Group(String townshipCode, LoanCategory category, Figures current, Figures draft) {
    }

    /**
     * @param settled the stored settlement of Y, read back with its ledger
     * @param draft   the draft's set in force on Y-12-31, or {@code null} when there is none
     */
    public static SubsidyComparison of(SettlementResult settled, Ledger ledger, PolicySet draft) {
        int year = settled.year();
        Map<String, DetailRow> current = new HashMap<>(settled.detail().size() * 2);
        settled.detail().forEach(d -> current.put(d.loanNo(), d));
        Map<String, Map<LoanCategory, Figures[]>> groups = new TreeMap<>();
        int onlyCurrent = 0;
        int onlyDraft = 0;
        for (Loan loan : ledger.loans()) {
            DetailRow cur = current.get(loan.loanNo());
            DetailRow dr = null;
            if (draft != null) {
                Membership m = settled.membershipOf(loan.loanNo());
                LoanOutcome o = SettlementCalculator.settle(year, draft, loan,
                        ledger.transactions().getOrDefault(loan.loanNo(), List.of()), m.version(), m.member());
                dr = o.detail();
                if (cur != null && dr == null) {
                    onlyCurrent++;
                } else if (cur == null && dr != null) {
                    onlyDraft++;
                }
            }
            if (cur == null && dr == null) {
                continue;
            }
            String township = (cur != null ? cur : dr).townshipCode();
            Figures[] f = groups.computeIfAbsent(township, k -> new TreeMap<>())
                    .computeIfAbsent(loan.category(), k -> new Figures[] {Figures.ZERO, Figures.ZERO});
            if (cur != null) {
                f[0] = f[0].plus(cur);
            }
            if (dr != null) {
                f[1] = f[1].plus(dr);
            }
        }
        List<Group> rows = new ArrayList<>();
        Figures totalCurrent = Figures.ZERO;
        Figures totalDraft = Figures.ZERO;
        for (var t : groups.entrySet()) {
            for (var c : t.getValue().entrySet()) {
                Figures[] f = c.getValue();
                rows.add(new Group(t.getKey(), c.getKey(), f[0], draft == null ? null : f[1]));
                totalCurrent = totalCurrent.plus(f[0]);
                totalDraft = totalDraft.plus(f[1]);
            }
        }
        return new SubsidyComparison(year, draft != null, rows, totalCurrent, draft == null ? null : totalDraft,
                onlyCurrent, onlyDraft);
    }

    /** The township code of the total row, as in subsidy-summary.csv. */
    public static final String TOTAL = SummaryRow.TOTAL;
}
