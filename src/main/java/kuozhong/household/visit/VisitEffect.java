package kuozhong.household.visit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kuozhong.household.ExclusionReason;

/**
 * What the visit in force does to the data decision (profile.md, "The visit in force"), after the rules of
 * target-list.md:
 * <ul>
 * <li>{@code CONFIRM}: changes nothing; the household is visited.</li>
 * <li>{@code EXCLUDE}: the household is excluded; {@code FIELD_VISIT_EXCLUDED} is added after every other
 * reason.</li>
 * <li>{@code INCLUDE}: when the data excluded the household and no reason is {@code ASSISTANCE_*}, it is
 * included (reasons become empty), whatever its reason_code. With an {@code ASSISTANCE_*} reason the override
 * is not applied ({@code INCLUDE_NOT_APPLIED}); when the data included it, nothing changes.</li>
 * </ul>
 *
 * @param included    the final decision
 * @param reasons     the final reasons (empty when included)
 * @param status      the visit_status column
 * @param notApplied  for INCLUDE_NOT_APPLIED: the ASSISTANCE_* codes that blocked it
 */
public record VisitEffect(boolean included, List<String> reasons, VisitStatus status, List<String> notApplied) {
    public static final String FIELD_VISIT_EXCLUDED = ExclusionReason.FIELD_VISIT_EXCLUDED.name();

    public VisitEffect {
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(status, "status");
        notApplied = List.copyOf(notApplied);
    }

    /** Applies the visit (in force or not) to the data decision. */
    public static VisitEffect apply(boolean dataIncluded, List<String> dataReasons, VisitInForce visit) {
        if (!visit.visited()) {
            return new VisitEffect(dataIncluded, dataReasons, VisitStatus.NOT_VISITED, List.of());
        }
        if (!visit.inForce()) {
            return new VisitEffect(dataIncluded, dataReasons, VisitStatus.EXPIRED, List.of());
        }
        Verdict verdict;
        try {
            verdict = Verdict.valueOf(visit.latest().verdict());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown verdict " + visit.latest().verdict(), e);
        }
        return switch (verdict) {
            case EXCLUDE -> {
                List<String> reasons = new ArrayList<>(dataReasons);
                reasons.add(FIELD_VISIT_EXCLUDED);
                yield new VisitEffect(false, reasons, VisitStatus.EXCLUDE, List.of());
            }
            case INCLUDE -> {
                if (dataIncluded) {
                    yield new VisitEffect(true, List.of(), VisitStatus.INCLUDE, List.of());
                }
                List<String> assistance = dataReasons.stream().filter(r -> ExclusionReason.valueOf(r).assistance())
                        .toList();
                if (!assistance.isEmpty()) {
                    yield new VisitEffect(false, dataReasons, VisitStatus.INCLUDE_NOT_APPLIED, assistance);
                }
                yield new VisitEffect(true, List.of(), VisitStatus.INCLUDE, List.of());
            }
            case CONFIRM -> new VisitEffect(dataIncluded, dataReasons, VisitStatus.CONFIRM, List.of());
        };
    }
}
