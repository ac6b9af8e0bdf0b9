package kuozhong.settlement;

import static kuozhong.settlement.Fixtures.ID_A;
import static kuozhong.settlement.Fixtures.bd;
import static kuozhong.settlement.Fixtures.loan;
import static kuozhong.settlement.Fixtures.policy;
import static kuozhong.settlement.Fixtures.withRates;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kuozhong.policy.PolicySet;

/** Rates and amounts worked by hand; divisor = 100 × 360 = 36000. */
class SubsidyAmountsTest {
    private final PolicySet policy = policy();

    private SubsidyRates rates(String contract, String reference) {
        return SubsidyRates.of(withRates(loan("L", ID_A, "2025-03-01", "2026-03-01", "1.00"), contract, reference), policy);
    }

    @Test
    void theSpecsWorkedExample() {
        // reference 7.50, contract 3.50: excess 4.00, fiscal min(1.8, 4.00 × 1.0) = 1.8, saving 4.00, bank 2.20
        SubsidyRates r = rates("3.50", "7.50");
        assertThat(r.excess()).isEqualByComparingTo("4.00");
        assertThat(r.fiscalRate()).isEqualByComparingTo("1.80");
        assertThat(r.savingRate()).isEqualByComparingTo("4.00");
        assertThat(r.bankRate()).isEqualByComparingTo("2.20");
        // fiscal = 25,720,000 × 1.8 / 36000 = 46,296,000 / 36000 = 1286.00
        // saving = 25,720,000 × 4.00 / 36000 = 102,880,000 / 36000 = 2857.777… → 2857.78
        // bank = 2857.78 − 1286.00 = 1571.78; province = 1286.00 × 0.80 = 1028.80; county = 257.20
        SubsidyAmounts a = SubsidyAmounts.of(bd("25720000.00"), r, policy);
        assertThat(a.fiscalSubsidy()).isEqualTo(bd("1286.00"));
        assertThat(a.householdSaving()).isEqualTo(bd("2857.78"));
        assertThat(a.bankConcession()).isEqualTo(bd("1571.78"));
        assertThat(a.provinceShare()).isEqualTo(bd("1028.80"));
        assertThat(a.countyShare()).isEqualTo(bd("257.20"));
    }

    @Test
    void aReferenceRateBelowCapPlus1point8GivesAFiscalRateUnder1point8() {
        // reference 4.85, contract 3.45: excess 1.35 → fiscal 1.35; saving 1.40; bank 0.05
        SubsidyRates r = rates("3.45", "4.85");
        assertThat(r.fiscalRate()).isEqualByComparingTo("1.35");
        assertThat(r.savingRate()).isEqualByComparingTo("1.40");
        assertThat(r.bankRate()).isEqualByComparingTo("0.05");
        // 200000 for 275 days (2025-04-01..12-31 = 30+31+30+31+31+30+31+30+31) = 55,000,000
        // fiscal = 55,000,000 × 1.35 / 36000 = 74,250,000 / 36000 = 2062.50
        // saving = 55,000,000 × 1.40 / 36000 = 77,000,000 / 36000 = 2138.888… → 2138.89
        // bank 76.39; province 2062.50 × 0.8 = 1650.00; county 412.50
        SubsidyAmounts a = SubsidyAmounts.of(bd("55000000.00"), r, policy);
        assertThat(a.fiscalSubsidy()).isEqualTo(bd("2062.50"));
        assertThat(a.householdSaving()).isEqualTo(bd("2138.89"));
        assertThat(a.bankConcession()).isEqualTo(bd("76.39"));
        assertThat(a.provinceShare()).isEqualTo(bd("1650.00"));
        assertThat(a.countyShare()).isEqualTo(bd("412.50"));
    }

    @Test
    void aReferenceRateAtTheCapGivesNoFiscalSubsidy() {
        // reference 3.50, contract 3.00: excess 0, fiscal 0, saving = bank = 0.50
        SubsidyRates r = rates("3.00", "3.50");
        assertThat(r.fiscalRate()).isEqualByComparingTo("0");
        assertThat(r.bankRate()).isEqualByComparingTo("0.50");
        // 30000 × 214 days (2025-06-01..12-31) = 6,420,000; saving = 6,420,000 × 0.50 / 36000 = 89.166… → 89.17
        SubsidyAmounts a = SubsidyAmounts.of(bd("6420000.00"), r, policy);
        assertThat(a.fiscalSubsidy()).isEqualTo(bd("0.00"));
        assertThat(a.householdSaving()).isEqualTo(bd("89.17"));
        assertThat(a.bankConcession()).isEqualTo(bd("89.17"));
        assertThat(a.provinceShare()).isEqualTo(bd("0.00"));
        assertThat(a.countyShare()).isEqualTo(bd("0.00"));
    }

    @Test
    void aReferenceRateBelowTheCapGivesNoNegativeExcess() {
        // reference 3.20, contract 3.00: excess max(0, −0.30) = 0; saving = bank = 0.20
        SubsidyRates r = rates("3.00", "3.20");
        assertThat(r.excess()).isEqualByComparingTo("0");
        assertThat(r.fiscalRate()).isEqualByComparingTo("0");
        assertThat(r.bankRate()).isEqualByComparingTo("0.20");
    }

    @Test
    void theShareOfExcessAppliesBeforeTheCap() {
        // share 0.5: reference 7.50 → excess 4.00 × 0.5 = 2.00 → capped 1.8; reference 5.50 → 2.00 × 0.5 = 1.00
        PolicySet half = new PolicySet(policy.effectiveFrom(), policy.householdIncomeCeiling(),
                policy.dibaoMonthlyStandard(), policy.dibianMultiplier(), 18, 59, policy.imputedMonthlyIncome(),
                policy.personalContributionRate(), 2, policy.commercialAreaLimitM2(), policy.vehiclePriceLimit(), 45,
                policy.householdRateCap(), policy.fiscalSubsidyCap(), bd("0.5"), policy.provinceShare(), 360,
                policy.programStart(), policy.targets());
        Loan l = loan("L", ID_A, "2025-03-01", "2026-03-01", "1.00");
        assertThat(SubsidyRates.of(withRates(l, "3.50", "7.50"), half).fiscalRate()).isEqualByComparingTo("1.8");
        assertThat(SubsidyRates.of(withRates(l, "3.50", "5.50"), half).fiscalRate()).isEqualByComparingTo("1.00");
    }

    @Test
    void roundingIsHalfUpAtExactlyHalfAFen() {
        SubsidyRates r = rates("3.50", "7.50"); // fiscal 1.8, saving 4.00
        // accumulation 100: fiscal = 100 × 1.8 / 36000 = 0.005 exactly → 0.01 (half-even would give 0.00)
        //                   saving = 100 × 4 / 36000 = 0.0111… → 0.01; bank 0.00
        //                   province = 0.01 × 0.8 = 0.008 → 0.01; county 0.00
        SubsidyAmounts a = SubsidyAmounts.of(bd("100.00"), r, policy);
        assertThat(a.fiscalSubsidy()).isEqualTo(bd("0.01"));
        assertThat(a.householdSaving()).isEqualTo(bd("0.01"));
        assertThat(a.bankConcession()).isEqualTo(bd("0.00"));
        assertThat(a.provinceShare()).isEqualTo(bd("0.01"));
        assertThat(a.countyShare()).isEqualTo(bd("0.00"));
        // accumulation 500: fiscal = 900 / 36000 = 0.025 exactly → 0.03 (half-even: 0.02)
        //                   saving = 2000 / 36000 = 0.0555… → 0.06; bank 0.03; province 0.024 → 0.02; county 0.01
        SubsidyAmounts b = SubsidyAmounts.of(bd("500.00"), r, policy);
        assertThat(b.fiscalSubsidy()).isEqualTo(bd("0.03"));
        assertThat(b.householdSaving()).isEqualTo(bd("0.06"));
        assertThat(b.bankConcession()).isEqualTo(bd("0.03"));
        assertThat(b.provinceShare()).isEqualTo(bd("0.02"));
        assertThat(b.countyShare()).isEqualTo(bd("0.01"));
        // just under: 99.99 × 1.8 / 36000 = 0.0049995 → 0.00 (no intermediate rounding lifts it to 0.005)
        assertThat(SubsidyAmounts.of(bd("99.99"), r, policy).fiscalSubsidy()).isEqualTo(bd("0.00"));
    }

    @Test
    void provinceShareRoundsHalfUpToo() {
        // with a province share of 0.5: fiscal 0.01 × 0.5 = 0.005 → 0.01, county 0.00
        PolicySet halfProvince = policy(bd("0.5"));
        SubsidyAmounts a = SubsidyAmounts.of(bd("100.00"), rates("3.50", "7.50"), halfProvince);
        assertThat(a.fiscalSubsidy()).isEqualTo(bd("0.01"));
        assertThat(a.provinceShare()).isEqualTo(bd("0.01"));
        assertThat(a.countyShare()).isEqualTo(bd("0.00"));
    }
}
