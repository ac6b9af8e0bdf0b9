package kuozhong.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.common.Language;
import kuozhong.common.Messages;

class PolicyFileTest {

    /** One complete set; {@code %s} is replaced by the effective_from date. Line 1 is "sets:". */
    private static final String SET = """
              - effective_from: %s
                household_income_ceiling: 100000.00
                dibao_monthly_standard: 1140.00
                dibian_multiplier: 1.5
                working_age_min: 18
                working_age_max: 59
                imputed_monthly_income: 2010.00
                personal_contribution_rate: 0.105
                max_residential_units: 2
                commercial_area_limit_m2: 50.00
                vehicle_price_limit: 200000.00
                max_snapshot_age_days: 45
                household_rate_cap: 3.5
                fiscal_subsidy_cap: 1.8
                fiscal_share_of_excess: 1.0
                province_share: 0.80
                day_count_basis: 360
                program_start: 2024-10-01
                targets:
                  2024:
                    new_loan_balance: 50000000.00
                    cumulative_interest_reduction: 300000.00
            """;

    private static PolicyFile parse(String yaml) {
        return PolicyFile.parse(new StringReader(yaml), "policy.yml");
    }

    private static String oneSet() {
        return "sets:\n" + SET.formatted("2024-01-01");
    }

    @Test
    void theShippedPolicyFileLoadsWithTheSpecDefaults() {
        PolicyFile file = PolicyFile.load(Path.of("jobs/policy.yml"));
        PolicySet s = file.inForce(LocalDate.of(2025, 3, 15));
        assertThat(s.householdIncomeCeiling()).isEqualByComparingTo("100000.00");
        assertThat(s.dibaoMonthlyStandard()).isEqualByComparingTo("1140.00");
        assertThat(s.dibianMultiplier()).isEqualByComparingTo("1.5");
        assertThat(s.workingAgeMin()).isEqualTo(18);
        assertThat(s.workingAgeMax()).isEqualTo(59);
        assertThat(s.imputedMonthlyIncome()).isEqualByComparingTo("2010.00");
        // exact text, not a double: 0.105 stays 0.105 with scale 3
        assertThat(s.personalContributionRate()).isEqualTo(new BigDecimal("0.105"));
        assertThat(s.maxResidentialUnits()).isEqualTo(2);
        assertThat(s.commercialAreaLimitM2()).isEqualTo(new BigDecimal("50.00"));
        assertThat(s.vehiclePriceLimit()).isEqualTo(new BigDecimal("200000.00"));
        assertThat(s.maxSnapshotAgeDays()).isEqualTo(45);
        assertThat(s.householdRateCap()).isEqualByComparingTo("3.5");
        assertThat(s.fiscalSubsidyCap()).isEqualByComparingTo("1.8");
        assertThat(s.fiscalShareOfExcess()).isEqualByComparingTo("1.0");
        assertThat(s.provinceShare()).isEqualTo(new BigDecimal("0.80"));
        assertThat(s.dayCountBasis()).isEqualTo(360);
        assertThat(s.programStart()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(s.targets().get(2024)).isEqualTo(new PolicySet.Target(new BigDecimal("50000000.00"), new BigDecimal("300000.00")));
        assertThat(s.targets().get(2025)).isEqualTo(new PolicySet.Target(new BigDecimal("150000000.00"), new BigDecimal("3000000.00")));
        // 1140.00 × 12 × 1.5 = 20520.000
        assertThat(s.incomeFloor()).isEqualByComparingTo("20520.00");
    }

    @Test
    void everyParameterOfTheShippedFileCarriesAComment() throws Exception {
        for (String line : Files.readAllLines(Path.of("jobs/policy.yml"))) {
            String t = line.trim();
            boolean parameter = t.matches("-? *[a-z_0-9]+:.*") && !t.startsWith("#") && !t.equals("sets:");
            if (parameter && !t.matches("[0-9]{4}:")) {
                assertThat(t).as("comment on: " + line).contains("#");
            }
        }
    }

    @Test
    void theSetInForceIsTheLatestEffectiveFromOnOrBeforeTheDate() {
        String yaml = "sets:\n" + SET.formatted("2025-01-01").replace("1140.00", "1200.00") + SET.formatted("2024-01-01");
        PolicyFile file = parse(yaml);
        assertThat(file.sets()).extracting(PolicySet::effectiveFrom)
                .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
        assertThat(file.inForce(LocalDate.of(2024, 12, 31)).dibaoMonthlyStandard()).isEqualByComparingTo("1140.00");
        assertThat(file.inForce(LocalDate.of(2025, 1, 1)).dibaoMonthlyStandard()).isEqualByComparingTo("1200.00");
        assertThatThrownBy(() -> file.inForce(LocalDate.of(2023, 12, 31)))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("no policy set is in force on 2023-12-31");
    }

    @Test
    void unknownParameterNamesFileLineAndName() {
        String yaml = oneSet().replace("    max_snapshot_age_days: 45\n", "    max_snapshot_age_days: 45\n    max_snapshot_days: 45\n");
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("policy.yml line 14: unknown parameter 'max_snapshot_days'");
    }

    @Test
    void inChineseTheMessageNamesFileLineAndParameterUntranslatedAndTheLogKeepsEnglish() {
        String yaml = oneSet().replace("    province_share: 0.80\n", "    province_share: 1.20\n");
        Messages.use(Language.ZH);
        try {
            assertThatThrownBy(() -> parse(yaml))
                    .isInstanceOf(PolicyException.class)
                    .hasMessage("policy.yml line 17: 'province_share' must be between 0 and 1, found 1.20")
                    .satisfies(e -> assertThat(e.getLocalizedMessage())
                            .isEqualTo("policy.yml 第 17 行：“province_share”必须在 0 到 1 之间，实际为 1.20"));
            String missing = oneSet().replace("    vehicle_price_limit: 200000.00\n", "");
            assertThatThrownBy(() -> parse(missing)).satisfies(e -> assertThat(e.getLocalizedMessage())
                    .isEqualTo("policy.yml 第 2 行：从此处开始的参数组缺少参数 vehicle_price_limit（每个参数组都必须给出全部参数）"));
            String targets = oneSet().replace("targets:\n", "targets: 5\n").replaceAll("(?s)\n      2024:.*", "\n");
            assertThatThrownBy(() -> parse(targets)).satisfies(e -> {
                assertThat(e.getMessage()).endsWith("wrong type for 'targets': expected a mapping of year → "
                        + "{new_loan_balance, cumulative_interest_reduction}");
                assertThat(e.getLocalizedMessage()).endsWith(
                        "“targets”类型错误：应为 年份 → {new_loan_balance, cumulative_interest_reduction} 的映射");
            });
        } finally {
            Messages.use(Language.EN);
        }
    }

    @Test
    void missingParameterIsNamed() {
        String yaml = oneSet().replace("    vehicle_price_limit: 200000.00\n", "");
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("policy.yml line 2: missing parameter vehicle_price_limit");
    }

    @Test
    void missingTargetFieldIsNamed() {
        String yaml = oneSet().replace("        cumulative_interest_reduction: 300000.00\n", "");
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("line 22")
                .hasMessageContaining("missing parameter 'targets.2024.cumulative_interest_reduction'");
    }

    @Test
    void wrongTypeForAnAmount() {
        String yaml = oneSet().replace("household_income_ceiling: 100000.00", "household_income_ceiling: 10万");
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policy.yml line 3: wrong type for 'household_income_ceiling': expected a decimal number such as 100000.00, found '10万'");
    }

    @Test
    void wrongTypeForAWholeNumberAndADateAndAMapping() {
        assertThatThrownBy(() -> parse(oneSet().replace("working_age_min: 18", "working_age_min: 18.5")))
                .hasMessageStartingWith("policy.yml line 6: wrong type for 'working_age_min': expected a whole number");
        assertThatThrownBy(() -> parse(oneSet().replace("program_start: 2024-10-01", "program_start: 2024-13-01")))
                .hasMessageStartingWith("policy.yml line 19: wrong type for 'program_start': expected a date");
        assertThatThrownBy(() -> parse(oneSet().replace("day_count_basis: 360", "day_count_basis: [360]")))
                .hasMessageStartingWith("policy.yml line 18: wrong type for 'day_count_basis': expected a whole number, found a list");
        assertThatThrownBy(() -> parse(oneSet().replace("dibian_multiplier: 1.5", "dibian_multiplier:")))
                .hasMessageStartingWith("policy.yml line 5: no value for 'dibian_multiplier'");
    }

    @Test
    void valueOutOfRange() {
        assertThatThrownBy(() -> parse(oneSet().replace("province_share: 0.80", "province_share: 80")))
                .hasMessage("policy.yml line 17: 'province_share' must be between 0 and 1, found 80");
        assertThatThrownBy(() -> parse(oneSet().replace("working_age_max: 59", "working_age_max: 17")))
                .hasMessageStartingWith("policy.yml line 7: working_age_max 17 is below working_age_min 18");
    }

    @Test
    void twoSetsWithTheSameEffectiveFrom() {
        String yaml = "sets:\n" + SET.formatted("2024-01-01") + SET.formatted("2024-01-01");
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policy.yml line 24: two sets have effective_from 2024-01-01 (the other one starts at line 2)");
    }

    @Test
    void parameterGivenTwiceInOneSet() {
        String yaml = oneSet().replace("    dibian_multiplier: 1.5\n", "    dibian_multiplier: 1.5\n    dibian_multiplier: 2\n");
        assertThatThrownBy(() -> parse(yaml))
                .hasMessageStartingWith("policy.yml line 6: parameter 'dibian_multiplier' is given twice");
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() {
        String yaml = oneSet().replace("    dibian_multiplier: 1.5\n", "    dibian_multiplier: [1.5\n");
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("policy.yml line ")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void emptyFileAndUnknownTopLevelKey() {
        assertThatThrownBy(() -> parse("")).hasMessageContaining("the policy file is empty");
        assertThatThrownBy(() -> parse("policies:\n  - effective_from: 2024-01-01\n"))
                .hasMessageStartingWith("policy.yml line 1: unknown top-level key 'policies'");
    }

    @Test
    void loadNamesTheFileInErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("policy.yml");
        Files.writeString(file, oneSet().replace("day_count_basis: 360", "day_count_basis: 360\n    surprise: 1"));
        assertThatThrownBy(() -> PolicyFile.load(file))
                .isInstanceOf(PolicyException.class)
                .hasMessageStartingWith(file + " line 19: unknown parameter 'surprise'");
        assertThatThrownBy(() -> PolicyFile.load(dir.resolve("absent.yml")))
                .hasMessageContaining("cannot read the policy file");
    }

    @Test
    void describeListsEveryParameterInFileOrderWithExactText() {
        Map<String, String> d = PolicyFile.describe(parse(oneSet()).sets().get(0));
        assertThat(d.keySet()).startsWith("effective_from", "household_income_ceiling", "dibao_monthly_standard")
                .endsWith("program_start", "targets.2024.new_loan_balance", "targets.2024.cumulative_interest_reduction");
        assertThat(d).containsEntry("personal_contribution_rate", "0.105")
                .containsEntry("province_share", "0.80")
                .containsEntry("working_age_min", "18")
                .containsEntry("effective_from", "2024-01-01")
                .containsEntry("targets.2024.new_loan_balance", "50000000.00");
        assertThat(d).hasSize(PolicyFile.parameterNames().size() - 1 + 2);
    }

    @Test
    void theProfileParametersDefaultWhenOmittedAndAreReadWhenGiven() {
        PolicySet omitted = parse(oneSet()).sets().get(0);
        assertThat(omitted.profile()).isEqualTo(kuozhong.policy.ProfilePolicy.DEFAULTS);
        assertThat(omitted.profile().safetyNetIncomeMultiple()).isEqualByComparingTo("1.5");
        assertThat(omitted.profile().employmentMinMonths()).isEqualTo(6);
        assertThat(omitted.profile().schoolAgeMin()).isEqualTo(6);
        assertThat(omitted.profile().schoolAgeMax()).isEqualTo(22);
        assertThat(omitted.profile().medicalSelfPayThreshold()).isEqualTo(new BigDecimal("20000.00"));
        // a version records the values it used, defaults filled in
        assertThat(PolicyFile.describe(omitted)).containsEntry("safety_net_income_multiple", "1.5")
                .containsEntry("employment_min_months", "6").containsEntry("medical_self_pay_threshold", "20000.00");
        // 1140.00 × 12 × 1.5 × 1.5 = 30780.000
        assertThat(omitted.safetyNetLine()).isEqualByComparingTo("30780.00");

        PolicySet given = parse(withProfile("    safety_net_income_multiple: 1.2345\n    employment_min_months: 12\n"
                + "    school_age_min: 0\n    school_age_max: 0\n    medical_self_pay_threshold: 0\n")).sets().get(0);
        assertThat(given.profile()).isEqualTo(new kuozhong.policy.ProfilePolicy(new BigDecimal("1.2345"), 12, 0, 0,
                new BigDecimal("0")));
        PolicySet shipped = PolicyFile.load(Path.of("jobs/policy.yml")).inForce(LocalDate.of(2025, 3, 15));
        assertThat(shipped.profile()).isEqualTo(kuozhong.policy.ProfilePolicy.DEFAULTS);
    }

    @Test
    void profileParametersAreValidated() {
        assertThatThrownBy(() -> parse(withProfile("    safety_net_income_multiple: 0.9999\n")))
                .hasMessageContaining("'safety_net_income_multiple' must be at least 1, found 0.9999");
        assertThatThrownBy(() -> parse(withProfile("    safety_net_income_multiple: 1.23456\n")))
                .hasMessageContaining("'safety_net_income_multiple' has more than 4 decimals");
        assertThatThrownBy(() -> parse(withProfile("    employment_min_months: 0\n")))
                .hasMessageContaining("'employment_min_months' must be a whole number of months from 1 to 12, found 0");
        assertThatThrownBy(() -> parse(withProfile("    employment_min_months: 13\n")))
                .hasMessageContaining("found 13");
        assertThatThrownBy(() -> parse(withProfile("    employment_min_months: 6.5\n")))
                .hasMessageContaining("wrong type for 'employment_min_months'");
        assertThatThrownBy(() -> parse(withProfile("    school_age_min: -1\n")))
                .hasMessageContaining("'school_age_min' must not be negative");
        assertThatThrownBy(() -> parse(withProfile("    school_age_min: 23\n")))
                .hasMessageContaining("school_age_max 22 is below school_age_min 23");
        assertThatThrownBy(() -> parse(withProfile("    medical_self_pay_threshold: 20000.001\n")))
                .hasMessageContaining("'medical_self_pay_threshold' has more than 2 decimals");
        assertThatThrownBy(() -> parse(withProfile("    medical_self_pay_threshold: -0.01\n")))
                .hasMessageContaining("'medical_self_pay_threshold' must not be negative");
    }

    private static String withProfile(String lines) {
        return oneSet().replace("    max_snapshot_age_days: 45\n", "    max_snapshot_age_days: 45\n" + lines);
    }
}
