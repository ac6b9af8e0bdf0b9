package kuozhong.household;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import kuozhong.common.Code;
import kuozhong.household.profile.Status;

/**
 * What one rule found for one household or loan, the one shape of every rule object: the exclusion rules and
 * flags of target-list.md, the categories and labels of profile.md, the eligibility checks of settlement.md.
 * Whether it fired (holds), does not, or is unknown (profile.md: a source it needs is missing, then
 * {@code missingSources} names them, e.g. {@code market_entity}); the values it compared, in the order they read
 * best (e.g. {@code household_income=100000.01}, {@code household_income_ceiling=100000.00}); and, where the rule
 * states the comparison as a sentence, {@code detail} (e.g. {@code contract_rate 3.60 > household_rate_cap 3.5}),
 * else empty.
 */
public record RuleOutcome(Code code, Status status, Map<String, String> figures, List<String> missingSources,
        String detail) {
    public RuleOutcome {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        figures = Figures.copyOf(figures);
        missingSources = List.copyOf(missingSources);
    }

    /** A rule that fires or not, with the figures compared. */
    public RuleOutcome(Code code, boolean fired, Map<String, String> figures) {
        this(code, fired ? Status.HOLDS : Status.NOT, figures, List.of(), "");
    }

    /** A check that fires or not, with the figures compared and the comparison as a sentence. */
    public RuleOutcome(Code code, boolean fired, Map<String, String> figures, String detail) {
        this(code, fired ? Status.HOLDS : Status.NOT, figures, List.of(), detail);
    }

    /** Whether the rule fired (the category or label holds). */
    public boolean fired() {
        return status == Status.HOLDS;
    }

    /** Same as {@link #fired()}, as profile.md says it of categories and labels. */
    public boolean holds() {
        return status == Status.HOLDS;
    }

    /** Whether the outcome is unknown (a source it needs is missing). */
    public boolean unknown() {
        return status == Status.UNKNOWN;
    }

    /** {@code code: fired|not fired|unknown {k=v, k=v}}, then the missing sources if any. */
    @Override
    public String toString() {
        return code.name() + ": " + (fired() ? "fired" : unknown() ? "unknown" : "not fired") + " " + figures
                + (missingSources.isEmpty() ? "" : " missing " + missingSources);
    }
}
