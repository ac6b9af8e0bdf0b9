package kuozhong.settlement.eligibility;

import kuozhong.household.Figures;
import kuozhong.household.RuleOutcome;

import kuozhong.policy.PolicySet;
import kuozhong.settlement.LoanProduct;

/** NOT_SERIES_PRODUCT: the product is OTHER (not of the 共富 series). */
public final class NotSeriesProduct implements LoanCheck {
    @Override
    public LoanRefusal code() {
        return LoanRefusal.NOT_SERIES_PRODUCT;
    }

    @Override
    public RuleOutcome check(LoanFacts f, PolicySet p) {
        LoanProduct product = f.loan().product();
        return new RuleOutcome(code(), product == LoanProduct.OTHER, Figures.of("product", product.toString()),
                "product " + product);
    }
}
