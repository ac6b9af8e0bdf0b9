package kuozhong.household.profile;

import kuozhong.common.Code;

/**
 * The categories of profile.md in precedence order (经营类、就业类、农户类、托底类), then the two values that only
 * primary_category takes: UNCLASSIFIED (no category holds, none unknown) and UNKNOWN (a category before the
 * first that holds, or every one that does not hold, is unknown).
 */
public enum Category implements Code {
    BUSINESS("经营类"),
    EMPLOYMENT("就业类"),
    FARMER("农户类"),
    SAFETY_NET("托底类"),
    UNCLASSIFIED("未分类"),
    UNKNOWN("未知（缺少数据源）");

    private final String chinese;

    Category(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
