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
        if (birthDate(id) == null) {
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

    /** 1 for male (odd 17th digit), 2 for female. */
    public static int gender(String id) {
        return (id.charAt(16) - '0') % 2 == 1 ? 1 : 2;
    }
}
