package kuozhong.settlement.eligibility;

import kuozhong.common.Code;
import kuozhong.policy.PolicySet;

/** The reason codes of settlement.md ("Eligibility"), in spec order, with their Chinese text (its last paragraph). */
public enum LoanRefusal implements Code {
    NOT_SERIES_PRODUCT("非共富系列产品"),
    BEFORE_PROGRAM_START("项目实施前发放"),
    /** Text names household_rate_cap (3.5% by default). */
    RATE_ABOVE_CAP("执行利率高于3.5%") {
        @Override
        public String chinese(PolicySet p) {
            return "执行利率高于" + Code.percent(p.householdRateCap()) + "%";
        }
    },
    GUARANTEE_SUBSIDIZED("已享受政府性融资担保补助"),
    NO_LIST_VERSION("合同签订时无名单"),
    NOT_ON_LIST("合同签订时未纳入名单"),
    LEDGER_INCONSISTENT("贷款流水不一致");

    private final String chinese;

    LoanRefusal(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
