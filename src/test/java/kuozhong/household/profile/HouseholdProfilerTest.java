package kuozhong.household.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kuozhong.ingest.Source;
import kuozhong.policy.ProfilePolicy;

/**
 * Categories and labels of profile.md at their boundaries, as of D = 2025-03-15. Default policy:
 * income_floor = 1140.00 × 12 × 1.5 = 20520.00; SAFETY_NET line = 20520.00 × 1.5 = 30780.00;
 * employment_min_months 6; school ages 6-22; medical_self_pay_threshold 20000.00. Unless a test says
 * otherwise a household has per-capita income 40000.00 (above the SAFETY_NET line) and every source.
 */
class HouseholdProfilerTest {
    private final ProfileFixture f = new ProfileFixture();

    @Test
    void employedMonthsExactlyAtTheMinimumHoldAndOneBelowDoNot() {
        String a = f.adult();
        f.employed.put(a, 6); // 6 ≥ 6
        HouseholdProfile p = f.profile();
        assertThat(p.categories()).containsExactly("EMPLOYMENT");
        assertThat(p.primaryCategory()).isEqualTo("EMPLOYMENT");
        assertThat(p.labels()).containsExactly("NO_OWN_HOME", "EMPLOYEE");
        assertThat(p.suggestedProducts()).containsExactly("ANJU", "WENYE");
        assertThat(f.outcome("EMPLOYMENT").figures()).containsEntry("employment_min_months", "6")
                .containsEntry("employed_months_by_member", kuozhong.common.Mask.idNo(a) + "=6");

        f.employed.put(a, 5); // 5 < 6
        HouseholdProfile q = f.profile();
        assertThat(q.categories()).isEmpty();
        assertThat(q.primaryCategory()).isEqualTo("UNCLASSIFIED");
        assertThat(q.labels()).containsExactly("NO_OWN_HOME");
    }

    @Test
    void schoolAgesExactly6And22OnDHoldAnd5And23DoNot() {
        f.adult();
        f.member(LocalDate.of(2019, 3, 16)); // 5 on 2025-03-15 (turns 6 the next day)
        f.member(LocalDate.of(2002, 3, 15)); // 23 on 2025-03-15 (birthday on D)
        assertThat(f.profile().labels()).doesNotContain("SCHOOL_AGE_MEMBER");
        assertThat(f.outcome("SCHOOL_AGE_MEMBER").figures().get("ages_on_as_of")).contains("=5").contains("=23");

        ProfileFixture six = new ProfileFixture();
        six.adult();
        six.member(LocalDate.of(2019, 3, 15)); // 6 on D: a birthday on D counts
        assertThat(six.profile().labels()).contains("SCHOOL_AGE_MEMBER");
        assertThat(six.profile().suggestedProducts()).startsWith("ZHUXUE");

        ProfileFixture twentyTwo = new ProfileFixture();
        twentyTwo.adult();
        twentyTwo.member(LocalDate.of(2002, 3, 16)); // 22 on D (turns 23 the next day)
        assertThat(twentyTwo.profile().labels()).contains("SCHOOL_AGE_MEMBER");
    }

    @Test
    void selfPayExactlyAtTheThresholdDoesNotHoldOneFenOverDoes() {
        String a = f.adult();
        String b = f.adult();
        f.selfPay.add(new SelfPayRow(a, 202403, new BigDecimal("12000.00")));
        f.selfPay.add(new SelfPayRow(b, 202502, new BigDecimal("8000.00")));
        // 12000.00 + 8000.00 = 20000.00, not > 20000.00
        assertThat(f.profile().labels()).doesNotContain("HIGH_MEDICAL_SELF_PAY");
        assertThat(f.outcome("HIGH_MEDICAL_SELF_PAY").figures()).containsEntry("self_pay", "20000.00")
                .containsEntry("medical_self_pay_threshold", "20000.00");
        f.selfPay.add(new SelfPayRow(b, 202501, new BigDecimal("0.01")));
        // 20000.01 > 20000.00
        assertThat(f.profile().labels()).contains("HIGH_MEDICAL_SELF_PAY");
        assertThat(f.profile().suggestedProducts()).contains("ZHUYI");
    }

    @Test
    void perCapitaIncomeExactlyAtTheSafetyNetLineIsNotSafetyNetOneFenBelowIs() {
        f.adult();
        f.perCapita = new BigDecimal("30780.00"); // 30780.00 < 30780.00 is false
        assertThat(f.profile().categories()).isEmpty();
        assertThat(f.outcome("SAFETY_NET").figures()).containsEntry("safety_net_line", "30780.00")
                .containsEntry("income_floor", "20520.00").containsEntry("safety_net_income_multiple", "1.5");
        f.perCapita = new BigDecimal("30779.99");
        assertThat(f.profile().categories()).containsExactly("SAFETY_NET");
        assertThat(f.profile().primaryCategory()).isEqualTo("SAFETY_NET");
    }

    @Test
    void theSafetyNetLineIsTheExactProductWithAFourDecimalMultiple() {
        f.adult();
        // 20520.00 × 1.2345 = 20520 + 20520 × 0.2345 = 20520 + 4811.94 = 25331.94 (exact, no rounding)
        var policy = ProfileFixture.policy().withProfile(new ProfilePolicy(new BigDecimal("1.2345"), 6, 6, 22,
                new BigDecimal("20000.00")));
        f.perCapita = new BigDecimal("25331.94");
        assertThat(f.profile(policy).categories()).isEmpty();
        f.perCapita = new BigDecimal("25331.93");
        assertThat(f.profile(policy).categories()).containsExactly("SAFETY_NET");
    }

    @Test
    void categoriesInPrecedenceOrderAndEveryLabelWithItsProduct() {
        String a = f.adult();
        f.member(LocalDate.of(2010, 1, 1));
        f.entity(a, "INDIVIDUAL_BUSINESS", "ACTIVE", LocalDate.of(2020, 1, 1));
        f.employed.put(a, 12);
        f.homesteads.add(new HomesteadRow("ZJD1", a, "331126101", "东村", new BigDecimal("120.00"), "VALID"));
        f.selfPay.add(new SelfPayRow(a, 202406, new BigDecimal("30000.00")));
        f.perCapita = new BigDecimal("10000.00");
        HouseholdProfile p = f.profile();
        assertThat(p.categories()).containsExactly("BUSINESS", "EMPLOYMENT", "FARMER", "SAFETY_NET");
        assertThat(p.primaryCategory()).isEqualTo("BUSINESS");
        // a homestead.csv land right is no home: NO_OWN_HOME still holds
        assertThat(p.labels()).containsExactly("BUSINESS_OPERATOR", "SCHOOL_AGE_MEMBER", "HIGH_MEDICAL_SELF_PAY",
                "NO_OWN_HOME", "EMPLOYEE");
        assertThat(p.suggestedProducts()).containsExactly("JINGYING", "ZHUXUE", "ZHUYI", "ANJU", "WENYE");
        assertThat(p.unknown()).isEmpty();
        assertThat(f.outcome("BUSINESS").figures().get("entities"))
                .contains("91350100M000100Y43 INDIVIDUAL_BUSINESS ACTIVE established 2020-01-01 revenue 2024 88000.50");
    }

    @Test
    void anEntityCountsOnlyWhenActiveAndEstablishedOnOrBeforeD() {
        String a = f.adult();
        f.entity(a, "ENTERPRISE", "ACTIVE", ProfileFixture.D.plusDays(1));
        f.entity(a, "ENTERPRISE", "REVOKED", LocalDate.of(2020, 1, 1));
        assertThat(f.profile().categories()).isEmpty();
        f.entity(a, "ENTERPRISE", "ACTIVE", ProfileFixture.D); // established on D counts
        assertThat(f.profile().categories()).containsExactly("BUSINESS");
    }

    @Test
    void aCooperativeIsAFarmerAndAnOperatorButNoBusiness() {
        String a = f.adult();
        f.entity(a, "FARMER_COOPERATIVE", "ACTIVE", LocalDate.of(2020, 1, 1));
        HouseholdProfile p = f.profile();
        assertThat(p.categories()).containsExactly("FARMER");
        assertThat(p.labels()).startsWith("BUSINESS_OPERATOR");
    }

    @Test
    void ownHomeAndHomesteadFromRealEstate() {
        String a = f.adult();
        f.estate("R1", a, "HOMESTEAD", "VALID", LocalDate.of(2010, 1, 1));
        HouseholdProfile p = f.profile();
        // a HOMESTEAD real-estate row is both a homestead (FARMER) and a home
        assertThat(p.categories()).containsExactly("FARMER");
        assertThat(p.labels()).doesNotContain("NO_OWN_HOME");
        ProfileFixture g = new ProfileFixture();
        String b = g.adult();
        g.estate("R2", b, "RESIDENTIAL", "CANCELLED", LocalDate.of(2010, 1, 1));
        g.estate("R3", b, "RESIDENTIAL", "VALID", ProfileFixture.D.plusDays(1));
        g.estate("R4", b, "COMMERCIAL", "VALID", LocalDate.of(2010, 1, 1));
        assertThat(g.profile().labels()).contains("NO_OWN_HOME");
        g.estate("R5", b, "RESIDENTIAL", "VALID", ProfileFixture.D);
        assertThat(g.profile().labels()).doesNotContain("NO_OWN_HOME");
    }

    @Test
    void aMissingMarketEntityMakesAnEarlierCategoryUnknownSoThePrimaryIsUnknown() {
        String a = f.adult();
        f.employed.put(a, 12);
        f.missing.add(Source.MARKET_ENTITY);
        HouseholdProfile p = f.profile();
        assertThat(p.categories()).containsExactly("EMPLOYMENT");
        assertThat(p.primaryCategory()).isEqualTo("UNKNOWN"); // BUSINESS, before EMPLOYMENT, is unknown
        assertThat(p.unknown()).containsExactly("BUSINESS", "FARMER", "BUSINESS_OPERATOR");
        assertThat(f.outcome("BUSINESS").missingSources()).containsExactly("market_entity");
        assertThat(f.outcome("FARMER").missingSources()).containsExactly("market_entity");
    }

    @Test
    void aConditionHoldingOnThePresentSourcesIsNotUnknown() {
        String a = f.adult();
        f.missing.add(Source.HOMESTEAD);
        f.missing.add(Source.MARKET_ENTITY);
        f.estate("R1", a, "HOMESTEAD", "VALID", LocalDate.of(2010, 1, 1));
        HouseholdProfile p = f.profile();
        // FARMER holds from real_estate although homestead.csv and market_entity.csv are missing
        assertThat(p.categories()).containsExactly("FARMER");
        assertThat(p.primaryCategory()).isEqualTo("UNKNOWN"); // BUSINESS before it is unknown
        assertThat(p.unknown()).containsExactly("BUSINESS", "BUSINESS_OPERATOR");
    }

    @Test
    void noneHoldingWithAMissingSourceIsUnknownWithoutOneUnclassified() {
        f.adult();
        f.missing.add(Source.MEDICAL_SELF_PAY);
        HouseholdProfile p = f.profile();
        assertThat(p.primaryCategory()).isEqualTo("UNCLASSIFIED"); // no category needs medical_self_pay
        assertThat(p.unknown()).containsExactly("HIGH_MEDICAL_SELF_PAY");
        assertThat(f.outcome("HIGH_MEDICAL_SELF_PAY").missingSources()).containsExactly("medical_self_pay");

        ProfileFixture all = new ProfileFixture();
        all.adult();
        all.missing.add(Source.MARKET_ENTITY);
        all.missing.add(Source.HOMESTEAD);
        all.missing.add(Source.MEDICAL_SELF_PAY);
        HouseholdProfile q = all.profile();
        assertThat(q.primaryCategory()).isEqualTo("UNKNOWN");
        assertThat(q.unknown()).containsExactly("BUSINESS", "FARMER", "BUSINESS_OPERATOR", "HIGH_MEDICAL_SELF_PAY");
        assertThat(q.labels()).containsExactly("NO_OWN_HOME");
        // the figures of a missing homestead source do not pretend to have looked at it
        assertThat(all.outcome("FARMER").missingSources()).containsExactly("homestead", "market_entity");
    }
}
