package kuozhong.simulate;

import java.util.List;

import kuozhong.household.HouseholdDecision;

/**
 * One row of {@code moves.csv} (simulate.md): a household whose decision differs between the version in
 * force (current) and the list under the draft. A side is {@code null} when the household was not
 * evaluated there.
 */
public record Move(String householdNo, String townshipCode, Kind kind, HouseholdDecision current,
        HouseholdDecision draft) {

    /** The move kinds, with their Chinese text. */
    public enum Kind {
        /** Included in the draft; not included or not evaluated currently. */
        ENTER("新纳入"),
        /** Included currently; not included or not evaluated in the draft. */
        LEAVE("移出"),
        /** Excluded on both sides, reasons differ. */
        REASONS("排除原因变化"),
        /** Evaluated only on the current side, and excluded there. */
        GONE("仅当前评估"),
        /** Evaluated only on the draft side, and excluded there. */
        NEW("仅模拟评估"),
        /** Final decision and reasons equal, data decision differs (a visit holds it). */
        DATA_ONLY("仅数据判定变化");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** {@code Y}, {@code N} or empty (not evaluated). */
    public static String included(HouseholdDecision d) {
        return d == null ? "" : d.included() ? "Y" : "N";
    }

    /** Codes joined with {@code ;} in rule order, as in target-list.csv; empty when not evaluated. */
    public static String reasons(HouseholdDecision d) {
        return d == null ? "" : String.join(";", d.reasons());
    }

    /**
     * The data decision ({@code data_included} of profile.md) as {@code Y}, {@code N} or empty (not evaluated).
     * A decision without a profile (a version built before profile.md) has data_included = included
     * (simulate.md, "Precise points").
     */
    public static String dataIncluded(HouseholdDecision d) {
        return d == null ? "" : d.dataIncluded() ? "Y" : "N";
    }

    static List<String> header() {
        return List.of("household_no", "township_code", "township_name", "move", "current_included",
                "current_reasons", "draft_included", "draft_reasons", "current_data_included", "draft_data_included");
    }
}
