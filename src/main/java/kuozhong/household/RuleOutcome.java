package kuozhong.household;

import java.util.Map;
import java.util.Objects;

/**
 * What one rule (or flag) found for one household: whether it fired, and the values it compared,
 * in the order they read best (e.g. {@code household_income=100000.01}, {@code household_income_ceiling=100000.00}).
 */
public record RuleOutcome(String code, boolean fired, Map<String, String> figures) {
    public RuleOutcome {
        Objects.requireNonNull(code, "code");
        figures = Figures.copyOf(figures);
    }

    /** {@code code: fired|not fired (k=v, k=v)}. */
    @Override
    public String toString() {
        return code + ": " + (fired ? "fired" : "not fired") + " " + figures;
    }
}
