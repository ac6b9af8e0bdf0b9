package kuozhong.common;

import java.util.Map;

/** Chinese text of every reason code (settlement.md, last paragraph), for workbooks and explanations. */
public final class ReasonText {
    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("NOT_SERIES_PRODUCT", "非共富系列产品"),
            Map.entry("BEFORE_PROGRAM_START", "项目实施前发放"),
            Map.entry("RATE_ABOVE_CAP", "执行利率高于3.5%"),
            Map.entry("GUARANTEE_SUBSIDIZED", "已享受政府性融资担保补助"),
            Map.entry("NO_LIST_VERSION", "合同签订时无名单"),
            Map.entry("NOT_ON_LIST", "合同签订时未纳入名单"),
            Map.entry("LEDGER_INCONSISTENT", "贷款流水不一致"),
            Map.entry("ASSISTANCE_DIBAO", "低保家庭"),
            Map.entry("ASSISTANCE_DIBIAN", "低边家庭"),
            Map.entry("ASSISTANCE_TEKUN", "特困家庭"),
            Map.entry("INCOME_ABOVE_CEILING", "家庭年可支配收入超过10万元"),
            Map.entry("PROPERTY_RESIDENTIAL", "住房超过规定套数"),
            Map.entry("PROPERTY_COMMERCIAL", "非住宅房产面积超标"),
            Map.entry("VEHICLE", "拥有高价值非营运小汽车"),
            Map.entry("INCOME_BELOW_FLOOR", "人均收入低于低保边缘标准"),
            Map.entry("HOUSEHOLD_GONE", "户内无正常户籍人员"),
            // profile.md
            Map.entry("FIELD_VISIT_EXCLUDED", "走访核实不予纳入"),
            Map.entry("ADDED_BY_VISIT", "走访核实纳入"),
            Map.entry("REMOVED_BY_VISIT", "走访核实移出"),
            Map.entry("BUSINESS", "经营类"),
            Map.entry("EMPLOYMENT", "就业类"),
            Map.entry("FARMER", "农户类"),
            Map.entry("SAFETY_NET", "托底类"),
            Map.entry("UNKNOWN", "未知（缺少数据源）"),
            Map.entry("UNCLASSIFIED", "未分类"),
            Map.entry("BUSINESS_OPERATOR", "经营主体"),
            Map.entry("SCHOOL_AGE_MEMBER", "有学龄成员"),
            Map.entry("HIGH_MEDICAL_SELF_PAY", "大额医疗自费"),
            Map.entry("NO_OWN_HOME", "无自有住房"),
            Map.entry("EMPLOYEE", "稳定就业"),
            Map.entry("JINGYING", "共富经营贷"),
            Map.entry("ZHUXUE", "共富助学贷"),
            Map.entry("ZHUYI", "共富助医贷"),
            Map.entry("ANJU", "共富安居贷"),
            Map.entry("WENYE", "共富稳业贷"),
            Map.entry("NOT_VISITED", "未走访"),
            Map.entry("EXPIRED", "走访已过期"),
            Map.entry("CONFIRM", "核实无误"),
            Map.entry("EXCLUDE", "核实不予纳入"),
            Map.entry("INCLUDE", "核实应纳入"),
            Map.entry("INCLUDE_NOT_APPLIED", "核实应纳入（享受救助，不予采纳）"),
            Map.entry("NOT_APPLIED", "纳入意见未采纳"),
            Map.entry("UNKNOWN_HOUSEHOLD", "户号无正常户籍人员"),
            Map.entry("INCOME_HIGHER", "实际收入高于标准"),
            Map.entry("HIDDEN_ASSETS", "有未登记资产"),
            Map.entry("NOT_LIVING_HERE", "长期不在本地"),
            Map.entry("FAMILY_DIFFERS", "实际家庭与户籍不符"),
            Map.entry("DECLINED", "本户拒绝"),
            Map.entry("OTHER", "其他"),
            Map.entry("INCOME_LOWER", "实际收入不高于标准"),
            Map.entry("INCOME_NOT_BELOW_FLOOR", "实际收入不低于低边标准"),
            Map.entry("ASSET_DATA_WRONG", "资产数据有误或已处置"));

    private ReasonText() {
    }

    /** The Chinese text of a code, or the code itself when it has none. */
    public static String of(String code) {
        return TEXT.getOrDefault(code, code);
    }
}
