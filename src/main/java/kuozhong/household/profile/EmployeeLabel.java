package kuozhong.household.profile;

import java.util.List;

import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;

/** EMPLOYEE (稳定就业): the household has an employed member (as EMPLOYMENT); suggests WENYE 共富稳业贷. */
public final class EmployeeLabel implements ProfileLabel {
    public static final Label CODE = Label.EMPLOYEE;

    @Override
    public Label code() {
        return CODE;
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
