package kuozhong.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import kuozhong.household.profile.ProfileDecision;

/**
 * The decision for one household of a list version: its figures, whether it is included, the
 * codes of every fired rule (reasons, in rule order: the first is the primary reason) and flag,
 * every rule's outcome with the figures compared, and its members. With profile.md, {@code included} and
 * {@code reasons} are the final decision (the visit in force applied) and {@code profile} holds the data
 * decision, the visit and the categories and labels.
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
        List<Member> members,
        ProfileDecision profile) {

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

    /** A decision of the rules of target-list.md alone (no visit applied, no profile: {@code profile} null). */
    public HouseholdDecision(String householdNo, String townshipCode, int memberCount, BigDecimal householdIncome,
            BigDecimal perCapitaIncome, boolean included, List<String> reasons, List<String> flags,
            List<RuleOutcome> outcomes, List<Member> members) {
        this(householdNo, townshipCode, memberCount, householdIncome, perCapitaIncome, included, reasons, flags,
                outcomes, members, null);
    }

    /** The same figures with the final decision of profile.md (visit applied) and the profile. */
    public HouseholdDecision withProfile(boolean finalIncluded, List<String> finalReasons, ProfileDecision p) {
        return new HouseholdDecision(householdNo, townshipCode, memberCount, householdIncome, perCapitaIncome,
                finalIncluded, finalReasons, flags, outcomes, members, p);
    }

    /** The decision of the data alone (data_included): the final one when no profile was applied. */
    public boolean dataIncluded() {
        return profile == null ? included : profile.dataIncluded();
    }

    /** The reasons of the data alone (data_reasons). */
    public List<String> dataReasons() {
        return profile == null ? reasons : profile.dataReasons();
    }

    /** The first reason, or null when included. */
    public String primaryReason() {
        return reasons.isEmpty() ? null : reasons.get(0);
    }

    /**
     * Poor yet receiving no assistance: the only reason is INCOME_BELOW_FLOOR (referrals.csv). Follows the data
     * decision (profile.md): a visit never adds or removes a referral.
     */
    public boolean referral() {
        List<String> data = dataReasons();
        return data.size() == 1 && ExclusionReason.INCOME_BELOW_FLOOR.name().equals(data.get(0));
    }

    /** One NORMAL member (full identity number: mask before showing it to anyone but the bank). */
    public record Member(String idNo, String name, String relation, String village, String townshipCode,
            LocalDate birthDate) {
        public Member {
            Objects.requireNonNull(idNo, "idNo");
        }
    }
}
