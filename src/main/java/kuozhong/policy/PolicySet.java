package kuozhong.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One effective-dated set of policy parameters from {@code jobs/policy.yml}
 * (target-list.md and settlement.md, "Policy parameters"). Percent rates are in percent
 * ({@code 3.5} = 3.5 %); shares and multipliers are plain fractions.
 */
public record PolicySet(
        LocalDate effectiveFrom,
        // target list
        BigDecimal householdIncomeCeiling,
        BigDecimal dibaoMonthlyStandard,
        BigDecimal dibianMultiplier,
        int workingAgeMin,
        int workingAgeMax,
        BigDecimal imputedMonthlyIncome,
        BigDecimal personalContributionRate,
        int maxResidentialUnits,
        BigDecimal commercialAreaLimitM2,
        BigDecimal vehiclePriceLimit,
        int maxSnapshotAgeDays,
        // settlement
        BigDecimal householdRateCap,
        BigDecimal fiscalSubsidyCap,
        BigDecimal fiscalShareOfExcess,
        BigDecimal provinceShare,
        int dayCountBasis,
        LocalDate programStart,
        Map<Integer, Target> targets) {

    public PolicySet {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        targets = Map.copyOf(targets);
    }

    /** income_floor = dibao_monthly_standard × 12 × dibian_multiplier, exact. */
    public BigDecimal incomeFloor() {
        return dibaoMonthlyStandard.multiply(BigDecimal.valueOf(12)).multiply(dibianMultiplier);
    }

    /** Programme target for one year: new loan balance at year end and cumulative interest reduction. */
    public record Target(BigDecimal newLoanBalance, BigDecimal cumulativeInterestReduction) {
    }
}
