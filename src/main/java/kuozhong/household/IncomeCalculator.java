package kuozhong.household;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kuozhong.policy.PolicySet;

/**
 * The income arithmetic of target-list.md, "Income": exact decimals, one rounding per household.
 *
 * <ul>
 * <li>window: the 12 calendar months ending with the month before the as-of date's month;</li>
 * <li>a month with a social-insurance or provident-fund row:
 *     {@code max(0, max(E, B) − personal_contribution_rate × E − P / 2) + R};</li>
 * <li>otherwise imputed_monthly_income for a member of working age (working_age_min ≤ age ≤
 *     working_age_max, whole years on the as-of date, a birthday on that date counting), else 0.</li>
 * </ul>
 */
public final class IncomeCalculator {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final PolicySet policy;
    private final LocalDate asOf;
    private final YearMonth firstMonth;

    public IncomeCalculator(PolicySet policy, LocalDate asOf) {
        this.policy = policy;
        this.asOf = asOf;
        this.firstMonth = YearMonth.from(asOf).minusMonths(12);
    }

    /** The first month of the window (D = 2025-03-15 → 2024-03). */
    public YearMonth firstMonth() {
        return firstMonth;
    }

    /** The first month of the window as yyyyMM (D = 2025-03-15 → 202403). */
    public int firstYearMonth() {
        return firstMonth.getYear() * 100 + firstMonth.getMonthValue();
    }

    /** The last month of the window as yyyyMM (D = 2025-03-15 → 202502). */
    public int lastYearMonth() {
        YearMonth last = firstMonth.plusMonths(11);
        return last.getYear() * 100 + last.getMonthValue();
    }

    /** The twelve months of the window, oldest first. */
    public List<YearMonth> window() {
        List<YearMonth> months = new ArrayList<>(12);
        for (int i = 0; i < 12; i++) {
            months.add(firstMonth.plusMonths(i));
        }
        return months;
    }

    /** The month's position in the window (0..11), or -1 outside it; {@code yyyyMM} as an int. */
    public int monthIndex(int yearMonth) {
        int months = (yearMonth / 100) * 12 + (yearMonth % 100 - 1);
        int first = firstMonth.getYear() * 12 + firstMonth.getMonthValue() - 1;
        int i = months - first;
        return i >= 0 && i < 12 ? i : -1;
    }

    /** Whole years completed on the as-of date; a birthday on that date counts. */
    public int age(LocalDate birthDate) {
        return birthDate.isAfter(asOf) ? -1 : Period.between(birthDate, asOf).getYears();
    }

    public boolean workingAge(int age) {
        return age >= policy.workingAgeMin() && age <= policy.workingAgeMax();
    }

    /** Income of a month with a record: {@code max(0, max(E, B) − rate × E − P / 2) + R}, exact. */
    public BigDecimal recordedIncome(BigDecimal e, BigDecimal b, BigDecimal p, BigDecimal r) {
        BigDecimal wage = e.max(b)
                .subtract(policy.personalContributionRate().multiply(e))
                .subtract(p.multiply(HALF));
        return wage.max(BigDecimal.ZERO).add(r);
    }

    public BigDecimal imputedMonthlyIncome() {
        return policy.imputedMonthlyIncome();
    }

    /** The exact sum of the members' incomes, rounded half-up to the fen once. */
    public static BigDecimal householdIncome(BigDecimal exactSum) {
        return exactSum.setScale(2, RoundingMode.HALF_UP);
    }

    /** household_income / member_count, rounded half-up to the fen. */
    public static BigDecimal perCapita(BigDecimal householdIncome, int memberCount) {
        return householdIncome.divide(BigDecimal.valueOf(memberCount), 2, RoundingMode.HALF_UP);
    }
}
