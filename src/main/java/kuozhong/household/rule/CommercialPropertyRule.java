package kuozhong.household.rule;

import java.math.BigDecimal;
import java.util.Set;

import kuozhong.household.ExclusionReason;
import kuozhong.household.Figures;
import kuozhong.household.HouseholdFacts;
import kuozhong.household.HouseholdRule;
import kuozhong.household.RealEstateRow;
import kuozhong.household.RuleOutcome;
import kuozhong.policy.PolicySet;

/**
 * PROPERTY_COMMERCIAL: Σ area_m2 × share over the members' VALID COMMERCIAL, OFFICE and INDUSTRIAL
 * owner rows with register_date ≤ D exceeds commercial_area_limit_m2 (exact arithmetic).
 */
public final class CommercialPropertyRule implements HouseholdRule {
    public static final ExclusionReason CODE = ExclusionReason.PROPERTY_COMMERCIAL;
    private static final Set<String> TYPES = Set.of("COMMERCIAL", "OFFICE", "INDUSTRIAL");

    @Override
    public ExclusionReason code() {
        return CODE;
    }

    /** Whether this rule counts the owner row on the as-of date. */
    public boolean counts(RealEstateRow row, HouseholdFacts f) {
        return TYPES.contains(row.propertyType()) && "VALID".equals(row.status())
                && !row.registerDate().isAfter(f.asOf());
    }

    /** The share-weighted area, exact. */
    public BigDecimal weightedArea(HouseholdFacts f) {
        BigDecimal area = BigDecimal.ZERO;
        for (RealEstateRow r : f.realEstate()) {
            if (counts(r, f)) {
                area = area.add(r.areaM2().multiply(r.share()));
            }
        }
        return area;
    }

    @Override
    public RuleOutcome evaluate(HouseholdFacts f, PolicySet p) {
        BigDecimal area = weightedArea(f);
        return new RuleOutcome(CODE, area.compareTo(p.commercialAreaLimitM2()) > 0, Figures.of(
                "commercial_area_m2", area.signum() == 0 ? "0.00" : Figures.amount(area),
                "commercial_area_limit_m2", Figures.shared(Figures.amount(p.commercialAreaLimitM2()))));
    }
}
