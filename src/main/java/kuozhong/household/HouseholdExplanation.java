package kuozhong.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kuozhong.common.Language;
import kuozhong.common.Mask;
import kuozhong.common.Messages;
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

    /** The explanation as text for a terminal in the operator's language ({@link Messages}), identities masked. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(t("explain.body.header", householdNo, asOf, policy.effectiveFrom()));
        if (!evaluated()) {
            out.append(t("explain.body.notEvaluated"));
            if (!otherPersonsByStatus.isEmpty()) {
                out.append(t("explain.body.otherStatus", otherPersonsByStatus));
            }
            return out.toString();
        }
        HouseholdDecision d = decision;
        if (d.included()) {
            out.append(t(d.dataIncluded() ? "explain.body.included" : "explain.body.includedByVisit"));
        } else {
            out.append(t("explain.body.excluded", d.primaryReason(), ReasonText.of(d.primaryReason(), policy),
                    String.join(";", d.reasons())));
        }
        out.append(t("explain.body.flags", d.flags().isEmpty() ? t("explain.body.none") : String.join(";", d.flags())));
        out.append(t("explain.body.township", d.townshipCode(), Townships.name(d.townshipCode())));
        out.append(t("explain.body.members", d.memberCount()));
        if (!otherPersonsByStatus.isEmpty()) {
            out.append(t("explain.body.membersOther", otherPersonsByStatus));
        }
        out.append('\n');
        for (MemberFacts m : facts.members()) {
            PersonRow p = m.person();
            out.append(t("explain.body.member", Mask.idNo(p.idNo()), Mask.name(p.name()), p.relation(),
                    p.isHead() ? t("explain.body.head") : "", m.age(), m.workingAge() ? t("explain.body.workingAge") : "",
                    p.townshipCode(), p.village() == null ? "" : t("explain.body.village", p.village())));
        }

        List<MonthIncome> first = facts.members().get(0).months();
        out.append(t("explain.body.window",
                first.isEmpty() ? "" : first.get(0).month() + " .. " + first.get(first.size() - 1).month(),
                policy.personalContributionRate().toPlainString(), Figures.amount(policy.imputedMonthlyIncome()),
                policy.workingAgeMin(), policy.workingAgeMax()));
        BigDecimal exact = BigDecimal.ZERO;
        for (MemberFacts m : facts.members()) {
            out.append("  ").append(Mask.idNo(m.person().idNo())).append(' ').append(Mask.name(m.person().name())).append('\n');
            out.append(String.format("    %-8s %12s %12s %12s %12s %14s%n", t("explain.body.month"), "E", "B", "P", "R",
                    t("explain.body.income")));
            for (MonthIncome mi : m.months()) {
                if (mi.recorded()) {
                    out.append(String.format("    %-8s %12s %12s %12s %12s %14s%n", mi.month(), mi.e().toPlainString(),
                            mi.b().toPlainString(), mi.p().toPlainString(), mi.r().toPlainString(),
                            Figures.amount(mi.income())));
                } else {
                    out.append(String.format("    %-8s %12s %12s %12s %12s %14s%s%n", mi.month(), "-", "-", "-", "-",
                            Figures.amount(mi.income()),
                            mi.imputed() ? t("explain.body.imputed") : t("explain.body.noRecord")));
                }
            }
            out.append(t("explain.body.memberTotal", Figures.amount(m.income()), m.recordedMonths(), m.imputedMonths()));
            exact = exact.add(m.income());
        }
        out.append(t("explain.body.householdIncome", Figures.amount(exact), facts.householdIncome().toPlainString(),
                facts.memberCount(), facts.perCapitaIncome().toPlainString()));

        out.append(t("explain.body.assistance", facts.assistance().size()));
        for (AssistanceRow a : facts.assistance()) {
            String counted = t("explain.body.notInForce", asOf);
            for (AssistanceRule rule : HouseholdRules.assistance()) {
                if (rule.counts(a, facts)) {
                    counted = t("explain.body.inForceCounted", rule.code());
                }
            }
            out.append(t("explain.body.assistanceRow", Mask.idNo(a.idNo()), a.type(), a.startDate(),
                    a.endDate() == null ? t("explain.body.open") : a.endDate(), counted));
        }
        out.append(t("explain.body.realEstate", facts.realEstate().size()));
        for (RealEstateRow r : facts.realEstate()) {
            String counted = HouseholdRules.PROPERTY_RESIDENTIAL.counts(r, facts)
                    ? t("explain.body.countedBy", "PROPERTY_RESIDENTIAL")
                    : HouseholdRules.PROPERTY_COMMERCIAL.counts(r, facts)
                            ? t("explain.body.countedCommercial", Figures.amount(r.areaM2().multiply(r.share())))
                            : t("explain.body.notCounted");
            out.append(t("explain.body.realEstateRow", r.certNo(), Mask.idNo(r.ownerIdNo()), r.propertyType(), r.status(),
                    r.share().toPlainString(), r.areaM2().toPlainString(), r.registerDate(), counted));
        }
        out.append(t("explain.body.vehicles", facts.vehicles().size()));
        for (VehicleRow v : facts.vehicles()) {
            String counted = HouseholdRules.VEHICLE.counts(v, facts) ? t("explain.body.comparedByVehicle")
                    : HouseholdRules.VEHICLE_PRICE_UNKNOWN.counts(v, facts) ? t("explain.body.priceUnknownCode")
                            : t("explain.body.notCounted");
            out.append(t("explain.body.vehicleRow", v.plateNo(), Mask.idNo(v.ownerIdNo()), v.vehicleType(), v.useNature(),
                    v.status(), v.purchasePrice() == null ? t("explain.body.unknown") : v.purchasePrice().toPlainString(),
                    v.registerDate(), counted));
        }
        out.append(t("explain.body.spouses", facts.spousesOutside().size()));
        for (SpouseLink s : facts.spousesOutside()) {
            out.append(t("explain.body.spouseRow", Mask.idNo(s.memberIdNo()), s.marriageDate(), Mask.idNo(s.spouseIdNo()),
                    s.spouseHouseholdNo()));
        }

        out.append(t("explain.body.rules"));
        for (RuleOutcome o : d.outcomes()) {
            out.append(line(o, t("explain.body.fired"), t("explain.body.notFired"), policy));
        }
        out.append(t("explain.body.flagRules"));
        for (RuleOutcome o : flagOutcomes) {
            out.append(line(o, t("explain.body.raised"), t("explain.body.notRaised"), policy));
        }
        if (d.profile() != null) {
            out.append(profileSection(d.profile(), d.included()));
        }
        return out.toString();
    }

    /** A text of the bundle in the operator's language; arguments that are not numbers are given as text. */
    private static String t(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Integer || args[i] instanceof Long ? args[i] : String.valueOf(args[i]);
        }
        return Messages.get(key, plain);
    }

    /** INCLUDED or EXCLUDED, in Chinese with the code beside its text. */
    private static String verdict(boolean included) {
        return t(included ? "explain.body.INCLUDED" : "explain.body.EXCLUDED");
    }

    /** profile.md: the data decision, the latest visit with its effect, and every category and label. */
    static String profileSection(kuozhong.household.profile.ProfileDecision p, boolean finalIncluded) {
        StringBuilder out = new StringBuilder();
        out.append(t("explain.body.dataDecision", verdict(p.dataIncluded()),
                p.dataReasons().isEmpty() ? "" : t("explain.body.dataReasons", String.join(";", p.dataReasons()))));
        kuozhong.household.visit.VisitRow v = p.visit();
        out.append(t("explain.body.fieldVisit", p.visitStatus(), p.visitStatus().chinese()));
        if (v != null) {
            out.append(t("explain.body.latestVisit", v.visitDate(), v.unit(), v.visitorCode(), v.verdict(),
                    v.reasonCode() == null ? "" : " " + v.reasonCode() + " " + ReasonText.of(v.reasonCode()),
                    v.lastDayInForce(),
                    v.validUntil() == null ? t("explain.body.validUntilEmpty") : "",
                    v.industry() == null ? "" : t("explain.body.industry", v.industry()),
                    v.financingNeed() == null ? "" : t("explain.body.financingNeed", v.financingNeed()),
                    v.note() == null ? "" : t("explain.body.note", v.note())));
            out.append(t("explain.body.delivered", v.deliveryDate().toString().replace("-", ""), v.fileName(),
                    v.recordNo()));
            out.append(t("explain.body.effect", switch (p.visitStatus()) {
                case EXPIRED -> t("explain.body.effect.expired");
                case CONFIRM -> t("explain.body.effect.confirm");
                case EXCLUDE -> t("explain.body.effect.exclude");
                case INCLUDE -> p.dataIncluded() ? t("explain.body.effect.includedAlready")
                        : t("explain.body.effect.include");
                case INCLUDE_NOT_APPLIED -> t("explain.body.effect.notApplied", String.join(";", p.notApplied()));
                case NOT_VISITED -> t("explain.body.effect.none");
            }));
        }
        out.append(t("explain.body.finalDecision", verdict(finalIncluded)));
        kuozhong.household.profile.HouseholdProfile pr = p.profile();
        if (!finalIncluded) {
            out.append(t("explain.body.notProfiled"));
            return out.toString();
        }
        out.append(t("explain.body.categories",
                pr.categories().isEmpty() ? t("explain.body.none") : String.join(";", pr.categories()),
                pr.primaryCategory(), ReasonText.of(pr.primaryCategory())));
        out.append(t("explain.body.labels", pr.labels().isEmpty() ? t("explain.body.none") : String.join(";", pr.labels()),
                pr.suggestedProducts().isEmpty() ? t("explain.body.none") : String.join(";", pr.suggestedProducts())));
        if (!pr.unknown().isEmpty()) {
            out.append(t("explain.body.unknownSources", String.join(";", pr.unknown())));
        }
        out.append(t("explain.body.profileRules"));
        for (RuleOutcome o : pr.outcomes()) {
            StringBuilder figures = new StringBuilder();
            o.figures().forEach((k, val) -> figures.append(figures.length() == 0 ? "" : ", ").append(k).append('=')
                    .append(val));
            out.append(String.format("  %-22s %-8s %s%s%s%n", o.code(), o.status(), figures,
                    o.missingSources().isEmpty() ? ""
                            : t("explain.body.missingSource", String.join(", ", o.missingSources())),
                    codeText(o.code().chinese(), o.code().name())));
        }
        return out.toString();
    }

    private static String line(RuleOutcome o, String yes, String no, PolicySet policy) {
        StringBuilder figures = new StringBuilder();
        o.figures().forEach((k, v) -> figures.append(figures.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return String.format("  %-26s %-10s %s%s%n", o.code(), o.fired() ? yes : no, figures,
                codeText(o.code().chinese(policy), o.code().name()));
    }

    /** In Chinese, a code's text after the figures (operators read the codes with their meaning); nothing in English. */
    private static String codeText(String chinese, String code) {
        return Messages.language() == Language.ZH && !chinese.equals(code) ? t("explain.body.codeText", chinese) : "";
    }
}
