package kuozhong.household;

import static kuozhong.household.ListFixture.D;
import static kuozhong.household.ListFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Each exclusion rule at its boundary: exactly at the limit (does not fire) and one fen or one unit
 * over (fires). Unless a test says otherwise a household is one retiree aged 70 whose pension of
 * 30000.00 in one month gives a household income of 30000.00: above the floor (1140.00 × 12 × 1.5 =
 * 20520.00) and below the ceiling (100000.00), so no rule fires by itself.
 */
class RulesTest {
    private static final LocalDate LONG_AGO = LocalDate.of(2015, 6, 1);

    private final ListFixture f = new ListFixture();

    private String retiree(String householdNo, String pension) {
        String id = f.personAged(householdNo, "02", 70);
        f.si(id, 202406, "RETIREE_PENSION", pension);
        return id;
    }

    private RuleOutcome outcome(HouseholdDecision d, String code) {
        return d.outcomes().stream().filter(o -> o.code().name().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aPlainHouseholdIsIncludedAndEveryRuleReportsItsFigures() {
        retiree("H1", "30000.00");
        HouseholdDecision d = f.decision("H1");
        assertThat(d.included()).isTrue();
        assertThat(d.reasons()).isEmpty();
        assertThat(d.outcomes()).extracting(o -> o.code().name()).containsExactly("ASSISTANCE_DIBAO", "ASSISTANCE_DIBIAN",
                "ASSISTANCE_TEKUN", "INCOME_ABOVE_CEILING", "PROPERTY_RESIDENTIAL", "PROPERTY_COMMERCIAL", "VEHICLE",
                "INCOME_BELOW_FLOOR");
        assertThat(outcome(d, "INCOME_ABOVE_CEILING").figures())
                .containsExactly(java.util.Map.entry("household_income", "30000.00"),
                        java.util.Map.entry("household_income_ceiling", "100000.00"));
    }

    @Test
    void incomeCeilingAtTheLimitAndOneFenOver() {
        retiree("AT", "100000.00");   // 100000.00 > 100000.00 is false
        retiree("OVER", "100000.01"); // 100000.01 > 100000.00
        ListResult r = f.build();
        assertThat(r.households().get(0).householdNo()).isEqualTo("AT");
        assertThat(r.households().get(0).included()).isTrue();
        HouseholdDecision over = r.households().get(1);
        assertThat(over.reasons()).containsExactly("INCOME_ABOVE_CEILING");
        assertThat(outcome(over, "INCOME_ABOVE_CEILING").figures()).containsEntry("household_income", "100000.01");
    }

    @Test
    void incomeFloorAtTheFloorAndOneFenBelow() {
        retiree("AT", "20520.00");    // 20520.00 < 20520.00 is false
        retiree("BELOW", "20519.99"); // 20519.99 < 20520.00
        // two members: 41039.99 / 2 = 20519.995 → half-up 20520.00: not below (per capita is rounded first)
        retiree("ROUND", "41039.99");
        f.personAged("ROUND", "10", 70);
        ListResult r = f.build();
        assertThat(r.households()).extracting(HouseholdDecision::householdNo).containsExactly("AT", "BELOW", "ROUND");
        assertThat(r.households().get(0).included()).isTrue();
        assertThat(r.households().get(1).reasons()).containsExactly("INCOME_BELOW_FLOOR");
        assertThat(outcome(r.households().get(1), "INCOME_BELOW_FLOOR").figures())
                .containsEntry("per_capita_income", "20519.99").containsEntry("income_floor", "20520.00");
        assertThat(r.households().get(2).perCapitaIncome()).isEqualTo(dec("20520.00"));
        assertThat(r.households().get(2).included()).isTrue();
    }

    @Test
    void assistanceInForceOnD() {
        String a = retiree("END_ON_D", "30000.00");
        f.assistance(a, "DIBAO", LocalDate.of(2020, 1, 1), D);                // ends on D: still in force
        String b = retiree("END_BEFORE", "30000.00");
        f.assistance(b, "DIBAO", LocalDate.of(2020, 1, 1), D.minusDays(1));  // ended the day before
        String c = retiree("START_AFTER", "30000.00");
        f.assistance(c, "DIBIAN", D.plusDays(1), null);                       // starts the day after D
        String d = retiree("START_ON_D", "30000.00");
        f.assistance(d, "TEKUN", D, null);                                    // starts on D, open
        ListResult r = f.build();
        assertThat(r.households()).extracting(HouseholdDecision::householdNo, HouseholdDecision::reasons)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("END_BEFORE", java.util.List.of()),
                        org.assertj.core.groups.Tuple.tuple("END_ON_D", java.util.List.of("ASSISTANCE_DIBAO")),
                        org.assertj.core.groups.Tuple.tuple("START_AFTER", java.util.List.of()),
                        org.assertj.core.groups.Tuple.tuple("START_ON_D", java.util.List.of("ASSISTANCE_TEKUN")));
    }

    @Test
    void everyFiredRuleIsAReasonInSpecOrder() {
        // one member with DIBIAN, the other with DIBAO; income 0.00 of two 70-year-olds → below floor too
        String a = f.personAged("H1", "02", 70);
        String b = f.personAged("H1", "10", 70);
        f.assistance(a, "DIBIAN", LONG_AGO, null);
        f.assistance(b, "DIBAO", LONG_AGO, null);
        f.car("浙K00001", a, "300000.00", LONG_AGO);
        HouseholdDecision d = f.decision("H1");
        assertThat(d.included()).isFalse();
        assertThat(d.reasons()).containsExactly("ASSISTANCE_DIBAO", "ASSISTANCE_DIBIAN", "VEHICLE", "INCOME_BELOW_FLOOR");
        assertThat(d.primaryReason()).isEqualTo("ASSISTANCE_DIBAO");
        assertThat(d.referral()).isFalse();
    }

    @Test
    void residentialCertificatesTwoAndThree() {
        String a = retiree("TWO", "30000.00");
        String a2 = f.personAged("TWO", "10", 70);
        f.estate("C1", a, "0.5", "RESIDENTIAL", "90.00", LONG_AGO, "VALID");
        f.estate("C1", a2, "0.5", "RESIDENTIAL", "90.00", LONG_AGO, "VALID"); // co-owned: still one cert
        f.estate("C2", a2, "1", "RESIDENTIAL", "80.00", LONG_AGO, "VALID");
        f.estate("C3", a, "1", "RESIDENTIAL", "80.00", LONG_AGO, "CANCELLED");  // cancelled: not counted
        f.estate("C4", a, "1", "RESIDENTIAL", "80.00", D.plusDays(1), "VALID"); // registered after D
        f.estate("C5", a, "1", "HOMESTEAD", "120.00", LONG_AGO, "VALID");     // homestead: not RESIDENTIAL
        String b = retiree("THREE", "30000.00");
        f.estate("C6", b, "0.01", "RESIDENTIAL", "90.00", LONG_AGO, "VALID");  // any share counts
        f.estate("C7", b, "1", "RESIDENTIAL", "90.00", LONG_AGO, "VALID");
        f.estate("C8", b, "1", "RESIDENTIAL", "90.00", D, "VALID");            // registered on D: counted
        ListResult r = f.build();
        HouseholdDecision three = r.households().get(0);
        HouseholdDecision two = r.households().get(1);
        assertThat(two.householdNo()).isEqualTo("TWO");
        // TWO is below the floor (30000.00 / 2 = 15000.00) but that is another rule
        assertThat(outcome(two, "PROPERTY_RESIDENTIAL").fired()).isFalse();
        assertThat(outcome(two, "PROPERTY_RESIDENTIAL").figures()).containsEntry("residential_certs", "2")
                .containsEntry("max_residential_units", "2");
        assertThat(three.reasons()).containsExactly("PROPERTY_RESIDENTIAL");
        assertThat(outcome(three, "PROPERTY_RESIDENTIAL").figures()).containsEntry("residential_certs", "3");
    }

    @Test
    void commercialAreaShareWeighted() {
        // AT: COMMERCIAL 60.00 × 0.5 = 30.00 + INDUSTRIAL 40.00 × 0.5 = 20.00 → 50.00, not over 50.00
        String a = retiree("AT", "30000.00");
        f.estate("S1", a, "0.5", "COMMERCIAL", "60.00", LONG_AGO, "VALID");
        f.estate("S2", a, "0.5", "INDUSTRIAL", "40.00", LONG_AGO, "VALID");
        f.estate("S3", a, "1", "PARKING", "500.00", LONG_AGO, "VALID");       // parking: not counted
        f.estate("S4", a, "1", "OFFICE", "500.00", LONG_AGO, "CANCELLED");    // cancelled: not counted
        // OVER: OFFICE 60.00 × 0.5 = 30.00 + COMMERCIAL 40.02 × 0.5 = 20.01 → 50.01 > 50.00
        String b = retiree("OVER", "30000.00");
        f.estate("S5", b, "0.5", "OFFICE", "60.00", LONG_AGO, "VALID");
        f.estate("S6", b, "0.5", "COMMERCIAL", "40.02", LONG_AGO, "VALID");
        ListResult r = f.build();
        assertThat(r.households().get(0).included()).isTrue();
        assertThat(outcome(r.households().get(0), "PROPERTY_COMMERCIAL").figures())
                .containsEntry("commercial_area_m2", "50.00").containsEntry("commercial_area_limit_m2", "50.00");
        assertThat(r.households().get(1).reasons()).containsExactly("PROPERTY_COMMERCIAL");
        assertThat(outcome(r.households().get(1), "PROPERTY_COMMERCIAL").figures())
                .containsEntry("commercial_area_m2", "50.01");
    }

    @Test
    void carPriceAtTheLimitAndOneFenOver() {
        String a = retiree("AT", "30000.00");
        f.car("浙K00001", a, "200000.00", LONG_AGO);                  // 200000.00 > 200000.00 is false
        f.vehicles.add(new VehicleRow("浙K00002", a, "CAR", "OPERATING", dec("900000.00"), LONG_AGO, "NORMAL"));
        f.vehicles.add(new VehicleRow("浙K00003", a, "CAR", "NON_OPERATING", dec("900000.00"), LONG_AGO, "SCRAPPED"));
        f.vehicles.add(new VehicleRow("浙K00004", a, "TRUCK", "NON_OPERATING", dec("900000.00"), LONG_AGO, "NORMAL"));
        f.car("浙K00005", a, "900000.00", D.plusDays(1));             // registered after D
        String b = retiree("OVER", "30000.00");
        f.car("浙K00006", b, "200000.01", LONG_AGO);
        ListResult r = f.build();
        assertThat(r.households().get(0).included()).isTrue();
        assertThat(outcome(r.households().get(0), "VEHICLE").figures())
                .containsEntry("highest_car_price", "200000.00").containsEntry("cars_above_limit", "0");
        assertThat(r.households().get(1).reasons()).containsExactly("VEHICLE");
        assertThat(r.households().get(1).flags()).isEmpty();
    }

    @Test
    void referralIsOnlyTheIncomeFloorReason() {
        retiree("POOR", "1000.00");                                 // below floor only → referral
        String b = retiree("POOR_DIBAO", "1000.00");                 // below floor but assisted → not a referral
        f.assistance(b, "DIBAO", LONG_AGO, null);
        retiree("OK", "30000.00");
        ListResult r = f.build();
        assertThat(r.referrals()).extracting(HouseholdDecision::householdNo).containsExactly("POOR");
    }
}
