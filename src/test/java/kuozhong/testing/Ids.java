package kuozhong.testing;

import java.time.LocalDate;

import kuozhong.ingest.validate.IdNumber;

/** Valid identity numbers for tests. */
public final class Ids {
    private Ids() {
    }

    /** A valid number for a person born on {@code birth}, with sequence {@code seq} (0-99) and gender. */
    public static String of(LocalDate birth, int seq, boolean male) {
        String first17 = String.format("331126%04d%02d%02d%02d%d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), seq % 100, male ? 1 : 2);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static String of(String birth, int seq, boolean male) {
        return of(LocalDate.parse(birth), seq, male);
    }
}
