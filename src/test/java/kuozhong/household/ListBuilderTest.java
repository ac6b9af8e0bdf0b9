package kuozhong.household;

import static kuozhong.household.ListFixture.D;
import static kuozhong.household.ListFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import kuozhong.common.Parallel;
import kuozhong.household.rule.HouseholdRules;

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

    /** A few thousand households of every kind of row, so that the reading and the deciding run at once. */
    private static ListFixture manyHouseholds() {
        ListFixture f = new ListFixture();
        f.allSources();
        String previous = null;
        for (int h = 0; h < 3000; h++) {
            String hh = String.format("H%05d", (h * 7919) % 3000); // not in household_no order
            // every birth date once: the fixture's identity numbers differ by birth date and sequence % 100
            String head = f.person(hh, "02", D.minusDays(7000 + 5L * h), ListFixture.T1);
            String child = f.person(hh, "20", D.minusDays(1000 + h), ListFixture.T1);
            switch (h % 6) {
                case 0 -> f.siWindow(head, "EMPLOYEE_PENSION", "1500.00");
                case 1 -> f.pfWindow(head, "4000.00", "420.00");
                case 2 -> f.si(head, 202406, "RETIREE_PENSION", "900.50");
                case 3 -> f.car("浙K" + h, head, "250000.00", D.minusYears(2));
                case 4 -> f.assistance(child, "DIBAO", D.minusYears(1), null);
                default -> f.estate("C" + h, head, "1", "RESIDENTIAL", "98.50", D.minusYears(3), "VALID");
            }
            if (previous != null && h % 10 == 0) {
                f.marriage(head, previous, "MARRIAGE", D.minusYears(1));
            }
            if (h % 50 == 0) {
                f.visit(hh, D.minusDays(10), "CONFIRM", null, null, D.minusDays(5), h);
            }
            previous = child;
        }
        return f;
    }

    @Test
    void readingAndDecidingOnSeveralThreadsGiveTheListOfOneThread() {
        ListFixture f = manyHouseholds();
        ListResult alone;
        ListResult atOnce;
        try {
            System.setProperty(Parallel.THREADS_PROPERTY, "1");
            alone = new ListBuilder().withConcurrentSources().build(f, ListFixture.policy(), D);
            System.setProperty(Parallel.THREADS_PROPERTY, "4");
            atOnce = new ListBuilder().withConcurrentSources().build(f, ListFixture.policy(), D);
        } finally {
            System.clearProperty(Parallel.THREADS_PROPERTY);
        }
        assertThat(alone.householdsEvaluated()).isEqualTo(3000);
        assertThat(alone.households()).extracting(HouseholdDecision::included).contains(true, false);
        assertThat(atOnce.households()).isEqualTo(alone.households());
        assertThat(List.copyOf(atOnce.rowsRead().entrySet())).isEqualTo(List.copyOf(alone.rowsRead().entrySet()));
        assertThat(atOnce.unknownHouseholdVisits()).isEqualTo(alone.unknownHouseholdVisits());
        assertThat(f.build().households()).isEqualTo(alone.households());
    }

    @Test
    void aRuleFailingOnSeveralThreadsFailsTheBuildAsForItsFirstHousehold() {
        ListFixture f = manyHouseholds();
        HouseholdRule failing = new HouseholdRule() {
            @Override
            public kuozhong.common.Code code() {
                return HouseholdRules.exclusions().get(0).code();
            }

            @Override
            public RuleOutcome evaluate(HouseholdFacts facts, kuozhong.policy.PolicySet policy) {
                if (facts.householdNo().equals("H00700") || facts.householdNo().equals("H02900")) {
                    throw new IllegalStateException("cannot decide " + facts.householdNo());
                }
                return HouseholdRules.exclusions().get(0).evaluate(facts, policy);
            }
        };
        try {
            System.setProperty(Parallel.THREADS_PROPERTY, "4");
            assertThatThrownBy(() -> new ListBuilder(List.of(failing), HouseholdRules.flags()).build(f,
                    ListFixture.policy(), D)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot decide H00700");
        } finally {
            System.clearProperty(Parallel.THREADS_PROPERTY);
        }
    }

    @Test
    void aBrokenRowReadOnSeveralThreadsFailsTheBuildAsBefore() {
        ListFixture f = manyHouseholds();
        f.pf(f.persons.get(10).idNo(), 202406, "1000.001", "1.00");
        try {
            System.setProperty(Parallel.THREADS_PROPERTY, "4");
            assertThatThrownBy(() -> new ListBuilder().withConcurrentSources().build(f, ListFixture.policy(), D))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000.001");
        } finally {
            System.clearProperty(Parallel.THREADS_PROPERTY);
        }
    }
}
