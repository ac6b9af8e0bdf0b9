package kuozhong.household;

import static kuozhong.household.ListFixture.D;
import static kuozhong.household.ListFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** Income of target-list.md, "Income", with figures worked out by hand. D = 2025-03-15, window 2024-03 … 2025-02. */
class IncomeTest {

    private final IncomeCalculator calc = new IncomeCalculator(ListFixture.policy(), D);

    @Test
    void windowIsTheTwelveMonthsBeforeTheMonthOfD() {
        assertThat(calc.window()).first().isEqualTo(YearMonth.of(2024, 3));
        assertThat(calc.window()).last().isEqualTo(YearMonth.of(2025, 2));
        assertThat(calc.monthIndex(202403)).isZero();
        assertThat(calc.monthIndex(202502)).isEqualTo(11);
        assertThat(calc.monthIndex(202402)).isEqualTo(-1);
        assertThat(calc.monthIndex(202503)).isEqualTo(-1); // D's own month is outside
    }

    @Test
    void recordedMonthFormulaAndTheZeroClamp() {
        // max(6500.00, 6000.00) - 0.105 × 6000.00 - 1560.00 / 2 + 0 = 6500 - 630 - 780 = 5090.00
        assertThat(calc.recordedIncome(dec("6000.00"), dec("6500.00"), dec("1560.00"), dec("0")))
                .isEqualByComparingTo("5090.00");
        // 1000.00 - 105.00 - 1000.00 = -105.00 → clamped to 0, then + R 50.00 = 50.00
        assertThat(calc.recordedIncome(dec("1000.00"), dec("0"), dec("2000.00"), dec("50.00")))
                .isEqualByComparingTo("50.00");
        // exact: 10000.05 - 0.105 × 10000.05 = 10000.05 - 1050.00525 = 8950.04475
        assertThat(calc.recordedIncome(dec("10000.05"), dec("0"), dec("0"), dec("0")))
                .isEqualTo(dec("8950.04475"));
    }

    @Test
    void householdOfEveryKindOfMember() {
        ListFixture f = new ListFixture();
        // A, 40, head: pension base 3000.00 and provident fund base 3200.00 / deposit 768.00 all year:
        //   3200 - 0.105 × 3000 - 768 / 2 = 3200 - 315 - 384 = 2501.00 a month, × 12 = 30012.00
        String a = f.personAged("H1", "02", 40);
        f.siWindow(a, "EMPLOYEE_PENSION", "3000.00");
        f.pfWindow(a, "3200.00", "768.00");
        // B, 38, spouse: provident fund only, 2024-03 … 2024-08, base 2000.00 / deposit 400.00:
        //   2000 - 0 - 200 = 1800.00 × 6 = 10800.00; 2024-09 … 2025-02 no record, working age:
        //   6 × 2010.00 = 12060.00 imputed; B = 22860.00
        String b = f.personAged("H1", "10", 38);
        for (int ym : new int[] {202403, 202404, 202405, 202406, 202407, 202408}) {
            f.pf(b, ym, "2000.00", "400.00");
        }
        // C, 70, parent, retiree: RETIREE_PENSION 1500.00 + RESIDENT_PENSION 20.00 a month:
        //   0 + 1520.00 = 1520.00 × 12 = 18240.00
        String c = f.personAged("H1", "50", 70);
        f.siWindow(c, "RETIREE_PENSION", "1500.00");
        f.siWindow(c, "RESIDENT_PENSION", "20.00");
        // D, 20, child without any record: 12 × 2010.00 = 24120.00 imputed
        f.personAged("H1", "20", 20);
        // E, 10, child without record: not of working age → 0
        f.personAged("H1", "21", 10);
        // rows outside the window (2024-02 and D's own month 2025-03) are ignored
        f.si(a, 202402, "EMPLOYEE_PENSION", "99999.00");
        f.si(a, 202503, "EMPLOYEE_PENSION", "99999.00");

        HouseholdDecision h = f.decision("H1");
        // 30012.00 + 22860.00 + 18240.00 + 24120.00 + 0 = 95232.00; per capita 95232.00 / 5 = 19046.40
        assertThat(h.householdIncome()).isEqualTo(dec("95232.00"));
        assertThat(h.perCapitaIncome()).isEqualTo(dec("19046.40"));
        assertThat(h.memberCount()).isEqualTo(5);
        assertThat(h.flags()).containsExactly("IMPUTED_INCOME");
        // 19046.40 < 20520.00 floor
        assertThat(h.reasons()).containsExactly("INCOME_BELOW_FLOOR");
    }

    @Test
    void householdIncomeIsRoundedOnceAtTheEnd() {
        ListFixture f = new ListFixture();
        // a 65-year-old with a pension base of 10000.05 in two months:
        //   2 × 8950.04475 = 17900.0895 → 17900.09 (rounding each month would give 2 × 8950.04 = 17900.08)
        String a = f.personAged("H1", "02", 65);
        f.si(a, 202410, "EMPLOYEE_PENSION", "10000.05");
        f.si(a, 202411, "EMPLOYEE_PENSION", "10000.05");
        // a second member with 0.005 of exact income would not exist; a second retiree adds 1.00
        String b = f.personAged("H1", "10", 66);
        f.si(b, 202411, "RETIREE_PENSION", "1.00");
        HouseholdDecision h = f.decision("H1");
        // 17900.0895 + 1.00 = 17901.0895 → 17901.09; per capita 17901.09 / 2 = 8950.545 → 8950.55 (half-up)
        assertThat(h.householdIncome()).isEqualTo(dec("17901.09"));
        assertThat(h.perCapitaIncome()).isEqualTo(dec("8950.55"));
        assertThat(h.flags()).isEmpty();
    }

    @Test
    void birthdaysOnDAtTheWorkingAgeBoundaries() {
        ListFixture f = new ListFixture();
        // each household: one person without any record. Imputed: 12 × 2010.00 = 24120.00, else 0.
        f.person("A18", "02", LocalDate.of(2007, 3, 15), ListFixture.T1); // 18 on D → imputed
        f.person("A17", "02", LocalDate.of(2007, 3, 16), ListFixture.T1); // 17 on D (18 tomorrow) → 0
        f.person("A59", "02", LocalDate.of(1965, 3, 16), ListFixture.T1); // 59 on D (60 tomorrow) → imputed
        f.person("A60", "02", LocalDate.of(1965, 3, 15), ListFixture.T1); // 60 on D → 0
        ListResult r = f.build();
        assertThat(r.households()).extracting(HouseholdDecision::householdNo, HouseholdDecision::householdIncome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A17", dec("0.00")),
                        org.assertj.core.groups.Tuple.tuple("A18", dec("24120.00")),
                        org.assertj.core.groups.Tuple.tuple("A59", dec("24120.00")),
                        org.assertj.core.groups.Tuple.tuple("A60", dec("0.00")));
        assertThat(r.households().get(1).flags()).containsExactly("IMPUTED_INCOME", "NO_INCOME_RECORDS");
        assertThat(r.households().get(3).flags()).containsExactly("NO_INCOME_RECORDS");
    }

    @Test
    void rowsOfPersonsWhoAreNotNormalMembersAreIgnored() {
        ListFixture f = new ListFixture();
        String a = f.personAged("H1", "02", 70);
        f.siWindow(a, "RETIREE_PENSION", "1000.00"); // 12000.00
        String dead = f.person("H1", "10", LocalDate.of(1950, 1, 1), ListFixture.T1, "DECEASED");
        f.siWindow(dead, "RETIREE_PENSION", "5000.00");
        String outsider = ListFixture.id(LocalDate.of(1980, 1, 1), 99, true); // not in the person snapshot
        f.siWindow(outsider, "EMPLOYEE_PENSION", "9000.00");
        f.person("H9", "02", LocalDate.of(1940, 1, 1), ListFixture.T1, "MOVED_OUT"); // no NORMAL member
        ListResult r = f.build();
        assertThat(r.households()).extracting(HouseholdDecision::householdNo).containsExactly("H1");
        assertThat(r.households().get(0).householdIncome()).isEqualTo(dec("12000.00"));
        assertThat(r.households().get(0).memberCount()).isEqualTo(1);
        assertThat(r.personsRead()).isEqualTo(3);
        assertThat(r.normalPersons()).isEqualTo(1);
        assertThat(r.rowsRead()).containsEntry("social_insurance", 36L);
    }
}
