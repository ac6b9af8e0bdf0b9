package kuozhong.household.visit;

import kuozhong.common.Code;

/** The visit_status column of target-list.csv (profile.md, "Outputs"). */
public enum VisitStatus implements Code {
    /** No visit considered for D. */
    NOT_VISITED("未走访"),
    /** The latest visit has expired: no visit is in force (an earlier one does not revive). */
    EXPIRED("走访已过期"),
    /** In force, CONFIRM: changes nothing; the household is visited. */
    CONFIRM("核实无误"),
    /** In force, EXCLUDE: excluded with FIELD_VISIT_EXCLUDED after every other reason. */
    EXCLUDE("核实不予纳入"),
    /** In force, INCLUDE: applied (or the data included the household already). */
    INCLUDE("核实应纳入"),
    /** In force, INCLUDE on a household with an ASSISTANCE_* reason: not applied, reported. */
    INCLUDE_NOT_APPLIED("核实应纳入（享受救助，不予采纳）");

    private final String chinese;

    VisitStatus(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
