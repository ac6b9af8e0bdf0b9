package kuozhong.settlement.eligibility;

import kuozhong.policy.PolicySet;

/** NO_LIST_VERSION: no list version has an as-of date on or before contract_date. */
public final class NoListVersion implements LoanCheck {
    @Override
    public String code() {
        return "NO_LIST_VERSION";
    }

    @Override
    public Finding check(LoanFacts f, PolicySet p) {
        return f.version()
                .map(v -> new Finding(code(), false, "list version " + v.versionId() + " as of " + v.asOf()
                        + " in force on contract_date " + f.loan().contractDate()))
                .orElseGet(() -> new Finding(code(), true, "no list version as of or before contract_date "
                        + f.loan().contractDate()));
    }
}
