package kuozhong.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import kuozhong.policy.PolicySet;

/**
 * 目标完成情况 for year Y (settlement.md, "目标完成情况"):
 * <ul>
 *   <li>new loan balance at year end = Σ year_end_balance of Y's detail;</li>
 *   <li>cumulative interest reduction = Σ household_saving of Y's detail + the household-saving totals of
 *       the earlier settled years given (entries for Y or later years are ignored: Y's own figure comes from
 *       this settlement, which replaces any earlier settlement of Y);</li>
 *   <li>percent reached = figure × 100 / target, rounded half-up to 2 decimals of a percent
 *       ({@code 4.0952…} → {@code 4.10}); {@code null} when the policy has no target for Y (or it is 0).</li>
 * </ul>
 */
public record TargetProgress(
        int year,
        BigDecimal newLoanBalance,
        BigDecimal targetNewLoanBalance,
        BigDecimal newLoanBalancePercent,
        BigDecimal cumulativeInterestReduction,
        BigDecimal targetInterestReduction,
        BigDecimal interestReductionPercent) {

    public static TargetProgress of(SettlementResult result, Map<Integer, BigDecimal> earlierHouseholdSavingTotals,
                                    PolicySet policy) {
        int year = result.year();
        BigDecimal balance = result.detail().stream().map(DetailRow::yearEndBalance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal reduction = result.detail().stream().map(DetailRow::householdSaving)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Map.Entry<Integer, BigDecimal> e : earlierHouseholdSavingTotals.entrySet()) {
            if (e.getKey() < year) {
                reduction = reduction.add(e.getValue());
            }
        }
        PolicySet.Target target = policy.targets().get(year);
        BigDecimal targetBalance = target == null ? null : target.newLoanBalance();
        BigDecimal targetReduction = target == null ? null : target.cumulativeInterestReduction();
        return new TargetProgress(year, balance, targetBalance, percent(balance, targetBalance), reduction,
                targetReduction, percent(reduction, targetReduction));
    }

    static BigDecimal percent(BigDecimal value, BigDecimal target) {
        if (target == null || target.signum() == 0) {
            return null;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(target, 2, RoundingMode.HALF_UP);
    }
}
