package kuozhong.common;

/** Masking of personal data for everything finance staff see (target-list.md, "list-summary.xlsx"). */
public final class Mask {
    private Mask() {
    }

    /** First 6 characters, {@code ********}, last 4: {@code 331126********1234}. */
    public static String idNo(String idNo) {
        if (idNo == null || idNo.isEmpty()) {
            return "";
        }
        if (idNo.length() < 10) {
            return "*".repeat(idNo.length());
        }
        return idNo.substring(0, 6) + "********" + idNo.substring(idNo.length() - 4);
    }

    /** The first character followed by one {@code *} for each further character: 张三丰 → 张**. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int first = name.offsetByCodePoints(0, 1);
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(rest);
    }
}
