package kuozhong.household.visit;

import kuozhong.common.Code;

/** The verdict column of visits.csv (profile.md), with its Chinese text (the visit_status of a visit in force). */
public enum Verdict implements Code {
    CONFIRM(VisitStatus.CONFIRM),
    EXCLUDE(VisitStatus.EXCLUDE),
    INCLUDE(VisitStatus.INCLUDE);

    private final VisitStatus status;

    Verdict(VisitStatus status) {
        this.status = status;
    }

    @Override
    public String chinese() {
        return status.chinese();
    }
}
