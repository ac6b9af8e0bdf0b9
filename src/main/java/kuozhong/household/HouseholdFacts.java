package kuozhong.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Everything the rules of one household look at, gathered by {@link ListBuilder}: its NORMAL
 * members with their incomes, and the members' assistance, real-estate and vehicle records (all of
 * them; each rule picks the ones it counts), and the members married to a NORMAL person of another
 * household on the as-of date.
 *
 * @param householdIncome  the sum of the members' exact incomes over the window, rounded half-up to 0.01
 * @param perCapitaIncome  householdIncome / member count, rounded half-up to 0.01
 */
public record HouseholdFacts(
        String householdNo,
        String townshipCode,
        LocalDate asOf,
        List<MemberFacts> members,
        BigDecimal householdIncome,
        BigDecimal perCapitaIncome,
        List<AssistanceRow> assistance,
        List<RealEstateRow> realEstate,
        List<VehicleRow> vehicles,
        List<SpouseLink> spousesOutside) {

    public HouseholdFacts {
        Objects.requireNonNull(householdNo, "householdNo");
        Objects.requireNonNull(asOf, "asOf");
        members = List.copyOf(members);
        assistance = List.copyOf(assistance);
        realEstate = List.copyOf(realEstate);
        vehicles = List.copyOf(vehicles);
        spousesOutside = List.copyOf(spousesOutside);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("household " + householdNo + " has no member");
        }
    }

    public int memberCount() {
        return members.size();
    }

    /** Members with relation 02. */
    public int headCount() {
        int n = 0;
        for (MemberFacts m : members) {
            if (m.person().isHead()) {
                n++;
            }
        }
        return n;
    }

    /** Member-months with a social-insurance or provident-fund row in the window. */
    public int recordedMonths() {
        int n = 0;
        for (MemberFacts m : members) {
            n += m.recordedMonths();
        }
        return n;
    }

    /** Member-months whose income was imputed. */
    public int imputedMonths() {
        int n = 0;
        for (MemberFacts m : members) {
            n += m.imputedMonths();
        }
        return n;
    }

    /**
     * One member.
     *
     * @param age            whole years completed on the as-of date (a birthday on that date counts)
     * @param income         exact (unrounded) income over the window
     * @param recordedMonths months of the window with a social-insurance or provident-fund row
     * @param imputedMonths  months of the window whose income was imputed
     * @param months         the twelve months in detail (explanations only; empty in a build)
     */
    public record MemberFacts(PersonRow person, int age, boolean workingAge, BigDecimal income,
            int recordedMonths, int imputedMonths, List<MonthIncome> months) {
        public MemberFacts {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(income, "income");
            months = List.copyOf(months);
        }
    }

    /**
     * One member-month: E (employee pension base), B (provident-fund deposit base), P (provident-fund
     * deposit), R (retiree + resident pension), and the income the month counts.
     *
     * @param recorded whether a social-insurance or provident-fund row exists for the month
     * @param imputed  whether the income is the imputed working-age income
     */
    public record MonthIncome(YearMonth month, BigDecimal e, BigDecimal b, BigDecimal p, BigDecimal r,
            boolean recorded, boolean imputed, BigDecimal income) {
    }

    /** A member married on the as-of date to a NORMAL person of another household (latest event: MARRIAGE). */
    public record SpouseLink(String memberIdNo, String spouseIdNo, String spouseHouseholdNo, LocalDate marriageDate) {
    }
}
