package kuozhong.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import kuozhong.common.Code;

/**
 * One row of changes.csv.
 *
 * @param reasons       the new reasons for REMOVED and REMOVED_BY_VISIT; empty for ADDED, ADDED_BY_VISIT and
 *                      HOUSEHOLD_GONE
 * @param previousAsOf  as-of date of the previous version; null for the first version
 */
public record Change(String householdNo, String townshipCode, Type change, List<String> reasons, LocalDate previousAsOf) {

    /**
     * The change kinds; profile.md adds ADDED_BY_VISIT (newly included and data_included N) and REMOVED_BY_VISIT
     * (included before and now excluded with FIELD_VISIT_EXCLUDED as its only reason), which replace ADDED and
     * REMOVED for those households.
     */
    public enum Type implements Code {
        ADDED("新增"), REMOVED("移出"), HOUSEHOLD_GONE("户内无正常户籍人员"), ADDED_BY_VISIT("走访核实纳入"),
        REMOVED_BY_VISIT("走访核实移出");

        private final String chinese;

        Type(String chinese) {
            this.chinese = chinese;
        }

        @Override
        public String chinese() {
            return chinese;
        }

        /** The column of the summary's change counts: added (0), removed (1) or gone (2). */
        public int countColumn() {
            return switch (this) {
                case ADDED, ADDED_BY_VISIT -> 0;
                case REMOVED, REMOVED_BY_VISIT -> 1;
                case HOUSEHOLD_GONE -> 2;
            };
        }
    }

    public Change {
        Objects.requireNonNull(householdNo, "householdNo");
        Objects.requireNonNull(townshipCode, "townshipCode");
        Objects.requireNonNull(change, "change");
        reasons = List.copyOf(reasons);
    }
}
