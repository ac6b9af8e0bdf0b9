package kuozhong.household;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One record of the assistance snapshot (extracts.md, assistance.csv).
 *
 * @param type    {@code DIBAO}, {@code DIBIAN} or {@code TEKUN}
 * @param endDate null while still in force
 */
public record AssistanceRow(String idNo, String type, LocalDate startDate, LocalDate endDate) {
    public AssistanceRow {
        Objects.requireNonNull(idNo, "idNo");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startDate, "startDate");
    }

    /** In force on {@code d}: start_date ≤ d and end_date empty or ≥ d (target-list.md, rules). */
    public boolean inForceOn(LocalDate d) {
        return !startDate.isAfter(d) && (endDate == null || !endDate.isBefore(d));
    }
}
