package kuozhong.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kuozhong.policy.PolicySet;

/** list-summary.xlsx names the reasons with the texts of the policy used, not the spec's default figures. */
class ListOutputsReasonTextTest {

    @Test
    void theCeilingOfThePolicyUsedNamesINCOME_ABOVE_CEILING() {
        // a county that raised household_income_ceiling to 120000.00 yuan: 120000 / 10000 = 12 万元
        PolicySet raised = new PolicySet(LocalDate.of(2024, 1, 1), new BigDecimal("120000.00"),
                new BigDecimal("1140.00"), new BigDecimal("1.5"), 18, 59, new BigDecimal("2010.00"),
                new BigDecimal("0.105"), 2, new BigDecimal("50.00"), new BigDecimal("200000.00"), 45,
                new BigDecimal("3.5"), new BigDecimal("1.8"), new BigDecimal("1.0"), new BigDecimal("0.80"), 360,
                LocalDate.of(2024, 10, 1), Map.of());
        Map<String, String> texts = ListOutputs.reasonTexts(raised);
        assertThat(texts.get("INCOME_ABOVE_CEILING")).isEqualTo("家庭年可支配收入超过12万元");
        assertThat(texts.get("ASSISTANCE_DIBAO")).isEqualTo("低保家庭");
        assertThat(texts.get("FIELD_VISIT_EXCLUDED")).isEqualTo("走访核实不予纳入");
        // the defaults give the spec's text
        assertThat(ListOutputs.reasonTexts(ListFixture.policy()).get("INCOME_ABOVE_CEILING"))
                .isEqualTo("家庭年可支配收入超过10万元");
    }
}
