package kuozhong.workbook;

import java.time.LocalDate;
import java.util.Objects;

/** Households included in one stored list version: a point of the line in list-summary.xlsx. */
public record IncludedByVersion(LocalDate asOf, int householdsIncluded) {
    public IncludedByVersion {
        Objects.requireNonNull(asOf, "asOf");
    }
}
