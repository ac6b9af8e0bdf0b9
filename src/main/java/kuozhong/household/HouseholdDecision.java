package kuozhong.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The decision for one household of a list version: its figures, whether it is included, the
 * codes of every fired rule (reasons, in rule order: the first is the primary reason) and flag,
 * every rule's outcome with the figures compared, and its members.
 */
public record HouseholdDecision(
        String householdNo,
        String townshipCode,
        int memberCount,
        BigDecimal householdIncome,
        BigDecimal perCapitaIncome,
        boolean included,
        List<String> reasons,
        List<String> flags,
        List<RuleOutcome> outcomes,
        List<Member> members) {

    public HouseholdDecision {
        Objects.requireNonNull(householdNo, "householdNo");
        Objects.requireNonNull(townshipCode, "townshipCode");
        Objects.requireNonNull(householdIncome, "householdIncome");
        Objects.requireNonNull(perCapitaIncome, "perCapitaIncome");
        reasons = List.copyOf(reasons);
        flags = List.copyOf(flags);
        outcomes = List.copyOf(outcomes);
        members = List.copyOf(members);
        if (included != reasons.isEmpty()) {
            throw new IllegalArgumentException("household " + householdNo + ": included must mean no reason");
        }
    }

    /** The first reason, or null when included. */
    public String primaryReason() {
        return reasons.isEmpty() ? null : reasons.get(0);
    }

    /** Poor yet receiving no assistance: the only reason is INCOME_BELOW_FLOOR (referrals.csv). */
    public boolean referral() {
        return reasons.size() == 1 && "INCOME_BELOW_FLOOR".equals(reasons.get(0));
    }

    /** One NORMAL member (full identity number: mask before showing it to anyone but the bank). */
    public record Member(String idNo, String name, String relation, String village, String townshipCode,
            LocalDate birthDate) {
        public Member {
            Objects.requireNonNull(idNo, "idNo");
        }
    }
}
