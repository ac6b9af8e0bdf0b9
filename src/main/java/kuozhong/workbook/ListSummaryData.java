package kuozhong.workbook;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@code list-summary.xlsx} shows for one list version (target-list.md, "Outputs").
 * No identity numbers or names: counts only.
 *
 * @param asOf                the version's as-of date
 * @param previousAsOf        the as-of date of the version the changes are counted against; {@code null} for the first
 * @param policyEffectiveFrom effective_from of the policy set used
 * @param maxSnapshotAgeDays  max_snapshot_age_days of that policy: older snapshots are marked
 * @param townships           one row per township that has evaluated households, any order (townships missing
 *                            here are shown with zeros)
 * @param primaryReasonCounts primary reason code → excluded households, <b>in rule order</b>; give every rule code,
 *                            zero counts included, so that every reason gets its column
 * @param changes             changes per township against the previous version
 * @param snapshots           the snapshot of each source used
 * @param policyParameters    parameter name → value as shown, in the order to show them
 * @param warnings            warnings of the build, shown on the first sheet
 * @param reasonTexts         reason code → its Chinese text with the policy's values filled in; a code missing here
 *                            shows the spec's text
 */
public record ListSummaryData(
        LocalDate asOf,
        LocalDate previousAsOf,
        LocalDate policyEffectiveFrom,
        int maxSnapshotAgeDays,
        List<TownshipRow> townships,
        Map<String, Integer> primaryReasonCounts,
        List<ChangeCountRow> changes,
        List<SnapshotRow> snapshots,
        Map<String, String> policyParameters,
        List<String> warnings,
        Map<String, String> reasonTexts) {

    /** With the spec's Chinese texts of the reasons (default policy values). */
    public ListSummaryData(LocalDate asOf, LocalDate previousAsOf, LocalDate policyEffectiveFrom, int maxSnapshotAgeDays,
            List<TownshipRow> townships, Map<String, Integer> primaryReasonCounts, List<ChangeCountRow> changes,
            List<SnapshotRow> snapshots, Map<String, String> policyParameters, List<String> warnings) {
        this(asOf, previousAsOf, policyEffectiveFrom, maxSnapshotAgeDays, townships, primaryReasonCounts, changes,
                snapshots, policyParameters, warnings, Map.of());
    }

    /** The Chinese text of a reason code for the policy used. */
    public String reasonText(String code) {
        String t = reasonTexts.get(code);
        return t != null ? t : kuozhong.common.ReasonText.of(code);
    }

    public ListSummaryData {
        Objects.requireNonNull(asOf, "asOf");
        townships = copy(townships);
        primaryReasonCounts = ordered(primaryReasonCounts);
        changes = copy(changes);
        snapshots = copy(snapshots);
        policyParameters = ordered(policyParameters);
        warnings = copy(warnings);
        reasonTexts = Map.copyOf(reasonTexts);
    }

    /**
     * Households of one township.
     *
     * @param primaryReasons primary reason code → excluded households (codes missing count 0)
     */
    public record TownshipRow(
            String townshipCode,
            int evaluated,
            int included,
            int excluded,
            int membersIncluded,
            Map<String, Integer> primaryReasons) {
        public TownshipRow {
            Objects.requireNonNull(townshipCode, "townshipCode");
            primaryReasons = ordered(primaryReasons);
            if (included + excluded != evaluated) {
                throw new IllegalArgumentException("township " + townshipCode + ": included " + included
                        + " + excluded " + excluded + " != evaluated " + evaluated);
            }
            int byReason = primaryReasons.values().stream().mapToInt(Integer::intValue).sum();
            if (byReason != excluded) {
                throw new IllegalArgumentException("township " + townshipCode + ": primary reasons add up to "
                        + byReason + ", excluded is " + excluded);
            }
        }
    }

    /** Changes of one township: ADDED, REMOVED, HOUSEHOLD_GONE. */
    public record ChangeCountRow(String townshipCode, int added, int removed, int householdGone) {
        public ChangeCountRow {
            Objects.requireNonNull(townshipCode, "townshipCode");
        }
    }

    /** The snapshot of one source used by the build. */
    public record SnapshotRow(String source, String delivery, String sha256, LocalDate snapshotDate) {
        public SnapshotRow {
            Objects.requireNonNull(source, "source");
        }
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** An unmodifiable copy that keeps the given order. */
    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
