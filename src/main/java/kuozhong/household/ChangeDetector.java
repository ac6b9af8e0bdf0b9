package kuozhong.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kuozhong.household.visit.VisitEffect;

/**
 * The changes of a list version against the previous one (target-list.md, "Versions and changes"):
 * households newly included are ADDED; households included before and not now are REMOVED with
 * their new reasons, or HOUSEHOLD_GONE (keeping their previous township) when they no longer have a
 * NORMAL member. The first version has no previous one: every included household is ADDED.
 */
public final class ChangeDetector {
    private ChangeDetector() {
    }

    /**
     * @param previous     household_no → entry of the previous version; empty for the first version
     * @param previousAsOf as-of date of the previous version, null for the first version
     * @return the changes sorted by household_no
     */
    public static List<Change> compare(Map<String, PreviousEntry> previous, LocalDate previousAsOf, ListResult current) {
        List<Change> changes = new ArrayList<>();
        Map<String, HouseholdDecision> now = new HashMap<>(current.households().size() * 2);
        for (HouseholdDecision d : current.households()) {
            now.put(d.householdNo(), d);
            PreviousEntry before = previous.get(d.householdNo());
            boolean wasIncluded = before != null && before.included();
            if (d.included() && !wasIncluded) {
                changes.add(new Change(d.householdNo(), d.townshipCode(),
                        d.dataIncluded() ? Change.Type.ADDED : Change.Type.ADDED_BY_VISIT, List.of(), previousAsOf));
            } else if (!d.included() && wasIncluded) {
                boolean byVisit = d.reasons().equals(List.of(VisitEffect.FIELD_VISIT_EXCLUDED));
                changes.add(new Change(d.householdNo(), d.townshipCode(),
                        byVisit ? Change.Type.REMOVED_BY_VISIT : Change.Type.REMOVED, d.reasons(), previousAsOf));
            }
        }
        previous.forEach((householdNo, before) -> {
            if (before.included() && !now.containsKey(householdNo)) {
                changes.add(new Change(householdNo, before.townshipCode(), Change.Type.HOUSEHOLD_GONE, List.of(), previousAsOf));
            }
        });
        changes.sort(Comparator.comparing(Change::householdNo));
        return changes;
    }

    /** The entries of a built list, as the next version's {@code previous}. */
    public static Map<String, PreviousEntry> entriesOf(ListResult result) {
        Map<String, PreviousEntry> entries = new LinkedHashMap<>();
        for (HouseholdDecision d : result.households()) {
            entries.put(d.householdNo(), new PreviousEntry(d.included(), d.townshipCode()));
        }
        return entries;
    }
}
