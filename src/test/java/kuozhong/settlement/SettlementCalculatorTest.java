package kuozhong.settlement;

import static kuozhong.settlement.Fixtures.bd;
import static kuozhong.settlement.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The ledger of {@link Ledger2025}, figures worked there by hand. */
class SettlementCalculatorTest {
    private final SettlementResult r = Ledger2025.settle(2025);

    @Test
    void theWorkedExampleIsADetailRowToTheFen() {
        DetailRow l1 = r.detail().get(0);
        assertThat(l1.loanNo()).isEqualTo("L1");
        assertThat(l1.householdNo()).isEqualTo("H1");
        assertThat(l1.townshipCode()).isEqualTo("331126001");
        assertThat(l1.townshipName()).isEqualTo("濛洲街道");
        assertThat(l1.days()).isEqualTo(306);
        assertThat(l1.accumulation()).isEqualByComparingTo("25720000.00");
        assertThat(l1.yearEndBalance()).isEqualByComparingTo("60000.00");
        assertThat(l1.fiscalRate()).isEqualByComparingTo("1.80");
        assertThat(l1.bankRate()).isEqualByComparingTo("2.20");
        assertThat(l1.fiscalSubsidy()).isEqualTo(bd("1286.00"));
        assertThat(l1.householdSaving()).isEqualTo(bd("2857.78"));
        assertThat(l1.bankConcession()).isEqualTo(bd("1571.78"));
        assertThat(l1.provinceShare()).isEqualTo(bd("1028.80"));
        assertThat(l1.countyShare()).isEqualTo(bd("257.20"));
        assertThat(l1.flags()).isEmpty();
        assertThat(l1.listVersion()).isEqualTo(new ListVersionRef(1, d("2024-09-30")));
    }

    @Test
    void detailAndExceptionsAreSortedAndInactiveLoansAreInNeither() {
        assertThat(r.detail()).extracting(DetailRow::loanNo).containsExactly("L1", "L2", "L3", "L4");
        assertThat(r.exceptions()).extracting(ExceptionRow::loanNo).containsExactly("L5");
        assertThat(r.exceptions().get(0).reasons()).containsExactly("NOT_ON_LIST");
        assertThat(r.inactiveLoanNos()).containsExactly("L6");
        assertThat(r.ledgerLoans()).isEqualTo(6);
    }

    @Test
    void aLoanContractedIn2024AndOutstandingThrough2025() {
        DetailRow l4 = r.detail().get(3);
        assertThat(l4.days()).isEqualTo(365);
        assertThat(l4.accumulation()).isEqualByComparingTo("18250000.00");
        assertThat(l4.fiscalSubsidy()).isEqualTo(bd("912.50"));
        assertThat(l4.householdSaving()).isEqualTo(bd("1419.44"));
        assertThat(l4.bankConcession()).isEqualTo(bd("506.94"));
        assertThat(l4.provinceShare()).isEqualTo(bd("730.00"));
        assertThat(l4.countyShare()).isEqualTo(bd("182.50"));
    }

    @Test
    void summaryGroupsByTownshipThenCategoryAndEndsWithTheTotal() {
        // 001 BUSINESS = L1 + L3: households H1,H2; principal 220000; year end 60000; acc 49,320,000;
        //   fiscal 1286.00+1180.00 = 2466.00; province 1028.80+944.00 = 1972.80; county 257.20+236.00 = 493.20;
        //   bank 1571.78+1442.22 = 3014.00; saving 2857.78+2622.22 = 5480.00
        // 001 EMPLOYMENT = L2; 002 FARMER = L4
        // TOTAL: households H1,H2,H3 = 3 (H1 once although in two groups); loans 4; principal 300000;
        //   year end 60000+30000+0+50000 = 140000; acc 25.72M+6.42M+23.6M+18.25M = 73,990,000;
        //   fiscal 1286+0+1180+912.50 = 3378.50; province 1028.80+0+944+730 = 2702.80; county 675.70;
        //   bank 1571.78+89.17+1442.22+506.94 = 3610.11; saving 2857.78+89.17+2622.22+1419.44 = 6988.61
        assertThat(r.summary()).extracting(s -> s.townshipCode() + "/" + s.category())
                .containsExactly("331126001/BUSINESS", "331126001/EMPLOYMENT", "331126002/FARMER", "TOTAL/null");
        SummaryRow biz = r.summary().get(0);
        assertThat(biz.households()).isEqualTo(2);
        assertThat(biz.loans()).isEqualTo(2);
        assertThat(biz.principal()).isEqualByComparingTo("220000.00");
        assertThat(biz.yearEndBalance()).isEqualByComparingTo("60000.00");
        assertThat(biz.accumulation()).isEqualByComparingTo("49320000.00");
        assertThat(biz.fiscalSubsidy()).isEqualTo(bd("2466.00"));
        assertThat(biz.provinceShare()).isEqualTo(bd("1972.80"));
        assertThat(biz.countyShare()).isEqualTo(bd("493.20"));
        assertThat(biz.bankConcession()).isEqualTo(bd("3014.00"));
        assertThat(biz.householdSaving()).isEqualTo(bd("5480.00"));

        SummaryRow t = r.total();
        assertThat(t.townshipName()).isEmpty();
        assertThat(t.households()).isEqualTo(3);
        assertThat(t.loans()).isEqualTo(4);
        assertThat(t.principal()).isEqualByComparingTo("300000.00");
        assertThat(t.yearEndBalance()).isEqualByComparingTo("140000.00");
        assertThat(t.accumulation()).isEqualByComparingTo("73990000.00");
        assertThat(t.fiscalSubsidy()).isEqualTo(bd("3378.50"));
        assertThat(t.provinceShare()).isEqualTo(bd("2702.80"));
        assertThat(t.countyShare()).isEqualTo(bd("675.70"));
        assertThat(t.bankConcession()).isEqualTo(bd("3610.11"));
        assertThat(t.householdSaving()).isEqualTo(bd("6988.61"));
    }

    @Test
    void theListVersionOfEveryLoanWithOneInForceIsKept() {
        assertThat(r.listVersionByLoan()).containsOnlyKeys("L1", "L2", "L3", "L4", "L5", "L6");
        assertThat(r.listVersionsUsed()).containsExactly(Map.entry(new ListVersionRef(1, d("2024-09-30")), 6));
    }

    @Test
    void anOverdueLoanCarriesTheFlag() {
        Loan l = Fixtures.loan("L7", Fixtures.ID_A, "2025-01-10", "2025-07-10", "10000.00");
        SettlementResult o = SettlementCalculator.settle(2025, List.of(l),
                Fixtures.byLoan(Fixtures.draw("L7", "2025-01-10", "10000.00")), Fixtures.standardList(),
                Fixtures.policy());
        // 181 days × 10000 = 1,810,000; fiscal 1,810,000 × 1.8 / 36000 = 90.50
        assertThat(o.detail()).singleElement().satisfies(row -> {
            assertThat(row.flags()).containsExactly("OVERDUE");
            assertThat(row.days()).isEqualTo(181);
            assertThat(row.fiscalSubsidy()).isEqualTo(bd("90.50"));
        });
    }

    @Test
    void anEmptyLedgerHasAZeroTotalRow() {
        SettlementResult empty = SettlementCalculator.settle(2025, List.of(), Map.of(), Fixtures.standardList(),
                Fixtures.policy());
        assertThat(empty.summary()).singleElement().satisfies(t -> {
            assertThat(t.isTotal()).isTrue();
            assertThat(t.loans()).isZero();
        });
    }

    @Test
    void aLoanSettledTwiceIsRefused() {
        Loan l = Ledger2025.loans().get(0);
        assertThatThrownBy(() -> SettlementCalculator.settle(2025, List.of(l, l), Map.of(), Fixtures.standardList(),
                Fixtures.policy())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("L4");
    }
}
