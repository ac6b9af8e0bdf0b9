package kuozhong.household.visit;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A household's latest visit for a build as of D and whether it is in force (profile.md, "The visit in
 * force"): of the visits of deliveries dated on or before D with visit_date ≤ D, the latest by
 * {@link VisitRow#ORDER}; in force when its last day in force is on or after D, otherwise expired and no
 * visit is in force.
 *
 * @param latest the latest visit considered, or null when none
 */
public record VisitInForce(VisitRow latest, boolean inForce) {

    public static final VisitInForce NONE = new VisitInForce(null, false);

    /** Picks the latest visit among a household's visits (any may lie after D: they are not considered). */
    public static VisitInForce of(Collection<VisitRow> visits, LocalDate asOf) {
        VisitRow latest = null;
        for (VisitRow v : visits) {
            if (v.consideredOn(asOf) && (latest == null || VisitRow.ORDER.compare(v, latest) > 0)) {
                latest = v;
            }
        }
        if (latest == null) {
            return NONE;
        }
        return new VisitInForce(latest, !latest.lastDayInForce().isBefore(asOf));
    }

    public boolean visited() {
        return latest != null;
    }

    /** The visit in force, or null (none, or the latest expired). */
    public VisitRow visit() {
        return inForce ? latest : null;
    }
}
