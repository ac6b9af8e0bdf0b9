package kuozhong.household.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import kuozhong.household.visit.VisitRow;
import kuozhong.household.visit.VisitStatus;

/**
 * What profile.md adds to a household's decision: the data decision kept beside the final one, the latest
 * visit and what it did, and the profile (empty for an excluded household).
 *
 * @param dataIncluded the decision of the rules of target-list.md alone
 * @param dataReasons  their reasons
 * @param visitStatus  the visit_status column
 * @param visit        the latest visit considered (in force or expired), or null
 * @param notApplied   for INCLUDE_NOT_APPLIED: the ASSISTANCE_* reasons that blocked the override
 * @param profile      categories, labels, products and the outcomes behind them
 */
public record ProfileDecision(boolean dataIncluded, List<String> dataReasons, VisitStatus visitStatus,
        VisitRow visit, List<String> notApplied, HouseholdProfile profile) {

    public ProfileDecision {
        dataReasons = List.copyOf(dataReasons);
        Objects.requireNonNull(visitStatus, "visitStatus");
        notApplied = List.copyOf(notApplied);
        Objects.requireNonNull(profile, "profile");
    }

    /** Whether the visit is in force (CONFIRM, EXCLUDE, INCLUDE or INCLUDE_NOT_APPLIED). */
    public boolean visitInForce() {
        return visit != null && visitStatus != VisitStatus.EXPIRED && visitStatus != VisitStatus.NOT_VISITED;
    }

    public LocalDate visitDate() {
        return visit == null ? null : visit.visitDate();
    }

    /** industry: only from a visit in force. */
    public String industry() {
        return visitInForce() ? visit.industry() : null;
    }

    /** financing_need: only from a visit in force. */
    public String financingNeed() {
        return visitInForce() ? visit.financingNeed() : null;
    }
}
