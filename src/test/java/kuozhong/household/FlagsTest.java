package kuozhong.household;

import static kuozhong.household.ListFixture.D;
import static kuozhong.household.ListFixture.T1;
import static kuozhong.household.ListFixture.T101;
import static kuozhong.household.ListFixture.T2;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The flags of target-list.md and the household township rule. */
class FlagsTest {
    private static final LocalDate BORN = LocalDate.of(1955, 1, 1); // 70 on D: no imputation
    private final ListFixture f = new ListFixture();

    private String member(String householdNo, String relation, String township) {
        String id = f.person(householdNo, relation, BORN, township);
        f.si(id, 202406, "RETIREE_PENSION", "30000.00"); // keeps the income flags quiet
        return id;
    }

    @Test
    void householdWithoutHeadTakesTheSmallestMemberTownship() {
        member("H1", "20", T101);
        member("H1", "10", T2);
        HouseholdDecision d = f.decision("H1");
        assertThat(d.flags()).containsExactly("NO_HEAD");
        assertThat(d.townshipCode()).isEqualTo(T2);
    }

    @Test
    void householdWithTwoHeadsTakesTheSmallestHeadTownship() {
        member("H1", "02", T101);
        member("H1", "02", T2);
        member("H1", "20", T1); // smaller, but not a head
        HouseholdDecision d = f.decision("H1");
        assertThat(d.flags()).containsExactly("MULTIPLE_HEADS");
        assertThat(d.townshipCode()).isEqualTo(T2);
    }

    @Test
    void oneHeadGivesTheHeadTownship() {
        member("H1", "02", T101);
        member("H1", "20", T1);
        HouseholdDecision d = f.decision("H1");
        assertThat(d.flags()).isEmpty();
        assertThat(d.townshipCode()).isEqualTo(T101);
        assertThat(d.members()).extracting(HouseholdDecision.Member::relation).containsExactly("02", "20");
    }

    @Test
    void splitCoupleFlagsBothHouseholds() {
        String a = member("A", "02", T1);
        String b = member("B", "02", T1);
        f.marriage(a, b, "MARRIAGE", LocalDate.of(2010, 5, 1));
        ListResult r = f.build();
        assertThat(r.households()).allSatisfy(d -> assertThat(d.flags()).containsExactly("SPOUSE_OUTSIDE_HOUSEHOLD"));
    }

    @Test
    void divorcedCoupleIsNotFlagged() {
        String a = member("A", "02", T1);
        String b = member("B", "02", T1);
        f.marriage(a, b, "MARRIAGE", LocalDate.of(2010, 5, 1));
        f.marriage(b, a, "DIVORCE", LocalDate.of(2020, 5, 1)); // listed from the other side
        ListResult r = f.build();
        assertThat(r.households()).allSatisfy(d -> assertThat(d.flags()).isEmpty());
    }

    @Test
    void remarriageAfterDivorceIsFlaggedAndEventsAfterDAreIgnored() {
        String a = member("A", "02", T1);
        String b = member("B", "02", T1);
        f.marriage(a, b, "MARRIAGE", LocalDate.of(2010, 5, 1));
        f.marriage(a, b, "DIVORCE", LocalDate.of(2020, 5, 1));
        f.marriage(a, b, "MARRIAGE", LocalDate.of(2023, 5, 1));
        f.marriage(a, b, "DIVORCE", D.plusDays(1)); // after D: not yet
        ListResult r = f.build();
        assertThat(r.households()).allSatisfy(d -> assertThat(d.flags()).containsExactly("SPOUSE_OUTSIDE_HOUSEHOLD"));
    }

    @Test
    void marriageListedFromBothSidesLinksEachMemberOnce() {
        String a = member("A", "02", T1);
        String b = member("B", "02", T1);
        f.marriage(a, b, "MARRIAGE", LocalDate.of(2010, 5, 1));
        f.marriage(b, a, "MARRIAGE", LocalDate.of(2010, 5, 1));
        HouseholdExplanation e = new ListBuilder().explain(f, ListFixture.policy(), D, "A");
        assertThat(e.facts().spousesOutside()).hasSize(1);
        assertThat(e.facts().spousesOutside().get(0).spouseHouseholdNo()).isEqualTo("B");
        assertThat(e.decision().flags()).containsExactly("SPOUSE_OUTSIDE_HOUSEHOLD");
    }

    @Test
    void divorceAndMarriageOnTheSameDateDivorceWins() {
        String a = member("A", "02", T1);
        String b = member("B", "02", T1);
        LocalDate day = LocalDate.of(2022, 8, 8);
        f.marriage(a, b, "MARRIAGE", day);
        f.marriage(b, a, "DIVORCE", day);
        ListResult r = f.build();
        assertThat(r.households()).allSatisfy(d -> assertThat(d.flags()).isEmpty());
    }

    @Test
    void spouseMustBeANormalPersonOfAnotherHousehold() {
        String a = member("A", "02", T1);
        String sameHousehold = member("A", "10", T1);
        f.marriage(a, sameHousehold, "MARRIAGE", LocalDate.of(2010, 5, 1));
        String c = member("C", "02", T1);
        String dead = f.person("D", "02", BORN, T1, "DECEASED");
        f.marriage(c, dead, "MARRIAGE", LocalDate.of(2010, 5, 1));
        String e = member("E", "02", T1);
        String outsider = ListFixture.id(BORN, 77, false); // not in the person snapshot
        f.marriage(e, outsider, "MARRIAGE", LocalDate.of(2010, 5, 1));
        ListResult r = f.build();
        assertThat(r.households()).extracting(HouseholdDecision::householdNo).containsExactly("A", "C", "E");
        assertThat(r.households()).allSatisfy(d -> assertThat(d.flags()).isEmpty());
    }

    @Test
    void noIncomeRecordsAndImputedIncome() {
        f.person("H1", "02", BORN, T1);                       // 70, no record: 0
        f.person("H1", "20", LocalDate.of(1995, 1, 1), T1);   // 30, no record: imputed
        HouseholdDecision d = f.decision("H1");
        assertThat(d.flags()).containsExactly("IMPUTED_INCOME", "NO_INCOME_RECORDS");
        // 12 × 2010.00 = 24120.00, per capita 12060.00 < 20520.00
        assertThat(d.householdIncome()).isEqualByComparingTo("24120.00");
        assertThat(d.reasons()).containsExactly("INCOME_BELOW_FLOOR");
    }

    @Test
    void carWithoutPriceRaisesVehiclePriceUnknownButDoesNotExclude() {
        String a = member("H1", "02", T1);
        f.car("浙K00009", a, null, LocalDate.of(2019, 1, 1));
        HouseholdDecision d = f.decision("H1");
        assertThat(d.flags()).containsExactly("VEHICLE_PRICE_UNKNOWN");
        assertThat(d.included()).isTrue();
    }
}
