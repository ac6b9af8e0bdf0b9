package kuozhong.common;

/**
 * Padding text for a console column by display width: a CJK or full-width character takes two columns of a
 * terminal, so {@code %-9s} would push the next column of a Chinese header out of line.
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    /** Display width in terminal columns: CJK and full-width characters (from U+2E80) count twice. */
    public static int of(String s) {
        if (s == null) {
            return 0;
        }
        return s.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }

    /** The text followed by spaces up to {@code width} columns (as {@code %-ns}); never cut. */
    public static String left(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }

    /** The text preceded by spaces up to {@code width} columns (as {@code %ns}); never cut. */
    public static String right(String s, int width) {
        return " ".repeat(Math.max(0, width - of(s))) + s;
    }
}
