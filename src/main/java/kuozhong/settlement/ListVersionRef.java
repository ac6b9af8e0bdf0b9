package kuozhong.settlement;

import java.time.LocalDate;
import java.util.Objects;

/** A stored version of the target list: its id and its as-of date (target-list.md, "Versions and changes"). */
public record ListVersionRef(long versionId, LocalDate asOf) {
    public ListVersionRef {
        Objects.requireNonNull(asOf, "asOf");
    }
}
