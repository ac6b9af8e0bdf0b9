package kuozhong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kuozhong.household.Change;
import kuozhong.household.ExclusionReason;
import kuozhong.household.Flag;
import kuozhong.household.VisitsReport;
import kuozhong.household.profile.Category;
import kuozhong.household.profile.HouseholdProfiler;
import kuozhong.household.profile.Label;
import kuozhong.household.profile.Product;
import kuozhong.household.rule.HouseholdRules;
import kuozhong.household.visit.VisitReason;
import kuozhong.household.visit.VisitStatus;
import kuozhong.policy.PolicySet;
import kuozhong.settlement.eligibility.EligibilityChecks;
import kuozhong.settlement.eligibility.LoanRefusal;

/** The typed codes carry the spec's Chinese texts; the texts naming a policy value take the policy's value. */
class CodeTextTest {

    /** A policy with the spec's defaults except the household income ceiling and the rate cap. */
    private static PolicySet policy(String ceiling, String rateCap) {
        return new PolicySet(LocalDate.of(2024, 1, 1), new BigDecimal(ceiling), new BigDecimal("1140.00"),
                new BigDecimal("1.5"), 18, 59, new BigDecimal("2010.00"), new BigDecimal("0.105"), 2,
                new BigDecimal("50.00"), new BigDecimal("200000.00"), 45, new BigDecimal(rateCap),
                new BigDecimal("1.8"), new BigDecimal("1.0"), new BigDecimal("0.80"), 360, LocalDate.of(2024, 10, 1),
                Map.of());
    }

    @Test
    void theSpecsTextsForTheDefaultPolicy() {
        // settlement.md, last paragraph, word for word; the defaults: household_income_ceiling 100000.00, cap 3.5
        PolicySet defaults = policy("100000.00", "3.5");
        assertThat(LoanRefusal.RATE_ABOVE_CAP.chinese(defaults)).isEqualTo("执行利率高于3.5%");
        assertThat(LoanRefusal.RATE_ABOVE_CAP.chinese()).isEqualTo("执行利率高于3.5%");
        assertThat(ExclusionReason.INCOME_ABOVE_CEILING.chinese(defaults)).isEqualTo("家庭年可支配收入超过10万元");
        assertThat(ExclusionReason.INCOME_ABOVE_CEILING.chinese()).isEqualTo("家庭年可支配收入超过10万元");
        // a rate cap written 3.50 is still 3.5%
        assertThat(LoanRefusal.RATE_ABOVE_CAP.chinese(policy("100000.00", "3.50"))).isEqualTo("执行利率高于3.5%");
    }

    @Test
    void textsNamingAPolicyValueTakeThePolicysValue() {
        // 120000 yuan = 12 万元; 105000 yuan = 10.5 万元; cap 3.85 → 3.85%, cap 4 → 4%
        assertThat(ExclusionReason.INCOME_ABOVE_CEILING.chinese(policy("120000.00", "3.5")))
                .isEqualTo("家庭年可支配收入超过12万元");
        assertThat(ExclusionReason.INCOME_ABOVE_CEILING.chinese(policy("105000", "3.5")))
                .isEqualTo("家庭年可支配收入超过10.5万元");
        assertThat(LoanRefusal.RATE_ABOVE_CAP.chinese(policy("100000.00", "3.85"))).isEqualTo("执行利率高于3.85%");
        assertThat(LoanRefusal.RATE_ABOVE_CAP.chinese(policy("100000.00", "4"))).isEqualTo("执行利率高于4%");
        assertThat(ReasonText.of("RATE_ABOVE_CAP", policy("100000.00", "3.85"))).isEqualTo("执行利率高于3.85%");
        // texts without a policy value do not change
        assertThat(ExclusionReason.VEHICLE.chinese(policy("120000.00", "4"))).isEqualTo("拥有高价值非营运小汽车");
    }

    @Test
    void everyCodeTheSpecsListHasItsText() {
        // settlement.md (last paragraph) and profile.md, as ReasonText held them before the codes were typed
        Map<String, String> spec = Map.ofEntries(
                Map.entry("NOT_SERIES_PRODUCT", "非共富系列产品"), Map.entry("BEFORE_PROGRAM_START", "项目实施前发放"),
                Map.entry("RATE_ABOVE_CAP", "执行利率高于3.5%"), Map.entry("GUARANTEE_SUBSIDIZED", "已享受政府性融资担保补助"),
                Map.entry("NO_LIST_VERSION", "合同签订时无名单"), Map.entry("NOT_ON_LIST", "合同签订时未纳入名单"),
                Map.entry("LEDGER_INCONSISTENT", "贷款流水不一致"), Map.entry("ASSISTANCE_DIBAO", "低保家庭"),
                Map.entry("ASSISTANCE_DIBIAN", "低边家庭"), Map.entry("ASSISTANCE_TEKUN", "特困家庭"),
                Map.entry("INCOME_ABOVE_CEILING", "家庭年可支配收入超过10万元"), Map.entry("PROPERTY_RESIDENTIAL", "住房超过规定套数"),
                Map.entry("PROPERTY_COMMERCIAL", "非住宅房产面积超标"), Map.entry("VEHICLE", "拥有高价值非营运小汽车"),
                Map.entry("INCOME_BELOW_FLOOR", "人均收入低于低保边缘标准"), Map.entry("HOUSEHOLD_GONE", "户内无正常户籍人员"),
                Map.entry("FIELD_VISIT_EXCLUDED", "走访核实不予纳入"), Map.entry("ADDED_BY_VISIT", "走访核实纳入"),
                Map.entry("REMOVED_BY_VISIT", "走访核实移出"), Map.entry("BUSINESS", "经营类"), Map.entry("EMPLOYMENT", "就业类"),
                Map.entry("FARMER", "农户类"), Map.entry("SAFETY_NET", "托底类"), Map.entry("UNKNOWN", "未知（缺少数据源）"),
                Map.entry("UNCLASSIFIED", "未分类"), Map.entry("BUSINESS_OPERATOR", "经营主体"),
                Map.entry("SCHOOL_AGE_MEMBER", "有学龄成员"), Map.entry("HIGH_MEDICAL_SELF_PAY", "大额医疗自费"),
                Map.entry("NO_OWN_HOME", "无自有住房"), Map.entry("EMPLOYEE", "稳定就业"), Map.entry("JINGYING", "共富经营贷"),
                Map.entry("ZHUXUE", "共富助学贷"), Map.entry("ZHUYI", "共富助医贷"), Map.entry("ANJU", "共富安居贷"),
                Map.entry("WENYE", "共富稳业贷"), Map.entry("NOT_VISITED", "未走访"), Map.entry("EXPIRED", "走访已过期"),
                Map.entry("CONFIRM", "核实无误"), Map.entry("EXCLUDE", "核实不予纳入"), Map.entry("INCLUDE", "核实应纳入"),
                Map.entry("INCLUDE_NOT_APPLIED", "核实应纳入（享受救助，不予采纳）"), Map.entry("NOT_APPLIED", "纳入意见未采纳"),
                Map.entry("UNKNOWN_HOUSEHOLD", "户号无正常户籍人员"), Map.entry("INCOME_HIGHER", "实际收入高于标准"),
                Map.entry("HIDDEN_ASSETS", "有未登记资产"), Map.entry("NOT_LIVING_HERE", "长期不在本地"),
                Map.entry("FAMILY_DIFFERS", "实际家庭与户籍不符"), Map.entry("DECLINED", "本户拒绝"), Map.entry("OTHER", "其他"),
                Map.entry("INCOME_LOWER", "实际收入不高于标准"), Map.entry("INCOME_NOT_BELOW_FLOOR", "实际收入不低于低边标准"),
                Map.entry("ASSET_DATA_WRONG", "资产数据有误或已处置"));
        spec.forEach((code, text) -> assertThat(ReasonText.of(code)).as(code).isEqualTo(text));
        assertThat(Product.OTHER.chinese()).isEqualTo("非共富系列产品");
        assertThat(ReasonText.of("NO_SUCH_CODE")).isEqualTo("NO_SUCH_CODE");
        // flags have no Chinese text in target-list.md: the code itself
        assertThat(ReasonText.of("NO_HEAD")).isEqualTo("NO_HEAD");
    }

    @Test
    void theRuleObjectsUseTheTypedCodesInTheSpecsOrder() {
        assertThat(HouseholdRules.exclusions()).extracting(r -> r.code()).containsExactly(
                ExclusionReason.ASSISTANCE_DIBAO, ExclusionReason.ASSISTANCE_DIBIAN, ExclusionReason.ASSISTANCE_TEKUN,
                ExclusionReason.INCOME_ABOVE_CEILING, ExclusionReason.PROPERTY_RESIDENTIAL,
                ExclusionReason.PROPERTY_COMMERCIAL, ExclusionReason.VEHICLE, ExclusionReason.INCOME_BELOW_FLOOR);
        assertThat(HouseholdRules.flags()).extracting(r -> r.code()).containsExactly((Code[]) Flag.values());
        assertThat(EligibilityChecks.ALL).extracting(c -> c.code()).containsExactly(LoanRefusal.values());
        assertThat(HouseholdProfiler.CATEGORIES).extracting(r -> r.code()).containsExactly(
                Category.BUSINESS, Category.EMPLOYMENT, Category.FARMER, Category.SAFETY_NET);
        assertThat(HouseholdProfiler.LABELS).extracting(r -> r.code()).containsExactly(Label.values());
        assertThat(HouseholdProfiler.LABELS).extracting(l -> l.product().name())
                .containsExactly("JINGYING", "ZHUXUE", "ZHUYI", "ANJU", "WENYE");
        assertThat(HouseholdProfiler.CATEGORIES).extracting(r -> r.text()).containsExactly("经营类", "就业类", "农户类", "托底类");
    }

    @Test
    void theVisitReasonsAreTheOnesIngestAccepts() {
        assertThat(java.util.Arrays.stream(VisitReason.values()).map(Enum::name).toList())
                .containsExactlyInAnyOrderElementsOf(kuozhong.ingest.VisitReasons.ALL);
    }

    @Test
    void everyCodeNameIsOneCodeOrAKnownShare() {
        // names shared by two kinds: visit status and report kind (same text), visit reason OTHER and product OTHER
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (Code[] kind : List.of(LoanRefusal.values(), ExclusionReason.values(), Change.Type.values(),
                Category.values(), Label.values(), VisitStatus.values(), VisitsReport.Kind.values(),
                VisitReason.values(), Product.values(), Flag.values())) {
            for (Code c : kind) {
                if (!seen.add(c.name())) {
                    shared.add(c.name());
                }
            }
        }
        assertThat(shared).containsExactlyInAnyOrder("NOT_VISITED", "EXPIRED", "OTHER");
        assertThat(VisitStatus.NOT_VISITED.chinese()).isEqualTo(VisitsReport.Kind.NOT_VISITED.chinese());
        assertThat(VisitStatus.EXPIRED.chinese()).isEqualTo(VisitsReport.Kind.EXPIRED.chinese());
    }
}
