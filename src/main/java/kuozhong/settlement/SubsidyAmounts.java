package kuozhong.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;

import kuozhong.policy.PolicySet;

/**
 * The amounts of one loan (settlement.md, "Arithmetic"). The only roundings are the spec's three,
 * each half-up to the fen and each applied once to an exact value:
 * <pre>
 *   fiscal_subsidy   = round(accumulation × fiscal_rate / (100 × basis))
 *   household_saving = round(accumulation × saving_rate / (100 × basis))
 *   province_share   = round(fiscal_subsidy × province_share)
 * </pre>
 * {@code BigDecimal.divide(divisor, 2, HALF_UP)} rounds the exact quotient (no intermediate
 * quotient is formed), so a quotient like 1286.004999… never becomes 1286.01. The other amounts
 * are exact differences: bank_concession = household_saving − fiscal_subsidy,
 * county_share = fiscal_subsidy − province_share.
 */
public record SubsidyAmounts(BigDecimal fiscalSubsidy, BigDecimal householdSaving, BigDecimal bankConcession,
                             BigDecimal provinceShare, BigDecimal countyShare) {

    public static SubsidyAmounts of(BigDecimal accumulation, SubsidyRates rates, PolicySet policy) {
        BigDecimal divisor = BigDecimal.valueOf(100L * policy.dayCountBasis());
        BigDecimal fiscal = accumulation.multiply(rates.fiscalRate()).divide(divisor, 2, RoundingMode.HALF_UP);
        BigDecimal saving = accumulation.multiply(rates.savingRate()).divide(divisor, 2, RoundingMode.HALF_UP);
        BigDecimal province = fiscal.multiply(policy.provinceShare()).setScale(2, RoundingMode.HALF_UP);
        return new SubsidyAmounts(fiscal, saving, saving.subtract(fiscal), province, fiscal.subtract(province));
    }
}
