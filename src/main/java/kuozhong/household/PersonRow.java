package kuozhong.household;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One record of the person snapshot (extracts.md, person.csv), as ingest accepted it.
 *
 * @param relation two-digit GB/T 4761 code; {@code 02} is the head
 * @param village  may be null
 * @param status   {@code NORMAL}, {@code DECEASED}, {@code MOVED_OUT} or {@code CANCELLED}
 */
public record PersonRow(String idNo, String name, String gender, LocalDate birthDate, String householdNo,
        String relation, String townshipCode, String village, String status) {

    public static final String HEAD = "02";
    public static final String NORMAL = "NORMAL";

    public PersonRow {
        Objects.requireNonNull(idNo, "idNo");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(householdNo, "householdNo");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(townshipCode, "townshipCode");
        Objects.requireNonNull(status, "status");
    }

    public boolean isNormal() {
        return NORMAL.equals(status);
    }

    public boolean isHead() {
        return HEAD.equals(relation);
    }
}
