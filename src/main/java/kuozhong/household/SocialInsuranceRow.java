package kuozhong.household;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One record of the social-insurance snapshot (extracts.md, social_insurance.csv).
 *
 * @param yearMonth   the month as {@code yyyyMM}, e.g. {@code 202502}
 * @param insuredType {@code EMPLOYEE_PENSION} (amount = contribution base), {@code RETIREE_PENSION} or
 *                    {@code RESIDENT_PENSION} (amount = benefit paid)
 * @param amount      yuan, at most two decimals
 */
public record SocialInsuranceRow(String idNo, int yearMonth, String insuredType, BigDecimal amount) {

    public static final String EMPLOYEE_PENSION = "EMPLOYEE_PENSION";
    public static final String RETIREE_PENSION = "RETIREE_PENSION";
    public static final String RESIDENT_PENSION = "RESIDENT_PENSION";

    public SocialInsuranceRow {
        Objects.requireNonNull(idNo, "idNo");
        Objects.requireNonNull(insuredType, "insuredType");
        Objects.requireNonNull(amount, "amount");
    }
}
