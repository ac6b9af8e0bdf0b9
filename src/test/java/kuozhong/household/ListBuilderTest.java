package kuozhong.household;

import static kuozhong.household.ListFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;

import org.junit.jupiter.api.Test;

/** Household forming and the builder's guards. */
class ListBuilderTest {

    @Test
    void householdsComeOutInHouseholdNoOrderWhateverTheInputOrder() {
        ListFixture f = new ListFixture();
        for (String h : new String[] {"B2", "A10", "A9", "C1", "A1"}) {
            f.personAged(h, "20", 70);
            f.personAged(h, "02", 70);
        }
        Collections.reverse(f.persons);
        ListResult r = f.build();
        // String order of household_no (binary, as SQL's "C" collation)
        assertThat(r.households()).extracting(HouseholdDecision::householdNo).containsExactly("A1", "A10", "A9", "B2", "C1");
        assertThat(r.households()).allSatisfy(d -> {
            assertThat(d.memberCount()).isEqualTo(2);
            assertThat(d.members().get(0).relation()).isEqualTo("02"); // head first
        });
        assertThat(r.householdsEvaluated()).isEqualTo(5);
        assertThat(r.personsRead()).isEqualTo(10);
    }

    @Test
    void aPersonListedTwiceAsNormalFailsTheBuildWithoutShowingTheIdentity() {
        ListFixture f = new ListFixture();
        String a = f.personAged("H1", "02", 40);
        PersonRow p = f.persons.get(0);
        f.persons.add(new PersonRow(a, p.name(), p.gender(), p.birthDate(), "H2", "02", p.townshipCode(), null, "NORMAL"));
        assertThatThrownBy(f::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("twice")
                .hasMessageNotContaining(a);
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsABrokenSourceNotARoundingCase() {
        ListFixture f = new ListFixture();
        String a = f.personAged("H1", "02", 40);
        f.socialInsurance.add(new SocialInsuranceRow(a, 202406, "EMPLOYEE_PENSION", dec("1000.001")));
        assertThatThrownBy(f::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000.001");
    }

    @Test
    void amountsWithFewerDecimalsAreExact() {
        ListFixture f = new ListFixture();
        String a = f.personAged("H1", "02", 70);
        f.socialInsurance.add(new SocialInsuranceRow(a, 202406, "RETIREE_PENSION", dec("30000")));
        f.socialInsurance.add(new SocialInsuranceRow(a, 202407, "RETIREE_PENSION", dec("0.5")));
        assertThat(f.decision("H1").householdIncome()).isEqualTo(dec("30000.50"));
    }

    @Test
    void asOfDecidesTheWindow() {
        ListFixture f = new ListFixture();
        String a = f.personAged("H1", "02", 70);
        f.si(a, 202501, "RETIREE_PENSION", "1000.00");
        f.si(a, 202502, "RETIREE_PENSION", "2000.00");
        // as of 2025-02-28 the window is 2024-02 … 2025-01: only 1000.00
        ListResult r = new ListBuilder().build(f, ListFixture.policy(), LocalDate.of(2025, 2, 28));
        assertThat(r.households().get(0).householdIncome()).isEqualTo(dec("1000.00"));
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(r.policyEffectiveFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
    }
}
