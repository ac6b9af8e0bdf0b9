package kuozhong.workbook;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese name and unit of each policy parameter (jobs/policy.yml; target-list.md and settlement.md,
 * "Policy parameters"), shown beside its key in the 参数 sheets. A key not known here is shown with empty
 * label and unit rather than guessed.
 */
final class ParameterLabels {

    /** A parameter's Chinese name and its unit (empty when it has none). */
    record Label(String name, String unit) {
    }

    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry("effective_from", new Label("参数生效日期", "日期")),
            Map.entry("household_income_ceiling", new Label("家庭年可支配收入上限", "元/年")),
            Map.entry("dibao_monthly_standard", new Label("最低生活保障标准", "元/人·月")),
            Map.entry("dibian_multiplier", new Label("低边标准倍数（低边线 = 低保标准 × 倍数）", "倍")),
            Map.entry("working_age_min", new Label("劳动年龄下限（含）", "周岁")),
            Map.entry("working_age_max", new Label("劳动年龄上限（含）", "周岁")),
            Map.entry("imputed_monthly_income", new Label("无收入记录月份的推定月收入", "元/月")),
            Map.entry("personal_contribution_rate", new Label("个人缴费比例（养老 8% + 医疗 2% + 失业 0.5%）", "比例")),
            Map.entry("max_residential_units", new Label("家庭可持有住宅套数上限", "套")),
            Map.entry("commercial_area_limit_m2", new Label("家庭可持有商业/办公/工业用房面积上限（按份额）", "平方米")),
            Map.entry("vehicle_price_limit", new Label("非营运小汽车购置价上限", "元")),
            Map.entry("max_snapshot_age_days", new Label("数据快照最长天数（超过仅提示）", "天")),
            Map.entry("household_rate_cap", new Label("家庭承担利率上限", "%/年")),
            Map.entry("fiscal_subsidy_cap", new Label("财政贴息上限", "百分点")),
            Map.entry("fiscal_share_of_excess", new Label("超出部分由财政承担的比例（封顶前）", "比例")),
            Map.entry("province_share", new Label("财政贴息中省级承担比例（其余县级承担）", "比例")),
            Map.entry("day_count_basis", new Label("年计息天数（日利率 = 年利率 ÷ 天数）", "天")),
            Map.entry("program_start", new Label("项目起始日（此日及以后签订的贷款为新增贷款）", "日期")),
            Map.entry("结算年度", new Label("结算年度", "年")),
            Map.entry("台账交付批次", new Label("银行台账交付批次", "")),
            Map.entry("运行时间", new Label("结算运行时间", "")));

    private static final Pattern TARGET = Pattern.compile("targets\\.(\\d{4})\\.(new_loan_balance|cumulative_interest_reduction)");

    private ParameterLabels() {
    }

    static Label of(String key) {
        Label l = LABELS.get(key);
        if (l != null) {
            return l;
        }
        Matcher m = TARGET.matcher(key);
        if (m.matches()) {
            return new Label(m.group(1) + (m.group(2).equals("new_loan_balance") ? "年末新增贷款余额目标"
                    : "年末累计减少家庭利息支出目标"), "元");
        }
        return new Label("", "");
    }
}
