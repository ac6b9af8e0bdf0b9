package kuozhong.generate;

import java.time.LocalDate;

import kuozhong.ingest.validate.IdNumber;

/** GB 11643-1999 identity numbers for generated persons (the check character from {@link IdNumber}). */
public final class IdNumbers {
    private IdNumbers() {
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
        sb.append(IdNumber.checkCharacter(sb));
        return sb.toString();
    }
}
