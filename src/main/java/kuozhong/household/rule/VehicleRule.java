package kuozhong.household.rule;

import java.math.BigDecimal;

import kuozhong.household.ExclusionReason;
import kuozhong.household.Figures;
import kuozhong.household.HouseholdFacts;
import kuozhong.household.HouseholdRule;
import kuozhong.household.RuleOutcome;
import kuozhong.household.VehicleRow;
import kuozhong.policy.PolicySet;

/**
 * VEHICLE: a member owns a NORMAL, NON_OPERATING CAR with register_date ≤ D and purchase_price &gt;
 * vehicle_price_limit. Cars without a price never fire (they raise VEHICLE_PRICE_UNKNOWN).
 */
public final class VehicleRule implements HouseholdRule {
    public static final ExclusionReason CODE = ExclusionReason.VEHICLE;

    @Override
    public ExclusionReason code() {
        return CODE;
    }

    /** Whether the row is a car this rule compares against the limit. */
    public boolean counts(VehicleRow v, HouseholdFacts f) {
        return v.isPrivateCarOn(f.asOf()) && v.purchasePrice() != null;
    }

    @Override
    public RuleOutcome evaluate(HouseholdFacts f, PolicySet p) {
        int above = 0;
        BigDecimal highest = null;
        for (VehicleRow v : f.vehicles()) {
            if (counts(v, f)) {
                if (highest == null || v.purchasePrice().compareTo(highest) > 0) {
                    highest = v.purchasePrice();
                }
                if (v.purchasePrice().compareTo(p.vehiclePriceLimit()) > 0) {
                    above++;
                }
            }
        }
        return new RuleOutcome(CODE, above > 0, Figures.of(
                "highest_car_price", highest == null ? "none" : Figures.amount(highest),
                "cars_above_limit", Figures.count(above),
                "vehicle_price_limit", Figures.shared(Figures.amount(p.vehiclePriceLimit()))));
    }
}
