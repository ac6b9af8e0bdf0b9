package kuozhong.generate;

import java.time.DateTimeException;
import java.time.LocalDate;

/** GB 11643-1999 identity numbers: building them and checking them. */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** The check character of the first 17 digits of {@code body}. */
    public static char checkChar(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The 17-digit body as a number: area (6 digits), birth date (yyyyMMdd), sequence (3 digits). */
    static long body(int area, LocalDate birth, int seq) {
        long date = birth.getYear() * 10000L + birth.getMonthValue() * 100L + birth.getDayOfMonth();
        return (area * 100_000_000L + date) * 1000L + seq;
    }

    /** The full 18-character number of a 17-digit body. */
    static String of(long body) {
        StringBuilder sb = new StringBuilder(18);
        String digits = Long.toString(body);
        for (int i = digits.length(); i < 17; i++) {
            sb.append('0');
        }
        sb.append(digits);
        sb.append(checkChar(sb));
        return sb.toString();
    }

    /** True when {@code id} is a valid GB 11643 number (a lower-case {@code x} is accepted). */
    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        char last = Character.toUpperCase(id.charAt(17));
        if (last != checkChar(id)) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
