package kuozhong.settlement;

import static kuozhong.settlement.Fixtures.ID_A;
import static kuozhong.settlement.Fixtures.ID_B;
import static kuozhong.settlement.Fixtures.ID_D;
import static kuozhong.settlement.Fixtures.T_MENGZHOU;
import static kuozhong.settlement.Fixtures.T_SONGYUAN;
import static kuozhong.settlement.Fixtures.draw;
import static kuozhong.settlement.Fixtures.guaranteed;
import static kuozhong.settlement.Fixtures.loan;
import static kuozhong.settlement.Fixtures.policy;
import static kuozhong.settlement.Fixtures.repay;
import static kuozhong.settlement.Fixtures.standardList;
import static kuozhong.settlement.Fixtures.withProduct;
import static kuozhong.settlement.Fixtures.withRates;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kuozhong.household.RuleOutcome;
import kuozhong.settlement.LoanOutcome.Kind;
import kuozhong.settlement.eligibility.EligibilityChecks;
import kuozhong.settlement.eligibility.LoanCheck;

/** Each eligibility code on a loan that passes every other check (borrower A, household H1, list version 1). */
class EligibilityTest {

    private static LoanOutcome settle(ListMembership list, Loan l) {
        return new SettlementCalculator(2025, list, policy())
                .settle(l, List.of(draw(l.loanNo(), l.contractDate().toString(), "1000.00")));
    }

    private static LoanOutcome settle(Loan l) {
        return settle(standardList(), l);
    }

    private static Loan ok() {
        return loan("L1", ID_A, "2025-03-01", "2026-03-01", "1000.00");
    }

    private static List<String> reasons(LoanOutcome o) {
        return o.kind() == Kind.REFUSED ? o.exception().reasons() : List.of();
    }

    @Test
    void theChecksRunInTheSpecsOrder() {
        assertThat(EligibilityChecks.ALL).extracting(c -> c.code().name()).containsExactly("NOT_SERIES_PRODUCT",
                "BEFORE_PROGRAM_START", "RATE_ABOVE_CAP", "GUARANTEE_SUBSIDIZED", "NO_LIST_VERSION", "NOT_ON_LIST",
                "LEDGER_INCONSISTENT");
    }

    @Test
    void anEligibleLoanIsSubsidisedAndEveryCheckSaysWhy() {
        LoanOutcome o = settle(ok());
        assertThat(o.kind()).isEqualTo(Kind.SUBSIDISED);
        assertThat(o.findings()).extracting(RuleOutcome::fired).containsOnly(false);
        assertThat(o.findings()).extracting(RuleOutcome::detail).contains(
                "contract_date 2025-03-01 >= program_start 2024-10-01",
                "contract_rate 3.50 <= household_rate_cap 3.5",
                "household H1 included in list version 1 as of 2024-09-30");
    }

    @Test
    void notSeriesProduct() {
        assertThat(reasons(settle(withProduct(ok(), LoanProduct.OTHER)))).containsExactly("NOT_SERIES_PRODUCT");
    }

    @Test
    void beforeProgramStart() {
        // 2024-09-30 < 2024-10-01; 2024-10-01 itself is in the programme
        assertThat(reasons(settle(loan("L1", ID_A, "2024-09-30", "2025-09-30", "1000.00"))))
                .containsExactly("BEFORE_PROGRAM_START");
        assertThat(settle(loan("L1", ID_A, "2024-10-01", "2025-10-01", "1000.00")).kind()).isEqualTo(Kind.SUBSIDISED);
    }

    @Test
    void rateAboveCap() {
        LoanOutcome o = settle(withRates(ok(), "3.51", "7.50"));
        assertThat(reasons(o)).containsExactly("RATE_ABOVE_CAP");
        assertThat(o.exception().findings().get(0).detail()).isEqualTo("contract_rate 3.51 > household_rate_cap 3.5");
        assertThat(settle(withRates(ok(), "3.5000", "7.50")).kind()).isEqualTo(Kind.SUBSIDISED);
    }

    @Test
    void guaranteeSubsidized() {
        assertThat(reasons(settle(guaranteed(ok())))).containsExactly("GUARANTEE_SUBSIDIZED");
    }

    @Test
    void ledgerInconsistent() {
        Loan l = ok();
        LoanOutcome o = new SettlementCalculator(2025, standardList(), policy())
                .settle(l, List.of(draw("L1", "2025-03-01", "1000.00"), repay("L1", "2025-04-01", "1500.00")));
        assertThat(reasons(o)).containsExactly("LEDGER_INCONSISTENT");
    }

    @Test
    void everyCodeThatFiresIsListedInOrder() {
        Loan l = guaranteed(withRates(withProduct(
                loan("L9", ID_D, "2024-09-30", "2025-09-30", "1000.00"), LoanProduct.OTHER), "4.00", "7.50"));
        LoanOutcome o = new SettlementCalculator(2025, standardList(), policy())
                .settle(l, List.of(draw("L9", "2024-09-01", "1000.00")));
        assertThat(reasons(o)).containsExactly("NOT_SERIES_PRODUCT", "BEFORE_PROGRAM_START", "RATE_ABOVE_CAP",
                "GUARANTEE_SUBSIDIZED", "NOT_ON_LIST", "LEDGER_INCONSISTENT");
    }

    @Test
    void noListVersionIsNotNotOnList() {
        // the first version is as of 2024-12-31; a loan contracted 2024-12-30 has no list in force
        var list = new Fixtures.InMemoryList().version(1, "2024-12-31").member(1, ID_A, "H1", T_MENGZHOU);
        LoanOutcome o = settle(list, loan("L1", ID_A, "2024-12-30", "2025-12-30", "1000.00"));
        assertThat(reasons(o)).containsExactly("NO_LIST_VERSION");
        assertThat(o.listVersion()).isNull();
        // contracted on the as-of date itself: the version is in force ("on or before")
        assertThat(settle(list, loan("L1", ID_A, "2024-12-31", "2025-12-31", "1000.00")).kind())
                .isEqualTo(Kind.SUBSIDISED);
    }

    @Test
    void notOnListWhenAVersionIsInForceAndTheBorrowerIsNotInAnIncludedHousehold() {
        LoanOutcome o = settle(loan("L1", ID_D, "2025-03-01", "2026-03-01", "1000.00"));
        assertThat(reasons(o)).containsExactly("NOT_ON_LIST");
        assertThat(o.listVersion().versionId()).isEqualTo(1);
        assertThat(o.exception().findings().get(0).detail())
                .isEqualTo("borrower 331126********0044 is not a member of an included household in list version 1 as of 2024-09-30");
    }

    @Test
    void aHouseholdThatLeavesTheListLaterKeepsTheSubsidyOnLoansContractedWhileListed() {
        // version 1 (2024-09-30): A in H1, B in H2 (濛洲); version 2 (2025-06-30): A gone, B's household now in 松源
        var list = new Fixtures.InMemoryList()
                .version(1, "2024-09-30").member(1, ID_A, "H1", T_MENGZHOU).member(1, ID_B, "H2", T_MENGZHOU)
                .version(2, "2025-06-30").member(2, ID_B, "H2", T_SONGYUAN);
        LoanOutcome before = settle(list, loan("L1", ID_A, "2025-03-01", "2026-03-01", "1000.00"));
        assertThat(before.kind()).isEqualTo(Kind.SUBSIDISED);
        assertThat(before.detail().householdNo()).isEqualTo("H1");
        assertThat(before.detail().listVersion().versionId()).isEqualTo(1);

        assertThat(reasons(settle(list, loan("L2", ID_A, "2025-06-30", "2026-06-30", "1000.00"))))
                .containsExactly("NOT_ON_LIST");
        assertThat(reasons(settle(list, loan("L3", ID_A, "2025-07-01", "2026-07-01", "1000.00"))))
                .containsExactly("NOT_ON_LIST");

        // the household and township are those of the version in force on the contract date
        assertThat(settle(list, loan("L4", ID_B, "2025-03-01", "2026-03-01", "1000.00")).detail().townshipCode())
                .isEqualTo(T_MENGZHOU);
        LoanOutcome later = settle(list, loan("L5", ID_B, "2025-07-01", "2026-07-01", "1000.00"));
        assertThat(later.detail().townshipCode()).isEqualTo(T_SONGYUAN);
        assertThat(later.detail().townshipName()).isEqualTo("松源街道");
    }
}
