package kuozhong.household.profile;

import java.math.BigDecimal;
import java.util.List;

import kuozhong.household.Figures;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;

/**
 * SAFETY_NET (托底类): per_capita_income &lt; income_floor × safety_net_income_multiple (the product exact; a
 * household included below the floor, only by a visit, is SAFETY_NET).
 */
public final class SafetyNetCategory implements ProfileRule {
    public static final Category CODE = Category.SAFETY_NET;

    @Override
    public Category code() {
        return CODE;
    }

    @Override
    public List<Source> needs() {
        return List.of();
    }

    @Override
    public Evidence evaluate(ProfileFacts f, PolicySet p) {
        BigDecimal line = p.safetyNetLine();
        BigDecimal perCapita = f.household().perCapitaIncome();
        return new Evidence(perCapita.compareTo(line) < 0, Figures.of(
                "per_capita_income", perCapita.toPlainString(),
                "income_floor", Figures.shared(Figures.amount(p.incomeFloor())),
                "safety_net_income_multiple", Figures.shared(p.profile().safetyNetIncomeMultiple().toPlainString()),
                "safety_net_line", Figures.shared(Figures.amount(line))));
    }
}
