package kuozhong.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kuozhong.policy.PolicySet;
import kuozhong.settlement.ListMembership;
import kuozhong.settlement.ListVersionRef;
import kuozhong.settlement.Loan;
import kuozhong.settlement.LoanCategory;
import kuozhong.settlement.LoanProduct;
import kuozhong.settlement.LoanTransaction;
import kuozhong.settlement.MemberOf;
import kuozhong.settlement.SettlementCalculator;
import kuozhong.settlement.SettlementResult;
import kuozhong.settlement.jdbc.SettlementStore.Ledger;

/** 贴息测算 worked by hand: the same loans under the settled parameters and under a draft. */
class SubsidyComparisonTest {
    private static final String A = "33112619850101001X";
    private static final String B = "331126199002020022";
    private static final String C = "331126197503030033";
    private static final String MENGZHOU = "331126001";
    private static final ListVersionRef V1 = new ListVersionRef(1, LocalDate.parse("2024-12-31"));

    /** A and B are members of included households of version 1; C is not. */
    private static final ListMembership LIST = new ListMembership() {
        @Override
        public Optional<ListVersionRef> versionInForce(LocalDate date) {
            return date.isBefore(V1.asOf()) ? Optional.empty() : Optional.of(V1);
        }

        @Override
        public Optional<MemberOf> includedMember(ListVersionRef v, String idNo) {
            return switch (idNo) {
                case A -> Optional.of(new MemberOf("H1", MENGZHOU));
                case B -> Optional.of(new MemberOf("H2", MENGZHOU));
                default -> Optional.empty();
            };
        }
    };

    private static final Loan LA = loan("LA", A, "3.50");
    /** Contract rate 3.60: above the settled cap 3.5, within the draft's 3.6. */
    private static final Loan LB = loan("LB", B, "3.60");
    /** Not on the list: refused on both sides, whatever the parameters. */
    private static final Loan LC = loan("LC", C, "3.50");
    private static final Map<String, List<LoanTransaction>> TXNS = Map.of(
            "LA", List.of(txn("T1", "LA", "2025-03-01", LoanTransaction.Type.DRAWDOWN, "100000.00"),
                    txn("T2", "LA", "2025-09-01", LoanTransaction.Type.REPAYMENT, "40000.00")),
            "LB", List.of(txn("T3", "LB", "2025-03-01", LoanTransaction.Type.DRAWDOWN, "10000.00")),
            "LC", List.of(txn("T4", "LC", "2025-03-01", LoanTransaction.Type.DRAWDOWN, "10000.00")));

    @Test
    void oneLoanWorkedByHandUnderTheSettledAndTheDraftParameters() {
        SettlementResult settled = SettlementCalculator.settle(2025, List.of(LA, LB, LC), TXNS, LIST,
                policy("3.5", "1.8", "0.80", 360));
        SubsidyComparison c = SubsidyComparison.of(settled, ledger(), policy("3.6", "1.5", "0.75", 365));

        assertThat(c.groups()).hasSize(1);
        SubsidyComparison.Group g = c.groups().get(0);
        assertThat(g.townshipCode()).isEqualTo(MENGZHOU);
        assertThat(g.category()).isEqualTo(LoanCategory.BUSINESS);
        // current = the stored settlement: LA only (LB refused RATE_ABOVE_CAP, LC NOT_ON_LIST).
        // LA is settlement.md's worked example: accumulation 100000 × 184 + 60000 × 122 = 25,720,000.00;
        // fiscal_rate min(1.8, 7.50 − 3.5) = 1.8: 25,720,000 × 1.8 / 100 / 360 = 1286.00;
        // saving 25,720,000 × 4.00 / 100 / 360 = 2857.777… → 2857.78; bank 1571.78;
        // province 1286.00 × 0.80 = 1028.80; county 257.20
        assertThat(g.current()).isEqualTo(figures(1, "25720000.00", "1286.00", "1028.80", "257.20", "1571.78",
                "2857.78"));
        // draft: cap 3.6, fiscal cap 1.5, province 0.75, basis 365.
        // LA: fiscal_rate min(1.5, 7.50 − 3.6) = 1.5: 25,720,000 × 1.5 / 100 / 365 = 1056.986… → 1056.99;
        //     saving 25,720,000 × 4.00 / 100 / 365 = 2818.630… → 2818.63; bank 2818.63 − 1056.99 = 1761.64;
        //     province 1056.99 × 0.75 = 792.7425 → 792.74; county 264.25
        // LB (membership H2 from the stored settlement; the rate now within the cap): 2025-03-01..12-31 = 306
        //     days × 10000 = 3,060,000; fiscal 3,060,000 × 1.5 / 100 / 365 = 125.753… → 125.75;
        //     saving_rate 7.50 − 3.60 = 3.90: 3,060,000 × 3.9 / 100 / 365 = 326.958… → 326.96; bank 201.21;
        //     province 125.75 × 0.75 = 94.3125 → 94.31; county 31.44
        // sums of the rounded figures: 2 loans, 28,780,000.00, 1182.74, 887.05, 295.69, 1962.85, 3145.59
        assertThat(g.draft()).isEqualTo(figures(2, "28780000.00", "1182.74", "887.05", "295.69", "1962.85",
                "3145.59"));
        assertThat(c.currentTotal()).isEqualTo(g.current());
        assertThat(c.draftTotal()).isEqualTo(g.draft());
        assertThat(c.onlyCurrent()).isZero();
        assertThat(c.onlyDraft()).isEqualTo(1);
    }

    @Test
    void theSettledParametersAsDraftGiveTheSettledFiguresAndNoDraftSetGivesNoDraftFigures() {
        PolicySet settledSet = policy("3.5", "1.8", "0.80", 360);
        SettlementResult settled = SettlementCalculator.settle(2025, List.of(LA, LB, LC), TXNS, LIST, settledSet);
        SubsidyComparison same = SubsidyComparison.of(settled, ledger(), settledSet);
        assertThat(same.draftTotal()).isEqualTo(same.currentTotal());
        assertThat(same.onlyCurrent() + same.onlyDraft()).isZero();

        SubsidyComparison none = SubsidyComparison.of(settled, ledger(), null);
        assertThat(none.draftParameters()).isFalse();
        assertThat(none.draftTotal()).isNull();
        assertThat(none.groups().get(0).draft()).isNull();
        assertThat(none.currentTotal().fiscalSubsidy()).isEqualByComparingTo("1286.00");
    }

    @Test
    void aLoanWithoutAnyListVersionInTheStoredSettlementStaysRefusedUnderTheDraft() {
        // contract 2024-11-01: before version 1 (as of 2024-12-31), so NO_LIST_VERSION in the stored settlement
        Loan early = new Loan("LE", A, LoanProduct.JINGYING, LoanCategory.BUSINESS, LocalDate.parse("2024-11-01"),
                LocalDate.parse("2026-10-31"), new BigDecimal("10000.00"), new BigDecimal("3.50"),
                new BigDecimal("7.50"), false);
        Map<String, List<LoanTransaction>> txns = Map.of("LE",
                List.of(txn("T9", "LE", "2024-11-01", LoanTransaction.Type.DRAWDOWN, "10000.00")));
        SettlementResult settled = SettlementCalculator.settle(2025, List.of(early), txns, LIST,
                policy("3.5", "1.8", "0.80", 360));
        assertThat(settled.exceptions()).hasSize(1);
        SubsidyComparison c = SubsidyComparison.of(settled, new Ledger(null, null, List.of(early), txns),
                policy("3.5", "1.8", "0.80", 360));
        assertThat(c.groups()).isEmpty();
        assertThat(c.draftTotal().loans()).isZero();
    }

    private static Ledger ledger() {
        return new Ledger(null, null, List.of(LA, LB, LC), TXNS);
    }

    private static SubsidyComparison.Figures figures(int loans, String accumulation, String fiscal, String province,
            String county, String bank, String saving) {
        return new SubsidyComparison.Figures(loans, new BigDecimal(accumulation), new BigDecimal(fiscal),
                new BigDecimal(province), new BigDecimal(county), new BigDecimal(bank), new BigDecimal(saving));
    }

    private static Loan loan(String no, String id, String contractRate) {
        return new Loan(no, id, LoanProduct.JINGYING, LoanCategory.BUSINESS, LocalDate.parse("2025-03-01"),
                LocalDate.parse("2026-02-28"), new BigDecimal(no.equals("LA") ? "100000.00" : "10000.00"),
                new BigDecimal(contractRate), new BigDecimal("7.50"), false);
    }

    private static LoanTransaction txn(String id, String loan, String date, LoanTransaction.Type type, String amount) {
        return new LoanTransaction(id, loan, LocalDate.parse(date), type, new BigDecimal(amount));
    }

    static PolicySet policy(String rateCap, String fiscalCap, String provinceShare, int basis) {
        return new PolicySet(LocalDate.of(2024, 1, 1),
                new BigDecimal("100000.00"), new BigDecimal("1140.00"), new BigDecimal("1.5"), 18, 59,
                new BigDecimal("2010.00"), new BigDecimal("0.105"), 2, new BigDecimal("50.00"),
                new BigDecimal("200000.00"), 45,
                new BigDecimal(rateCap), new BigDecimal(fiscalCap), new BigDecimal("1.0"), new BigDecimal(provinceShare),
                basis, LocalDate.of(2024, 10, 1), Map.of());
    }
}
