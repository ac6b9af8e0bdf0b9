package kuozhong.household.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kuozhong.household.RuleOutcome;
import kuozhong.policy.PolicySet;

/**
 * Computes the profile of an included household from the category and label rules of profile.md. Pure:
 * no I/O; the list build calls it once per household with the facts it gathered.
 */
public final class HouseholdProfiler {
    /** The categories in precedence order (经营类、就业类、农户类、托底类). */
    public static final List<ProfileRule> CATEGORIES = List.of(new BusinessCategory(), new EmploymentCategory(),
            new FarmerCategory(), new SafetyNetCategory());
    /** The labels in label order. */
    public static final List<ProfileLabel> LABELS = List.of(new BusinessOperatorLabel(), new SchoolAgeMemberLabel(),
            new HighMedicalSelfPayLabel(), new NoOwnHomeLabel(), new EmployeeLabel());
    /** The order of suggested products. */
    public static final List<Product> PRODUCTS = List.of(Product.JINGYING, Product.ZHUXUE, Product.ZHUYI, Product.ANJU,
            Product.WENYE);

    private HouseholdProfiler() {
    }

    /** The profile of an included household; excluded households get {@link HouseholdProfile#EMPTY}. */
    public static HouseholdProfile profile(ProfileFacts facts, PolicySet policy) {
        List<RuleOutcome> outcomes = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String primary = null;
        boolean unknownBefore = false;
        for (ProfileRule c : CATEGORIES) {
            RuleOutcome o = c.outcome(facts, policy);
            outcomes.add(o);
            if (o.holds()) {
                categories.add(o.code().name());
                if (primary == null) {
                    primary = unknownBefore ? HouseholdProfile.UNKNOWN : o.code().name();
                }
            } else if (o.unknown()) {
                unknown.add(o.code().name());
                unknownBefore = true;
            }
        }
        if (primary == null) {
            primary = unknown.isEmpty() ? HouseholdProfile.UNCLASSIFIED : HouseholdProfile.UNKNOWN;
        }
        List<String> labels = new ArrayList<>();
        Set<Product> products = new LinkedHashSet<>();
        for (ProfileLabel l : LABELS) {
            RuleOutcome o = l.outcome(facts, policy);
            outcomes.add(o);
            if (o.holds()) {
                labels.add(o.code().name());
                products.add(l.product());
            } else if (o.unknown()) {
                unknown.add(o.code().name());
            }
        }
        List<String> ordered = PRODUCTS.stream().filter(products::contains).map(Product::name).toList();
        return new HouseholdProfile(categories, primary, labels, unknown, ordered, outcomes, memberFlags(facts, policy));
    }

    /**
     * Per member: operator (operates an ACTIVE entity of any type established ≤ D), employed (own employed months ≥
     * employment_min_months), school-age (age in range), homestead (holds a homestead by either source); a flag
     * whose source is missing and that does not hold on the sources present is {@code ?}.
     */
    static java.util.Map<String, String> memberFlags(ProfileFacts f, PolicySet p) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        boolean noEntities = f.isMissing(kuozhong.ingest.Source.MARKET_ENTITY);
        boolean noHomesteads = f.isMissing(kuozhong.ingest.Source.HOMESTEAD);
        java.util.Set<String> operators = new java.util.HashSet<>();
        for (MarketEntityRow e : ProfileEvidence.operated(f, BusinessOperatorLabel.ANY_TYPE)) {
            operators.add(e.operatorIdNo());
        }
        java.util.Set<String> holders = new java.util.HashSet<>();
        if (!noHomesteads) {
            for (HomesteadRow h : f.homesteads()) {
                if (h.valid()) {
                    holders.add(h.ownerIdNo());
                }
            }
        }
        for (kuozhong.household.RealEstateRow r : ProfileEvidence.realEstate(f, Set.of("HOMESTEAD"))) {
            holders.add(r.ownerIdNo());
        }
        for (kuozhong.household.HouseholdFacts.MemberFacts m : f.household().members()) {
            String id = m.person().idNo();
            char op = operators.contains(id) ? 'Y' : noEntities ? '?' : '-';
            char emp = f.employedMonths(id) >= p.profile().employmentMinMonths() ? 'Y' : '-';
            char school = SchoolAgeMemberLabel.schoolAge(m.age(), p) ? 'Y' : '-';
            char home = holders.contains(id) ? 'Y' : noHomesteads ? '?' : '-';
            out.put(id, new String(new char[] {op, emp, school, home}));
        }
        return out;
    }
}
