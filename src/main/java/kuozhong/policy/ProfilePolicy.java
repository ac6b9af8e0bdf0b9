package kuozhong.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The policy parameters of profile.md ("Policy parameters"): optional in {@code jobs/policy.yml}, a set
 * that omits one uses its default (all ASSUMED until the county confirms them).
 *
 * @param safetyNetIncomeMultiple SAFETY_NET holds below income_floor × this (≥ 1, at most 4 decimals)
 * @param employmentMinMonths     months a member must be employed in the income window (1-12)
 * @param schoolAgeMin            school ages on D, inclusive (≥ 0)
 * @param schoolAgeMax            school ages on D, inclusive (≥ schoolAgeMin)
 * @param medicalSelfPayThreshold self-pay above which HIGH_MEDICAL_SELF_PAY holds (an amount ≥ 0)
 */
public record ProfilePolicy(BigDecimal safetyNetIncomeMultiple, int employmentMinMonths, int schoolAgeMin,
        int schoolAgeMax, BigDecimal medicalSelfPayThreshold) {

    /** The defaults of profile.md. */
    public static final ProfilePolicy DEFAULTS = new ProfilePolicy(new BigDecimal("1.5"), 6, 6, 22,
            new BigDecimal("20000.00"));

    public ProfilePolicy {
        Objects.requireNonNull(safetyNetIncomeMultiple, "safetyNetIncomeMultiple");
        Objects.requireNonNull(medicalSelfPayThreshold, "medicalSelfPayThreshold");
    }
}
