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
            Map.entry("HOUSEHOLD_GONE", "户内无正常户籍人员"));

    private ReasonText() {
    }

    /** The Chinese text of a code, or the code itself when it has none. */
    public static String of(String code) {
        return TEXT.getOrDefault(code, code);
    }
}
