package kuozhong.settlement;

import java.math.BigDecimal;

import kuozhong.policy.PolicySet;

/**
 * The rates of one loan, in percent (settlement.md, "Arithmetic"), exact:
 * excess = max(0, reference − cap); fiscal = min(fiscal_subsidy_cap, excess × fiscal_share_of_excess);
 * saving = reference − contract; bank = saving − fiscal.
 */
public record SubsidyRates(BigDecimal excess, BigDecimal fiscalRate, BigDecimal savingRate, BigDecimal bankRate) {

    public static SubsidyRates of(Loan loan, PolicySet policy) {
        BigDecimal excess = loan.referenceRate().subtract(policy.householdRateCap()).max(BigDecimal.ZERO);
        BigDecimal fiscal = excess.multiply(policy.fiscalShareOfExcess()).min(policy.fiscalSubsidyCap());
        BigDecimal saving = loan.referenceRate().subtract(loan.contractRate());
        return new SubsidyRates(excess, fiscal, saving, saving.subtract(fiscal));
    }
}
