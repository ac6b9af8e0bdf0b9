package kuozhong.household.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kuozhong.common.Mask;
import kuozhong.household.Figures;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;

/**
 * HIGH_MEDICAL_SELF_PAY (大额医疗自费): self-pay (Σ self_pay_amount over the members and the income window's
 * months, exact) &gt; medical_self_pay_threshold; the household total is compared. Suggests ZHUYI 共富助医贷.
 * Needs medical_self_pay.
 */
public final class HighMedicalSelfPayLabel implements ProfileLabel {
    public static final Label CODE = Label.HIGH_MEDICAL_SELF_PAY;

    @Override
    public Label code() {
        return CODE;
    }

    @Override
    public List<Source> needs() {
        return List.of(Source.MEDICAL_SELF_PAY);
    }

    @Override
    public Evidence evaluate(ProfileFacts f, PolicySet p) {
        BigDecimal total = f.selfPayTotal();
        Map<String, String> byMemberMonth = new TreeMap<>();
        for (SelfPayRow r : f.selfPay()) {
            byMemberMonth.merge(Mask.idNo(r.idNo()) + " " + r.yearMonth(), r.amount().toPlainString(),
                    (a, b) -> new BigDecimal(a).add(new BigDecimal(b)).toPlainString());
        }
        List<String> lines = byMemberMonth.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        BigDecimal threshold = p.profile().medicalSelfPayThreshold();
        return new Evidence(total.compareTo(threshold) > 0, Figures.of(
                "self_pay", Figures.amount(total),
                "medical_self_pay_threshold", Figures.shared(Figures.amount(threshold)),
                "self_pay_by_member_month", String.join("; ", lines)));
    }
}
