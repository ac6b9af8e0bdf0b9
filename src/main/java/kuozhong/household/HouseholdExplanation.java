package kuozhong.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kuozhong.common.Mask;
import kuozhong.common.ReasonText;
import kuozhong.common.Townships;
import kuozhong.household.HouseholdFacts.MemberFacts;
import kuozhong.household.HouseholdFacts.MonthIncome;
import kuozhong.household.HouseholdFacts.SpouseLink;
import kuozhong.household.rule.AssistanceRule;
import kuozhong.household.rule.HouseholdRules;
import kuozhong.policy.PolicySet;

/**
 * Why one household is in or out of the list ({@code kz list explain}): the decision and every
 * figure behind it, made by the same rule objects as the build. Identity numbers and names are
 * masked in {@link #render()}.
 *
 * @param otherPersonsByStatus persons of the person snapshot with this household_no that are not NORMAL, by status
 * @param facts                null when the household has no NORMAL member (it is not evaluated)
 * @param decision             null likewise
 */
public record HouseholdExplanation(
        String householdNo,
        LocalDate asOf,
        PolicySet policy,
        Map<String, Integer> otherPersonsByStatus,
        HouseholdFacts facts,
        HouseholdDecision decision,
        List<RuleOutcome> flagOutcomes) {

    public HouseholdExplanation {
        otherPersonsByStatus = Map.copyOf(otherPersonsByStatus);
        flagOutcomes = List.copyOf(flagOutcomes);
    }

    /** Whether the household has a NORMAL member and so was evaluated. */
    public boolean evaluated() {
        return decision != null;
    }

    /** The explanation as text for a terminal, identities masked. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Household ").append(householdNo).append(" as of ").append(asOf)
                .append(" (policy set effective from ").append(policy.effectiveFrom()).append(")\n");
        if (!evaluated()) {
            out.append("Not evaluated: the person snapshot holds no NORMAL member of this household.\n");
            if (!otherPersonsByStatus.isEmpty()) {
                out.append("Persons of this household with another status: ").append(otherPersonsByStatus).append('\n');
            }
            return out.toString();
        }
        HouseholdDecision d = decision;
        if (d.included()) {
            out.append(d.dataIncluded() ? "Decision: INCLUDED (no rule fired)\n"
                    : "Decision: INCLUDED by a field visit (the rules excluded it: see below)\n");
        } else {
            out.append("Decision: EXCLUDED, primary reason ").append(d.primaryReason())
                    .append(" ").append(ReasonText.of(d.primaryReason(), policy))
                    .append("; all reasons: ").append(String.join(";", d.reasons())).append('\n');
        }
        out.append("Flags: ").append(d.flags().isEmpty() ? "none" : String.join(";", d.flags())).append('\n');
        out.append("Township: ").append(d.townshipCode()).append(' ').append(Townships.name(d.townshipCode())).append('\n');
        out.append("Members: ").append(d.memberCount()).append(" NORMAL");
        if (!otherPersonsByStatus.isEmpty()) {
            out.append(" (not counted, other status: ").append(otherPersonsByStatus).append(')');
        }
        out.append('\n');
        for (MemberFacts m : facts.members()) {
            PersonRow p = m.person();
            out.append("  ").append(Mask.idNo(p.idNo())).append("  ").append(Mask.name(p.name()))
                    .append("  relation ").append(p.relation()).append(p.isHead() ? " (head)" : "")
                    .append("  age ").append(m.age()).append(m.workingAge() ? " (working age)" : "")
                    .append("  township ").append(p.townshipCode())
                    .append(p.village() == null ? "" : "  village " + p.village()).append('\n');
        }

        List<MonthIncome> first = facts.members().get(0).months();
        out.append("\nIncome window ").append(first.isEmpty() ? "" : first.get(0).month() + " .. " + first.get(first.size() - 1).month())
                .append(": E employee pension base, B provident-fund base, P provident-fund deposit, R pensions;\n")
                .append("  month with a record: max(0, max(E,B) - ").append(policy.personalContributionRate().toPlainString())
                .append(" x E - P/2) + R; without: ").append(Figures.amount(policy.imputedMonthlyIncome()))
                .append(" if aged ").append(policy.workingAgeMin()).append("..").append(policy.workingAgeMax())
                .append(" (*imputed*), else 0\n");
        BigDecimal exact = BigDecimal.ZERO;
        for (MemberFacts m : facts.members()) {
            out.append("  ").append(Mask.idNo(m.person().idNo())).append(' ').append(Mask.name(m.person().name())).append('\n');
            out.append(String.format("    %-8s %12s %12s %12s %12s %14s%n", "month", "E", "B", "P", "R", "income"));
            for (MonthIncome mi : m.months()) {
                if (mi.recorded()) {
                    out.append(String.format("    %-8s %12s %12s %12s %12s %14s%n", mi.month(), mi.e().toPlainString(),
                            mi.b().toPlainString(), mi.p().toPlainString(), mi.r().toPlainString(),
                            Figures.amount(mi.income())));
                } else {
                    out.append(String.format("    %-8s %12s %12s %12s %12s %14s%s%n", mi.month(), "-", "-", "-", "-",
                            Figures.amount(mi.income()), mi.imputed() ? " *imputed*" : " (no record, not working age)"));
                }
            }
            out.append("    member total ").append(Figures.amount(m.income())).append(" (")
                    .append(m.recordedMonths()).append(" months recorded, ").append(m.imputedMonths()).append(" imputed)\n");
            exact = exact.add(m.income());
        }
        out.append("  household income: exact ").append(Figures.amount(exact)).append(" -> rounded ")
                .append(facts.householdIncome().toPlainString()).append("; per capita ")
                .append(facts.householdIncome().toPlainString()).append(" / ").append(facts.memberCount())
                .append(" = ").append(facts.perCapitaIncome().toPlainString()).append('\n');

        out.append("\nAssistance records of members: ").append(facts.assistance().size()).append('\n');
        for (AssistanceRow a : facts.assistance()) {
            String counted = "not in force on " + asOf;
            for (AssistanceRule rule : HouseholdRules.assistance()) {
                if (rule.counts(a, facts)) {
                    counted = "in force, counted by " + rule.code();
                }
            }
            out.append("  ").append(Mask.idNo(a.idNo())).append(' ').append(a.type()).append(' ')
                    .append(a.startDate()).append(" .. ").append(a.endDate() == null ? "(open)" : a.endDate())
                    .append(": ").append(counted).append('\n');
        }
        out.append("Real-estate records of members: ").append(facts.realEstate().size()).append('\n');
        for (RealEstateRow r : facts.realEstate()) {
            String counted = HouseholdRules.PROPERTY_RESIDENTIAL.counts(r, facts) ? "counted by PROPERTY_RESIDENTIAL"
                    : HouseholdRules.PROPERTY_COMMERCIAL.counts(r, facts)
                            ? "counted by PROPERTY_COMMERCIAL (" + Figures.amount(r.areaM2().multiply(r.share())) + " m2 weighted)"
                            : "not counted";
            out.append("  cert ").append(r.certNo()).append(" owner ").append(Mask.idNo(r.ownerIdNo()))
                    .append(' ').append(r.propertyType()).append(' ').append(r.status())
                    .append(" share ").append(r.share().toPlainString()).append(" area ").append(r.areaM2().toPlainString())
                    .append(" registered ").append(r.registerDate()).append(": ").append(counted).append('\n');
        }
        out.append("Vehicles of members: ").append(facts.vehicles().size()).append('\n');
        for (VehicleRow v : facts.vehicles()) {
            String counted = HouseholdRules.VEHICLE.counts(v, facts) ? "compared by VEHICLE"
                    : HouseholdRules.VEHICLE_PRICE_UNKNOWN.counts(v, facts) ? "price unknown: VEHICLE_PRICE_UNKNOWN"
                            : "not counted";
            out.append("  plate ").append(v.plateNo()).append(" owner ").append(Mask.idNo(v.ownerIdNo()))
                    .append(' ').append(v.vehicleType()).append(' ').append(v.useNature()).append(' ').append(v.status())
                    .append(" price ").append(v.purchasePrice() == null ? "unknown" : v.purchasePrice().toPlainString())
                    .append(" registered ").append(v.registerDate()).append(": ").append(counted).append('\n');
        }
        out.append("Members married to a NORMAL person of another household: ").append(facts.spousesOutside().size()).append('\n');
        for (SpouseLink s : facts.spousesOutside()) {
            out.append("  ").append(Mask.idNo(s.memberIdNo())).append(" married ").append(s.marriageDate())
                    .append(" to ").append(Mask.idNo(s.spouseIdNo())).append(" of household ").append(s.spouseHouseholdNo()).append('\n');
        }

        out.append("\nRules (in reason order):\n");
        for (RuleOutcome o : d.outcomes()) {
            out.append(line(o, "FIRED", "not fired"));
        }
        out.append("Flags:\n");
        for (RuleOutcome o : flagOutcomes) {
            out.append(line(o, "RAISED", "not raised"));
        }
        if (d.profile() != null) {
            out.append(profileSection(d.profile(), d.included()));
        }
        return out.toString();
    }

    /** profile.md: the data decision, the latest visit with its effect, and every category and label. */
    static String profileSection(kuozhong.household.profile.ProfileDecision p, boolean finalIncluded) {
        StringBuilder out = new StringBuilder();
        out.append("\nData decision (rules alone): ").append(p.dataIncluded() ? "INCLUDED" : "EXCLUDED")
                .append(p.dataReasons().isEmpty() ? "" : ", reasons " + String.join(";", p.dataReasons())).append('\n');
        kuozhong.household.visit.VisitRow v = p.visit();
        out.append("Field visit: ").append(p.visitStatus()).append(' ').append(p.visitStatus().chinese())
                .append('\n');
        if (v != null) {
            out.append("  latest visit ").append(v.visitDate()).append(" by ").append(v.unit()).append(" visitor ")
                    .append(v.visitorCode()).append(": ").append(v.verdict())
                    .append(v.reasonCode() == null ? "" : " " + v.reasonCode() + " " + ReasonText.of(v.reasonCode()))
                    .append(", in force until ").append(v.lastDayInForce())
                    .append(v.validUntil() == null ? " (12 months less one day: valid_until empty)" : "")
                    .append(v.industry() == null ? "" : ", industry " + v.industry())
                    .append(v.financingNeed() == null ? "" : ", financing need " + v.financingNeed())
                    .append(v.note() == null ? "" : ", note: " + v.note()).append('\n');
            out.append("  delivered in visits/").append(v.deliveryDate().toString().replace("-", "")).append('/')
                    .append(v.fileName()).append(" record ").append(v.recordNo()).append('\n');
            out.append("  effect: ").append(switch (p.visitStatus()) {
                case EXPIRED -> "none: the latest visit expired before the as-of date (an earlier visit does not revive)";
                case CONFIRM -> "none: the data decision is confirmed";
                case EXCLUDE -> "excluded, FIELD_VISIT_EXCLUDED added after the data reasons";
                case INCLUDE -> p.dataIncluded() ? "none: the data included the household already"
                        : "included: every data reason lifted (no ASSISTANCE_* reason)";
                case INCLUDE_NOT_APPLIED -> "NOT applied: " + String.join(";", p.notApplied())
                        + " (低保、低边、特困 households are never on the list)";
                case NOT_VISITED -> "none";
            }).append('\n');
        }
        out.append("Final decision: ").append(finalIncluded ? "INCLUDED" : "EXCLUDED").append('\n');
        kuozhong.household.profile.HouseholdProfile pr = p.profile();
        if (!finalIncluded) {
            out.append("Categories and labels: none (excluded households are not profiled)\n");
            return out.toString();
        }
        out.append("Categories: ").append(pr.categories().isEmpty() ? "none" : String.join(";", pr.categories()))
                .append("; primary ").append(pr.primaryCategory()).append(' ').append(ReasonText.of(pr.primaryCategory()))
                .append('\n');
        out.append("Labels: ").append(pr.labels().isEmpty() ? "none" : String.join(";", pr.labels()))
                .append("; suggested products ").append(pr.suggestedProducts().isEmpty() ? "none"
                        : String.join(";", pr.suggestedProducts())).append('\n');
        if (!pr.unknown().isEmpty()) {
            out.append("Unknown: ").append(String.join(";", pr.unknown())).append('\n');
        }
        out.append("Categories and labels (in order, with the figures compared):\n");
        for (RuleOutcome o : pr.outcomes()) {
            StringBuilder figures = new StringBuilder();
            o.figures().forEach((k, val) -> figures.append(figures.length() == 0 ? "" : ", ").append(k).append('=')
                    .append(val));
            out.append(String.format("  %-22s %-8s %s%s%n", o.code(), o.status(), figures,
                    o.missingSources().isEmpty() ? "" : " (missing source: " + String.join(", ", o.missingSources())
                            + ")"));
        }
        return out.toString();
    }

    private static String line(RuleOutcome o, String yes, String no) {
        StringBuilder figures = new StringBuilder();
        o.figures().forEach((k, v) -> figures.append(figures.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return String.format("  %-26s %-10s %s%n", o.code(), o.fired() ? yes : no, figures);
    }
}
