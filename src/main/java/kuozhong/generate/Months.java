package kuozhong.generate;

import java.time.LocalDate;

/** Months as a single index (year × 12 + month − 1), with cached {@code yyyyMM} texts. */
final class Months {
    private static final int FIRST = 2000 * 12;
    private static final String[] TEXT = new String[40 * 12];

    static {
        for (int i = 0; i < TEXT.length; i++) {
            int m = FIRST + i;
            TEXT[i] = String.format("%04d%02d", m / 12, m % 12 + 1);
        }
    }

    private Months() {
    }

    static int of(LocalDate d) {
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }

    static int of(int year, int month) {
        return year * 12 + month - 1;
    }

    static String text(int month) {
        return TEXT[month - FIRST];
    }

    static LocalDate first(int month) {
        return LocalDate.of(month / 12, month % 12 + 1, 1);
    }
}
