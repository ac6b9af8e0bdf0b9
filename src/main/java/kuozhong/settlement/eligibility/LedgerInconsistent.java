package kuozhong.settlement.eligibility;

import kuozhong.household.Figures;
import kuozhong.household.RuleOutcome;

import kuozhong.policy.PolicySet;

/**
 * LEDGER_INCONSISTENT: a transaction dated before contract_date, cumulative drawdowns above principal,
 * or a negative end-of-day balance (found by the {@link kuozhong.settlement.DayCountAccumulator}).
 */
public final class LedgerInconsistent implements LoanCheck {
    @Override
    public LoanRefusal code() {
        return LoanRefusal.LEDGER_INCONSISTENT;
    }

    @Override
    public RuleOutcome check(LoanFacts f, PolicySet p) {
        var problems = f.dayCount().ledgerProblems();
        return new RuleOutcome(code(), !problems.isEmpty(), Figures.of("ledger_problems", Figures.count(problems.size())),
                problems.isEmpty() ? "ledger consistent" : String.join("; ", problems));
    }
}
