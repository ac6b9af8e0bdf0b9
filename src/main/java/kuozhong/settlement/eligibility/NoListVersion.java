package kuozhong.settlement.eligibility;

import kuozhong.household.Figures;
import kuozhong.household.RuleOutcome;

import kuozhong.policy.PolicySet;

/** NO_LIST_VERSION: no list version has an as-of date on or before contract_date. */
public final class NoListVersion implements LoanCheck {
    @Override
    public LoanRefusal code() {
        return LoanRefusal.NO_LIST_VERSION;
    }

    @Override
    public RuleOutcome check(LoanFacts f, PolicySet p) {
        return f.version()
                .map(v -> new RuleOutcome(code(), false, Figures.of("contract_date", f.loan().contractDate().toString(),
                        "list_version", Long.toString(v.versionId()), "list_as_of", v.asOf().toString()),
                        "list version " + v.versionId() + " as of " + v.asOf() + " in force on contract_date "
                                + f.loan().contractDate()))
                .orElseGet(() -> new RuleOutcome(code(), true, Figures.of("contract_date",
                        f.loan().contractDate().toString()), "no list version as of or before contract_date "
                        + f.loan().contractDate()));
    }
}
