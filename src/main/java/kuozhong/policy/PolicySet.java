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
        Map<Integer, Target> targets,
        // household profile (profile.md)
        ProfilePolicy profile) {

    public PolicySet {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        targets = Map.copyOf(targets);
        profile = profile == null ? ProfilePolicy.DEFAULTS : profile;
    }

    /** A set with the profile parameters at their defaults (profile.md: a set that omits them uses these). */
    public PolicySet(LocalDate effectiveFrom, BigDecimal householdIncomeCeiling, BigDecimal dibaoMonthlyStandard,
            BigDecimal dibianMultiplier, int workingAgeMin, int workingAgeMax, BigDecimal imputedMonthlyIncome,
            BigDecimal personalContributionRate, int maxResidentialUnits, BigDecimal commercialAreaLimitM2,
            BigDecimal vehiclePriceLimit, int maxSnapshotAgeDays, BigDecimal householdRateCap,
            BigDecimal fiscalSubsidyCap, BigDecimal fiscalShareOfExcess, BigDecimal provinceShare, int dayCountBasis,
            LocalDate programStart, Map<Integer, Target> targets) {
        this(effectiveFrom, householdIncomeCeiling, dibaoMonthlyStandard, dibianMultiplier, workingAgeMin,
                workingAgeMax, imputedMonthlyIncome, personalContributionRate, maxResidentialUnits,
                commercialAreaLimitM2, vehiclePriceLimit, maxSnapshotAgeDays, householdRateCap, fiscalSubsidyCap,
                fiscalShareOfExcess, provinceShare, dayCountBasis, programStart, targets, ProfilePolicy.DEFAULTS);
    }

    /** The same set with other profile parameters. */
    public PolicySet withProfile(ProfilePolicy p) {
        return new PolicySet(effectiveFrom, householdIncomeCeiling, dibaoMonthlyStandard, dibianMultiplier,
                workingAgeMin, workingAgeMax, imputedMonthlyIncome, personalContributionRate, maxResidentialUnits,
                commercialAreaLimitM2, vehiclePriceLimit, maxSnapshotAgeDays, householdRateCap, fiscalSubsidyCap,
                fiscalShareOfExcess, provinceShare, dayCountBasis, programStart, targets, p);
    }

    /** The SAFETY_NET line: income_floor × safety_net_income_multiple, exact. */
    public BigDecimal safetyNetLine() {
        return incomeFloor().multiply(profile.safetyNetIncomeMultiple());
    }

    /** income_floor = dibao_monthly_standard × 12 × dibian_multiplier, exact. */
    public BigDecimal incomeFloor() {
        return dibaoMonthlyStandard.multiply(BigDecimal.valueOf(12)).multiply(dibianMultiplier);
    }

    /** Programme target for one year: new loan balance at year end and cumulative interest reduction. */
    public record Target(BigDecimal newLoanBalance, BigDecimal cumulativeInterestReduction) {
    }
}
