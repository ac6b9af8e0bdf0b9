package kuozhong.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kuozhong.household.Change;
import kuozhong.household.ExclusionReason;
import kuozhong.household.Flag;
import kuozhong.household.VisitsReport;
import kuozhong.household.profile.Category;
import kuozhong.household.profile.Label;
import kuozhong.household.profile.Product;
import kuozhong.household.visit.VisitReason;
import kuozhong.household.visit.VisitStatus;
import kuozhong.policy.PolicySet;
import kuozhong.settlement.eligibility.LoanRefusal;

/**
 * The Chinese text of a code held as a string (a CSV column, a stored version), looked up among the typed codes
 * that carry it ({@link Code}). Where two kinds of code share a name, the earlier kind of this lookup wins:
 * {@code OTHER} is the visit reason 其他 (the product OTHER has {@link Product#OTHER}).
 */
public final class ReasonText {
    private static final Map<String, Code> CODES = index(List.of(LoanRefusal.values(), ExclusionReason.values(),
            Change.Type.values(), Category.values(), Label.values(), VisitStatus.values(), VisitsReport.Kind.values(),
            VisitReason.values(), Product.values(), Flag.values()));

    private ReasonText() {
    }

    private static Map<String, Code> index(List<Code[]> kinds) {
        Map<String, Code> m = new HashMap<>();
        for (Code[] kind : kinds) {
            for (Code c : kind) {
                m.putIfAbsent(c.name(), c);
            }
        }
        return Map.copyOf(m);
    }

    /** The typed code of a name, or null when no kind has it. */
    public static Code code(String name) {
        return name == null ? null : CODES.get(name);
    }

    /** The Chinese text of a code as the spec writes it (default policy values), or the code itself when it has none. */
    public static String of(String code) {
        Code c = code(code);
        return c == null ? code : c.chinese();
    }

    /** The Chinese text of a code with the policy's values filled in, or the code itself when it has none. */
    public static String of(String code, PolicySet policy) {
        Code c = code(code);
        return c == null ? code : c.chinese(policy);
    }
}
