package kuozhong.settlement.eligibility;

import kuozhong.policy.PolicySet;
import kuozhong.settlement.LoanProduct;

/** NOT_SERIES_PRODUCT: the product is OTHER (not of the 共富 series). */
public final class NotSeriesProduct implements LoanCheck {
    @Override
    public String code() {
        return "NOT_SERIES_PRODUCT";
    }

    @Override
    public Finding check(LoanFacts f, PolicySet p) {
        LoanProduct product = f.loan().product();
        return new Finding(code(), product == LoanProduct.OTHER, "product " + product);
    }
}
