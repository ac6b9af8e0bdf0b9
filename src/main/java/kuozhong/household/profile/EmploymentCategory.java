package kuozhong.household.profile;

import java.util.ArrayList;
import java.util.List;

import kuozhong.common.Mask;
import kuozhong.household.Figures;
import kuozhong.household.HouseholdFacts.MemberFacts;
import kuozhong.ingest.Source;
import kuozhong.policy.PolicySet;

/**
 * EMPLOYMENT (就业类): the household has an employed member: one member has, in at least
 * employment_min_months distinct months of the income window, an EMPLOYEE_PENSION row or a provident-fund row.
 */
public final class EmploymentCategory implements ProfileRule {
    public static final Category CODE = Category.EMPLOYMENT;

    @Override
    public Category code() {
        return CODE;
    }

    @Override
    public List<Source> needs() {
        return List.of();
    }

    @Override
    public Evidence evaluate(ProfileFacts f, PolicySet p) {
        return employed(f, p);
    }

    /** Shared with the EMPLOYEE label: the employed months of every member against employment_min_months. */
    static Evidence employed(ProfileFacts f, PolicySet p) {
        int min = p.profile().employmentMinMonths();
        List<String> perMember = new ArrayList<>();
        for (MemberFacts m : f.household().members()) {
            perMember.add(Mask.idNo(m.person().idNo()) + "=" + f.employedMonths(m.person().idNo()));
        }
        List<String> employed = ProfileEvidence.employedMembers(f, min);
        return new Evidence(!employed.isEmpty(), Figures.of(
                "employed_months_by_member", String.join("; ", perMember),
                "employment_min_months", Figures.count(min)));
    }
}
