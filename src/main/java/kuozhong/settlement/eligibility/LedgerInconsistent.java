package kuozhong.settlement.eligibility;

import kuozhong.policy.PolicySet;

/**
 * LEDGER_INCONSISTENT: a transaction dated before contract_date, cumulative drawdowns above principal,
 * or a negative end-of-day balance (found by the {@link kuozhong.settlement.DayCountAccumulator}).
 */
public final class LedgerInconsistent implements LoanCheck {
    @Override
    public String code() {
        return "LEDGER_INCONSISTENT";
    }

    @Override
    public Finding check(LoanFacts f, PolicySet p) {
        var problems = f.dayCount().ledgerProblems();
        return new Finding(code(), !problems.isEmpty(),
                problems.isEmpty() ? "ledger consistent" : String.join("; ", problems));
    }
}
