package kuozhong.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of changes.csv.
 *
 * @param reasons       the new reasons for REMOVED; empty for ADDED and HOUSEHOLD_GONE
 * @param previousAsOf  as-of date of the previous version; null for the first version
 */
public record Change(String householdNo, String townshipCode, Type change, List<String> reasons, LocalDate previousAsOf) {

    public enum Type { ADDED, REMOVED, HOUSEHOLD_GONE }

    public Change {
        Objects.requireNonNull(householdNo, "householdNo");
        Objects.requireNonNull(townshipCode, "townshipCode");
        Objects.requireNonNull(change, "change");
        reasons = List.copyOf(reasons);
    }
}
