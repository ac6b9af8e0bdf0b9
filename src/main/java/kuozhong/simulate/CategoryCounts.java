package kuozhong.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kuozhong.household.HouseholdDecision;

/**
 * 家庭分类 of simulation.xlsx (simulate.md): included households by primary_category, holding each category
 * and holding each label (profile.md's codes and order), current and draft, per township (code order; a
 * household counts under its own side's township). Pure: two lists of decisions in, counts out. An included
 * household without a stored profile counts nowhere (the compared version stored none: the sheet leaves its
 * current columns empty).
 */
public record CategoryCounts(List<String> columns, Map<String, int[]> currentByTownship,
        Map<String, int[]> draftByTownship) {

    /** primary_category in the order of profile.md. */
    public static final List<String> PRIMARY = List.of("BUSINESS", "EMPLOYMENT", "FARMER", "SAFETY_NET",
            "UNCLASSIFIED", "UNKNOWN");
    /** The categories a household may hold (profile.md, precedence order). */
    public static final List<String> CATEGORIES = List.of("BUSINESS", "EMPLOYMENT", "FARMER", "SAFETY_NET");
    /** The labels of profile.md, in their order. */
    public static final List<String> LABELS = List.of("BUSINESS_OPERATOR", "SCHOOL_AGE_MEMBER",
            "HIGH_MEDICAL_SELF_PAY", "NO_OWN_HOME", "EMPLOYEE");

    /** The column keys: {@code primary:X}, then {@code category:X}, then {@code label:X}. */
    public static List<String> columnKeys() {
        List<String> keys = new ArrayList<>();
        PRIMARY.forEach(c -> keys.add("primary:" + c));
        CATEGORIES.forEach(c -> keys.add("category:" + c));
        LABELS.forEach(c -> keys.add("label:" + c));
        return keys;
    }

    public static CategoryCounts of(List<HouseholdDecision> current, List<HouseholdDecision> draft) {
        List<String> keys = columnKeys();
        return new CategoryCounts(keys, count(current, keys), count(draft, keys));
    }

    private static Map<String, int[]> count(List<HouseholdDecision> side, List<String> keys) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
        Map<String, int[]> out = new TreeMap<>();
        for (HouseholdDecision d : side) {
            if (!d.included() || d.profile() == null) {
                continue;
            }
            int[] t = out.computeIfAbsent(d.townshipCode(), k -> new int[keys.size()]);
            var p = d.profile().profile();
            inc(t, index.get("primary:" + p.primaryCategory()));
            p.categories().forEach(c -> inc(t, index.get("category:" + c)));
            p.labels().forEach(l -> inc(t, index.get("label:" + l)));
        }
        return out;
    }

    private static void inc(int[] t, Integer i) {
        if (i != null) {
            t[i]++;
        }
    }

    /** Every township with an included household on either side, in code order. */
    public List<String> townships() {
        TreeMap<String, Boolean> all = new TreeMap<>();
        currentByTownship.keySet().forEach(k -> all.put(k, true));
        draftByTownship.keySet().forEach(k -> all.put(k, true));
        return new ArrayList<>(all.keySet());
    }

    /** The count of column {@code i} in a township on one side (0 when none). */
    public int of(boolean currentSide, String township, int i) {
        int[] t = (currentSide ? currentByTownship : draftByTownship).get(township);
        return t == null ? 0 : t[i];
    }

    /** The county total of column {@code i} on one side. */
    public int total(boolean currentSide, int i) {
        return (currentSide ? currentByTownship : draftByTownship).values().stream().mapToInt(t -> t[i]).sum();
    }
}
