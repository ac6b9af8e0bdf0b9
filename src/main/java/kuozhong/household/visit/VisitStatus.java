package kuozhong.household.visit;

/** The visit_status column of target-list.csv (profile.md, "Outputs"). */
public enum VisitStatus {
    /** No visit considered for D. */
    NOT_VISITED,
    /** The latest visit has expired: no visit is in force (an earlier one does not revive). */
    EXPIRED,
    /** In force, CONFIRM: changes nothing; the household is visited. */
    CONFIRM,
    /** In force, EXCLUDE: excluded with FIELD_VISIT_EXCLUDED after every other reason. */
    EXCLUDE,
    /** In force, INCLUDE: applied (or the data included the household already). */
    INCLUDE,
    /** In force, INCLUDE on a household with an ASSISTANCE_* reason: not applied, reported. */
    INCLUDE_NOT_APPLIED
}
