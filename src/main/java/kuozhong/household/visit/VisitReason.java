package kuozhong.household.visit;

import kuozhong.common.Code;

/** The reason codes of a field visit (profile.md, "visits.csv"), EXCLUDE's then INCLUDE's, with their Chinese text. */
public enum VisitReason implements Code {
    INCOME_HIGHER("实际收入高于标准"),
    HIDDEN_ASSETS("有未登记资产"),
    NOT_LIVING_HERE("长期不在本地"),
    FAMILY_DIFFERS("实际家庭与户籍不符"),
    DECLINED("本户拒绝"),
    OTHER("其他"),
    INCOME_LOWER("实际收入不高于标准"),
    INCOME_NOT_BELOW_FLOOR("实际收入不低于低边标准"),
    ASSET_DATA_WRONG("资产数据有误或已处置");

    private final String chinese;

    VisitReason(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
