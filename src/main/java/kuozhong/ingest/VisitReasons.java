package kuozhong.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The reason codes of a field visit by verdict, and its default and longest validity (profile.md,
 * "visits.csv"). A(d, n) is the date n months after d, same day of month, or that month's last day when
 * it has no such day: {@link LocalDate#plusMonths} does exactly that. The 12 and 24 months are fixed here,
 * not in the policy, so that a stored visit never changes meaning.
 */
public final class VisitReasons {
    /** EXCLUDE's reasons. */
    public static final List<String> EXCLUDE = List.of("INCOME_HIGHER", "HIDDEN_ASSETS", "NOT_LIVING_HERE",
            "FAMILY_DIFFERS", "DECLINED", "OTHER");
    /** INCLUDE's reasons. */
    public static final List<String> INCLUDE = List.of("INCOME_LOWER", "INCOME_NOT_BELOW_FLOOR", "ASSET_DATA_WRONG",
            "FAMILY_DIFFERS", "OTHER");
    /** Every code of either list. */
    public static final Set<String> ALL = union();

    static final int DEFAULT_MONTHS = 12;
    static final int MAX_MONTHS = 24;

    private VisitReasons() {
    }

    private static Set<String> union() {
        java.util.LinkedHashSet<String> s = new java.util.LinkedHashSet<>(EXCLUDE);
        s.addAll(INCLUDE);
        return Set.copyOf(s);
    }

    /** The reasons allowed for a verdict (none for CONFIRM). */
    public static List<String> allowed(String verdict) {
        return switch (verdict) {
            case "EXCLUDE" -> EXCLUDE;
            case "INCLUDE" -> INCLUDE;
            default -> List.of();
        };
    }

    /** A(d, n): n months after d, clamped to the month's last day. */
    public static LocalDate monthsAfter(LocalDate d, int n) {
        return d.plusMonths(n);
    }

    /** The last day in force when valid_until is empty: A(visit_date, 12) − 1 day. */
    public static LocalDate defaultValidUntil(LocalDate visitDate) {
        return monthsAfter(visitDate, DEFAULT_MONTHS).minusDays(1);
    }

    /** The latest valid_until accepted: A(visit_date, 24) − 1 day. */
    public static LocalDate lastDayAllowed(LocalDate visitDate) {
        return monthsAfter(visitDate, MAX_MONTHS).minusDays(1);
    }
}
