package kuozhong.household;

import static kuozhong.household.ListFixture.D;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kuozhong.common.Language;
import kuozhong.common.Mask;
import kuozhong.common.Messages;

/** {@code kz list explain}: same rules as the build, every figure, no full identity number. */
class HouseholdExplanationTest {

    @Test
    void explainsWithTheBuildsDecisionAndMasksIdentities() {
        ListFixture f = new ListFixture();
        // head, 40: pension base 6000.00, provident fund 6500.00 / 1560.00 in 2024-03 … 2024-05:
        //   6500 - 630 - 780 = 5090.00 × 3 = 15270.00; the other 9 months imputed: 9 × 2010.00 = 18090.00
        String head = f.personAged("H7", "02", 40);
        for (int ym : new int[] {202403, 202404, 202405}) {
            f.si(head, ym, "EMPLOYEE_PENSION", "6000.00");
            f.pf(head, ym, "6500.00", "1560.00");
        }
        // mother, 72: retiree pension 2000.00 all year: 24000.00
        String mother = f.personAged("H7", "50", 72);
        f.siWindow(mother, "RETIREE_PENSION", "2000.00");
        f.assistance(mother, "TEKUN", LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)); // ended: listed, not counted
        f.estate("浙(2020)庆元县不动产权第0001号", head, "1", "RESIDENTIAL", "98.50", LocalDate.of(2020, 1, 1), "VALID");
        f.car("浙K88888", head, "250000.00", LocalDate.of(2021, 1, 1));
        String wife = f.personAged("H8", "02", 39);
        f.marriage(head, wife, "MARRIAGE", LocalDate.of(2012, 10, 1));
        f.person("H7", "20", LocalDate.of(2000, 1, 1), ListFixture.T1, "MOVED_OUT");

        HouseholdExplanation e = new ListBuilder().explain(f, ListFixture.policy(), D, "H7");
        HouseholdDecision built = f.decision("H7");
        assertThat(e.decision()).isEqualTo(built);
        // 15270.00 + 18090.00 + 24000.00 = 57360.00; / 2 = 28680.00
        assertThat(built.householdIncome()).isEqualByComparingTo("57360.00");
        assertThat(built.reasons()).containsExactly("VEHICLE");
        assertThat(built.flags()).containsExactly("SPOUSE_OUTSIDE_HOUSEHOLD", "IMPUTED_INCOME");

        String text = e.render();
        assertThat(text)
                .contains("Decision: EXCLUDED, primary reason VEHICLE")
                .contains(Mask.idNo(head)).contains(Mask.idNo(mother)).contains(Mask.idNo(wife))
                .contains("2024-03")
                .contains("5090.00")
                .contains("2010.00 *imputed*")
                .contains("household income: exact 57360.00")
                .contains("TEKUN 2019-01-01 .. 2023-12-31: not in force on 2025-03-15")
                .contains("counted by PROPERTY_RESIDENTIAL")
                .contains("price 250000.00")
                .contains("of household H8")
                .contains("(not counted, other status: {MOVED_OUT=1})")
                .containsPattern("VEHICLE +FIRED +highest_car_price=250000.00, cars_above_limit=1, vehicle_price_limit=200000.00")
                .containsPattern("INCOME_ABOVE_CEILING +not fired +household_income=57360.00, household_income_ceiling=100000.00")
                .containsPattern("IMPUTED_INCOME +RAISED +imputed_member_months=9");
        for (PersonRow p : f.persons) {
            assertThat(text).doesNotContain(p.idNo()).doesNotContain(p.name());
        }
        assertThat(text).doesNotContainPattern("[0-9]{17}[0-9X]");
    }

    @Test
    void unknownHouseholdIsNotEvaluated() {
        ListFixture f = new ListFixture();
        f.personAged("H1", "02", 40);
        f.person("GONE", "02", LocalDate.of(1940, 1, 1), ListFixture.T1, "DECEASED");
        HouseholdExplanation e = new ListBuilder().explain(f, ListFixture.policy(), D, "GONE");
        assertThat(e.evaluated()).isFalse();
        assertThat(e.render()).contains("Not evaluated").contains("DECEASED=1");
    }

    /** Issue 11 item 1: the body reads in Chinese under --lang zh; codes, field names and figures stay. */
    @Test
    void rendersInChineseWithCodesFiguresAndMasksKept() {
        ListFixture f = new ListFixture();
        // head, 40, no record all year: 12 × 2010.00 = 24120.00 imputed; a car over the limit
        String head = f.personAged("H7", "02", 40);
        f.car("浙K88888", head, "250000.00", LocalDate.of(2021, 1, 1));
        f.estate("浙(2020)庆元县不动产权第0001号", head, "1", "RESIDENTIAL", "98.50", LocalDate.of(2020, 1, 1), "VALID");
        f.visit("H7", D.minusDays(10), "CONFIRM", null, null, D.minusDays(5), 3);
        HouseholdExplanation e = new ListBuilder().explain(f, ListFixture.policy(), D, "H7");
        String english = e.render();
        Messages.use(Language.ZH);
        String chinese;
        try {
            chinese = e.render();
        } finally {
            Messages.use(Language.EN);
        }
        assertThat(english).contains("Decision: EXCLUDED, primary reason VEHICLE")
                .contains("    month               E            B            P            R         income")
                .contains("2010.00 *imputed*").contains("Field visit: CONFIRM").contains("Final decision: EXCLUDED")
                .doesNotContain("判定");
        assertThat(chinese).startsWith("户编号 H7，基准日 2025-03-15（适用 ")
                .contains("判定：排除 EXCLUDED，主要原因 VEHICLE ")
                .contains("家庭收入 household_income：精确值 24120.00 -> 取整 24120.00；人均 per_capita_income 24120.00 / 1 = 24120.00")
                .contains("2010.00 *推定*")
                .contains("由 PROPERTY_RESIDENTIAL 计入")
                .contains("价格 250000.00")
                .containsPattern("VEHICLE +触发 +highest_car_price=250000.00, cars_above_limit=1, vehicle_price_limit=200000.00  （.+）")
                .containsPattern("INCOME_ABOVE_CEILING +未触发 +household_income=24120.00")
                .contains("入户走访：CONFIRM").contains("最近一次走访 2025-03-05").contains("第 3 条记录")
                .contains("最终判定：排除 EXCLUDED")
                .doesNotContain("Decision").doesNotContain("Members").doesNotContain("not fired")
                .doesNotContain("household income:").doesNotContain("*imputed*").doesNotContain("Field visit")
                .doesNotContain(head).doesNotContain(f.persons.get(0).name())
                .doesNotContainPattern("[0-9]{17}[0-9X]");
        assertThat(chinese.lines().count()).isEqualTo(english.lines().count());
    }
}
