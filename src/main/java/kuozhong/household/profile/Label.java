package kuozhong.household.profile;

import kuozhong.common.Code;

/** The labels (信息标识) of profile.md in label order, each with the product it suggests. */
public enum Label implements Code {
    BUSINESS_OPERATOR("经营主体", Product.JINGYING),
    SCHOOL_AGE_MEMBER("有学龄成员", Product.ZHUXUE),
    HIGH_MEDICAL_SELF_PAY("大额医疗自费", Product.ZHUYI),
    NO_OWN_HOME("无自有住房", Product.ANJU),
    EMPLOYEE("稳定就业", Product.WENYE);

    private final String chinese;
    private final Product product;

    Label(String chinese, Product product) {
        this.chinese = chinese;
        this.product = product;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** The product the label suggests. */
    public Product product() {
        return product;
    }
}
