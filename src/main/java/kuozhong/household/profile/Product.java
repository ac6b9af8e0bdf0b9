package kuozhong.household.profile;

import kuozhong.common.Code;

/** The loan products of loans.csv (共富 series, then OTHER), in the order of suggested products. */
public enum Product implements Code {
    JINGYING("共富经营贷"),
    ZHUXUE("共富助学贷"),
    ZHUYI("共富助医贷"),
    ANJU("共富安居贷"),
    WENYE("共富稳业贷"),
    /** Not a 共富 series product (settlement.md: NOT_SERIES_PRODUCT). */
    OTHER("非共富系列产品");

    private final String chinese;

    Product(String chinese) {
        this.chinese = chinese;
    }

    @Override
    public String chinese() {
        return chinese;
    }
}
