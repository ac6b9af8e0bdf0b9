package kuozhong.household.rule;

import java.util.HashSet;
import java.util.Set;

import kuozhong.household.ExclusionReason;
import kuozhong.household.Figures;
import kuozhong.household.HouseholdFacts;
import kuozhong.household.HouseholdRule;
import kuozhong.household.RealEstateRow;
import kuozhong.household.RuleOutcome;
import kuozhong.policy.PolicySet;

/**
 * PROPERTY_RESIDENTIAL: the members own (any share) more than max_residential_units distinct
 * cert_no of type RESIDENTIAL, status VALID, register_date ≤ D. A certificate co-owned by two
 * members counts once.
 */
public final class ResidentialPropertyRule implements HouseholdRule {
    public static final ExclusionReason CODE = ExclusionReason.PROPERTY_RESIDENTIAL;

    @Override
    public ExclusionReason code() {
        return CODE;
    }

    /** Whether this rule counts the owner row on the as-of date. */
    public boolean counts(RealEstateRow row, HouseholdFacts f) {
        return "RESIDENTIAL".equals(row.propertyType()) && "VALID".equals(row.status())
                && !row.registerDate().isAfter(f.asOf());
    }

    @Override
    public RuleOutcome evaluate(HouseholdFacts f, PolicySet p) {
        Set<String> certs = new HashSet<>();
        for (RealEstateRow r : f.realEstate()) {
            if (counts(r, f)) {
                certs.add(r.certNo());
            }
        }
        return new RuleOutcome(CODE, certs.size() > p.maxResidentialUnits(), Figures.of(
                "residential_certs", Figures.count(certs.size()),
                "max_residential_units", Figures.count(p.maxResidentialUnits())));
    }
}
