package kuozhong.simulate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import kuozhong.household.HouseholdDecision;
import kuozhong.household.ListVersion;
import kuozhong.policy.PolicySet;

/**
 * Everything a simulation found (simulate.md), for its files.
 *
 * @param current             the households of the version in force on D, as stored
 * @param draft               the households under the draft as of D
 * @param subsidy             贴息测算, or {@code null} when no settlement is stored
 * @param currentSettlementSet the stored settlement's parameters, or {@code null}
 * @param draftSettlementSet  the draft's set in force on Y-12-31, or {@code null}
 * @param currentProfile      whether the compared version stored a profile (profile.md); when not, its
 *                            data decision is its final one and 家庭分类 has no current figures
 */
public record Simulation(LocalDate asOf, String name, String draftFile, String draftSha256, PolicySet draftListSet,
        ListVersion version, PolicySet currentListSet, List<SnapshotPair> snapshots, List<String> warnings,
        LocalDateTime runAt, List<HouseholdDecision> current, List<HouseholdDecision> draft,
        ListComparison list, SubsidyComparison subsidy, PolicySet currentSettlementSet,
        PolicySet draftSettlementSet, boolean currentProfile) {

    /** The snapshot of one source on each side; empty strings when a side has none. */
    public record SnapshotPair(String source, String currentDelivery, String currentSha256, String draftDelivery,
            String draftSha256) {
        public boolean differs() {
            return !currentSha256.equals(draftSha256) || !currentDelivery.equals(draftDelivery);
        }
    }
}
