package kuozhong.settlement.eligibility;

import java.util.Objects;

/**
 * The outcome of one check for one loan: whether it fired and the figures it compared
 * (e.g. {@code contract_rate 3.60 > household_rate_cap 3.5}), whether it fired or not, so that
 * the exceptions, the workbook and any explanation show the same reasoning as the decision.
 */
public record Finding(String code, boolean fired, String compared) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(compared, "compared");
    }
}
