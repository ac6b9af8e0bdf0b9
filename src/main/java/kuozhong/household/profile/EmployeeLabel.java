package kuozhong.household.profile;

import java.util.List;

import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;

/** EMPLOYEE (稳定就业): the household has an employed member (as EMPLOYMENT); suggests WENYE 共富稳业贷. */
public final class EmployeeLabel implements ProfileLabel {
    public static final String CODE = "EMPLOYEE";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String text() {
        return "稳定就业";
    }

    @Override
    public String product() {
        return "WENYE";
    }

    @Override
    public List<Source> needs() {
        return List.of();
    }

    @Override
    public Evidence evaluate(ProfileFacts f, PolicySet p) {
        return EmploymentCategory.employed(f, p);
    }
}
