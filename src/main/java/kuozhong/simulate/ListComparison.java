package kuozhong.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import kuozhong.household.ExclusionReason;
import kuozhong.household.HouseholdDecision;
import kuozhong.household.HouseholdRule;
import kuozhong.household.rule.HouseholdRules;

/**
 * The comparison of two lists of one county (simulate.md): the moves, and the counts by township and by
 * reason. Pure: two lists of decisions in, figures out. Households are matched by household_no; one
 * evaluated on one side only counts, on the other, as not evaluated.
 */
public record ListComparison(List<Move> moves, List<TownshipRow> townships, List<ReasonRow> reasons,
        int evaluatedCurrent, int evaluatedDraft) {

    /** The reason code a field visit adds last (profile.md); counted after the rule codes. */
    public static final String FIELD_VISIT_EXCLUDED = ExclusionReason.FIELD_VISIT_EXCLUDED.name();

    /** 乡镇: per township, households evaluated (draft side), included current and draft, ENTER and LEAVE. */
    public record TownshipRow(String townshipCode, int evaluated, int includedCurrent, int includedDraft, int enter,
            int leave) {
        public int difference() {
            return includedDraft - includedCurrent;
        }
    }

    /** 排除原因: households where the code fired, and where it is the primary reason, on each side. */
    public record ReasonRow(String code, int firedCurrent, int firedDraft, int primaryCurrent, int primaryDraft) {
    }

    /** The reason codes in rule order, then FIELD_VISIT_EXCLUDED. */
    public static List<String> reasonCodes() {
        List<String> codes = new ArrayList<>(HouseholdRules.exclusions().stream().map(r -> r.code().name()).toList());
        codes.add(FIELD_VISIT_EXCLUDED);
        return codes;
    }

    /** Compares the current list with the draft's; both sorted or not, any order. */
    public static ListComparison of(List<HouseholdDecision> current, List<HouseholdDecision> draft) {
        Map<String, HouseholdDecision> cur = new HashMap<>(current.size() * 2);
        current.forEach(d -> cur.put(d.householdNo(), d));
        Map<String, HouseholdDecision> dr = new HashMap<>(draft.size() * 2);
        draft.forEach(d -> dr.put(d.householdNo(), d));
        TreeMap<String, Boolean> all = new TreeMap<>();
        cur.keySet().forEach(k -> all.put(k, true));
        dr.keySet().forEach(k -> all.put(k, true));

        List<Move> moves = new ArrayList<>();
        Map<String, int[]> byTownship = new TreeMap<>(); // evaluated draft, included current, draft, enter, leave
        for (String hno : all.keySet()) {
            HouseholdDecision c = cur.get(hno);
            HouseholdDecision d = dr.get(hno);
            String township = d != null ? d.townshipCode() : c.townshipCode();
            int[] t = byTownship.computeIfAbsent(township, k -> new int[5]);
            if (d != null) {
                t[0]++;
                if (d.included()) {
                    t[2]++;
                }
            }
            if (c != null && c.included()) {
                byTownship.computeIfAbsent(c.townshipCode(), k -> new int[5])[1]++;
            }
            Move.Kind kind = kind(c, d);
            if (kind != null) {
                moves.add(new Move(hno, township, kind, c, d));
                if (kind == Move.Kind.ENTER) {
                    t[3]++;
                } else if (kind == Move.Kind.LEAVE) {
                    t[4]++;
                }
            }
        }
        // included currently: counted under the current side's township; everything else under the draft's
        List<TownshipRow> townships = new ArrayList<>();
        byTownship.forEach((code, t) -> townships.add(new TownshipRow(code, t[0], t[1], t[2], t[3], t[4])));

        Map<String, int[]> reasons = new LinkedHashMap<>();
        reasonCodes().forEach(code -> reasons.put(code, new int[4]));
        count(current, reasons, 0);
        count(draft, reasons, 1);
        List<ReasonRow> reasonRows = new ArrayList<>();
        reasons.forEach((code, r) -> reasonRows.add(new ReasonRow(code, r[0], r[1], r[2], r[3])));
        return new ListComparison(moves, townships, reasonRows, current.size(), draft.size());
    }

    private static void count(List<HouseholdDecision> side, Map<String, int[]> reasons, int offset) {
        for (HouseholdDecision d : side) {
            for (String code : d.reasons()) {
                int[] r = reasons.computeIfAbsent(code, k -> new int[4]);
                r[offset]++;
            }
            if (!d.reasons().isEmpty()) {
                reasons.computeIfAbsent(d.primaryReason(), k -> new int[4])[2 + offset]++;
            }
        }
    }

    /** The move of one household, or null when its decision, reasons and data decision are equal. */
    static Move.Kind kind(HouseholdDecision c, HouseholdDecision d) {
        boolean curIn = c != null && c.included();
        boolean draftIn = d != null && d.included();
        if (draftIn && !curIn) {
            return Move.Kind.ENTER;
        }
        if (curIn && !draftIn) {
            return Move.Kind.LEAVE;
        }
        if (c == null && d != null) {
            return Move.Kind.NEW;           // excluded in the draft (included ones are ENTER)
        }
        if (d == null && c != null) {
            return Move.Kind.GONE;          // excluded currently (included ones are LEAVE)
        }
        if (!Objects.equals(Move.reasons(c), Move.reasons(d))) {
            return Move.Kind.REASONS;       // excluded on both sides (included on both has no reasons)
        }
        if (!Objects.equals(Move.dataIncluded(c), Move.dataIncluded(d))) {
            return Move.Kind.DATA_ONLY;
        }
        return null;
    }
}
