package kuozhong.household.visit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

import kuozhong.ingest.VisitFiles;
import kuozhong.ingest.VisitReasons;

/**
 * One loaded field visit (profile.md, visits.csv) with where it came from.
 *
 * @param validUntil   as delivered; null when empty (see {@link #lastDayInForce()})
 * @param deliveryDate the date of its delivery folder under inbox/visits/
 * @param fileName     visits.csv or visits-&lt;x&gt;.csv
 * @param recordNo     its record number in that file
 */
public record VisitRow(String householdNo, LocalDate visitDate, String unit, String visitorCode, String verdict,
        String reasonCode, String industry, String financingNeed, String note, LocalDate validUntil,
        LocalDate deliveryDate, String fileName, long recordNo) {

    /**
     * The tie order of profile.md: greatest visit_date, then the later delivery, then the later file
     * (visits.csv first, then visits-&lt;x&gt;.csv by x in code-point order), then the later record.
     */
    public static final Comparator<VisitRow> ORDER = Comparator.comparing(VisitRow::visitDate)
            .thenComparing(VisitRow::deliveryDate)
            .thenComparing(v -> VisitFiles.order(v.fileName()))
            .thenComparingLong(VisitRow::recordNo);

    public VisitRow {
        Objects.requireNonNull(householdNo, "householdNo");
        Objects.requireNonNull(visitDate, "visitDate");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(deliveryDate, "deliveryDate");
        Objects.requireNonNull(fileName, "fileName");
    }

    /** The last day in force: valid_until, or A(visit_date, 12) − 1 day when delivered empty. */
    public LocalDate lastDayInForce() {
        return validUntil != null ? validUntil : VisitReasons.defaultValidUntil(visitDate);
    }

    /** Considered for a build as of D: delivered on or before D and visited on or before D. */
    public boolean consideredOn(LocalDate d) {
        return !deliveryDate.isAfter(d) && !visitDate.isAfter(d);
    }
}
