package kuozhong.household.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import kuozhong.household.HouseholdFacts;
import kuozhong.ingest.Source;

/**
 * What the categories and labels of one household look at, beside its {@link HouseholdFacts}: the
 * members' market entities (as operator), homestead rows, medical self-pay rows of the income window,
 * each member's employed months, and which optional sources have no snapshot on or before D.
 *
 * @param employedMonths per member id: distinct months of the income window with an EMPLOYEE_PENSION row or a
 *                       provident-fund row (members without any are absent)
 * @param selfPay        rows of the members whose month lies in the income window
 * @param missing        optional sources without a snapshot on or before D
 */
public record ProfileFacts(HouseholdFacts household, Map<String, Integer> employedMonths,
        List<MarketEntityRow> entities, List<HomesteadRow> homesteads, List<SelfPayRow> selfPay,
        Set<Source> missing) {

    public ProfileFacts {
        Objects.requireNonNull(household, "household");
        employedMonths = Map.copyOf(employedMonths);
        entities = List.copyOf(entities);
        homesteads = List.copyOf(homesteads);
        selfPay = List.copyOf(selfPay);
        missing = missing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missing));
    }

    public LocalDate asOf() {
        return household.asOf();
    }

    public boolean isMissing(Source s) {
        return missing.contains(s);
    }

    /** The employed months of one member (0 when none). */
    public int employedMonths(String idNo) {
        return employedMonths.getOrDefault(idNo, 0);
    }

    /** Σ self_pay_amount over the members and the window's months, exact. */
    public BigDecimal selfPayTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (SelfPayRow r : selfPay) {
            sum = sum.add(r.amount());
        }
        return sum;
    }
}
