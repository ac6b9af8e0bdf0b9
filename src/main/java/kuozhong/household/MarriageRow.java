package kuozhong.household;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One record of the marriage snapshot (extracts.md, marriage.csv). An event may be listed once or
 * once from each side.
 *
 * @param event {@code MARRIAGE} or {@code DIVORCE}
 */
public record MarriageRow(String idNo, String spouseIdNo, String event, LocalDate eventDate) {

    public static final String MARRIAGE = "MARRIAGE";
    public static final String DIVORCE = "DIVORCE";

    public MarriageRow {
        Objects.requireNonNull(idNo, "idNo");
        Objects.requireNonNull(spouseIdNo, "spouseIdNo");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(eventDate, "eventDate");
    }
}
