package kuozhong.household;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of {@code kz_list_version}. */
public record ListVersion(long versionId, LocalDate asOf, String state, LocalDate policyEffectiveFrom,
        Long previousVersionId, LocalDate previousAsOf, int householdsEvaluated, int householdsIncluded,
        int membersIncluded, LocalDateTime builtAt, Long jobExecutionId) {
}
