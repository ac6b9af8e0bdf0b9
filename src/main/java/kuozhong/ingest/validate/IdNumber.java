package kuozhong.ingest.validate;

import java.time.DateTimeException;
import java.time.LocalDate;

/** GB 11643-1999 citizen identity numbers. */
public final class IdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumber() {
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * Why {@code id} is not a valid identity number, or {@code null} when it is. The value is expected
     * upper-cased already; the reason never repeats the number itself.
     */
    public static String problem(String id) {
        if (id.length() != 18) {
            return "must have 18 characters, has " + id.length();
        }
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return "character " + (i + 1) + " is not a digit";
            }
        }
        char last = id.charAt(17);
        if ((last < '0' || last > '9') && last != 'X') {
            return "the check character must be a digit or X";
        }
        if (birthDay(id) == NO_DATE) {
            return "digits 7-14 are not a calendar date";
        }
        if (checkCharacter(id) != last) {
            return "the check character does not match (GB 11643)";
        }
        return null;
    }

    /** The birth date in digits 7-14, or null when they are not a real date. */
    public static LocalDate birthDate(String id) {
        try {
            int y = Integer.parseInt(id, 6, 10, 10);
            int m = Integer.parseInt(id, 10, 12, 10);
            int d = Integer.parseInt(id, 12, 14, 10);
            return LocalDate.of(y, m, d);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** {@link #birthDay}'s answer when digits 7-14 are not a real date. */
    public static final long NO_DATE = Long.MIN_VALUE;

    /**
     * The birth date in digits 7-14 as {@link LocalDate#toEpochDay()} ({@code birthDate(id).toEpochDay()}), or
     * {@link #NO_DATE} when they are not a real date (or not digits): the same answer without a LocalDate
     * or an exception, for the checks that run on every record.
     */
    public static long birthDay(String id) {
        int y = digits(id, 6, 10);
        int m = digits(id, 10, 12);
        int d = digits(id, 12, 14);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) {
            return NO_DATE;
        }
        return epochDay(y, m, d);
    }

    /** The number in chars [from, to) of {@code s}, or -1 when one is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int monthLength(int y, int m) {
        return switch (m) {
            case 2 -> y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days from 1970-01-01 of a real date of a year 0-9999, as {@link LocalDate#toEpochDay()} counts them. */
    private static long epochDay(int y, int m, int d) {
        long total = 365L * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367 * m - 362) / 12;
        total += d - 1;
        if (m > 2) {
            total--;
            if (monthLength(y, 2) == 28) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
    }

    private static final long DAYS_0000_TO_1970 = (146097 * 5L) - (30L * 365L + 7L);

    /** 1 for male (odd 17th digit), 2 for female. */
    public static int gender(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? 1 : 2;
    }
}
