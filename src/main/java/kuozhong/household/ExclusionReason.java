package kuozhong.household;

import kuozhong.common.Code;
import kuozhong.policy.PolicySet;

/**
 * The reasons of target-list.md and profile.md, in reason order, with their Chinese text (settlement.md, last
 * paragraph; profile.md, "Outputs"). HOUSEHOLD_GONE is the change kind's text reused by the summaries.
 */
public enum ExclusionReason implements Code {
    ASSISTANCE_DIBAO("低保家庭"),
    ASSISTANCE_DIBIAN("低边家庭"),
    ASSISTANCE_TEKUN("特困家庭"),
    /** Text names household_income_ceiling (10万元 by default). */
    INCOME_ABOVE_CEILING("家庭年可支配收入超过10万元") {
        @Override
        public String chinese(PolicySet p) {
            return "家庭年可支配收入超过" + Code.wan(p.householdIncomeCeiling()) + "万元";
        }
    },
    PROPERTY_RESIDENTIAL("住房超过规定套数"),
    PROPERTY_COMMERCIAL("非住宅房产面积超标"),
    VEHICLE("拥有高价值非营运小汽车"),
    INCOME_BELOW_FLOOR("人均收入低于低保边缘标准"),
    /** profile.md: an EXCLUDE visit in force, after every other reason. */
    FIELD_VISIT_EXCLUDED("走访核实不予纳入");

    private final String chinese;

    ExclusionReason(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** Whether this is one of the three assistance reasons (ASSISTANCE_*), which an INCLUDE visit never overrides. */
    public boolean assistance() {
        return this == ASSISTANCE_DIBAO || this == ASSISTANCE_DIBIAN || this == ASSISTANCE_TEKUN;
    }

    /** The assistance reason of an assistance type of assistance.csv ({@code DIBAO} → ASSISTANCE_DIBAO). */
    public static ExclusionReason assistance(String assistanceType) {
        return valueOf("ASSISTANCE_" + assistanceType);
    }
}
