package kuozhong.household.profile;

import java.math.BigDecimal;
import java.util.Objects;

/** One record of the medical_self_pay snapshot (profile.md): a member's self-pay settled in one month. */
public record SelfPayRow(String idNo, int yearMonth, BigDecimal amount) {
    public SelfPayRow {
        Objects.requireNonNull(idNo, "idNo");
        Objects.requireNonNull(amount, "amount");
    }
}
