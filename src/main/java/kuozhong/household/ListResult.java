package kuozhong.household;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A built list: one decision per evaluated household, sorted by household_no, and the counts of the run. */
public final class ListResult {
    private final LocalDate asOf;
    private final LocalDate policyEffectiveFrom;
    private final List<HouseholdDecision> households;
    private final Map<String, Long> rowsRead;
    private final long normalPersons;
    private final int included;
    private final java.util.Set<kuozhong.ingest.Source> missingOptional;
    private final List<kuozhong.household.visit.VisitInForce> unknownHouseholdVisits;

    /**
     * @param rowsRead rows pushed by each source, keyed by extract name ({@code person}, {@code social_insurance}, …)
     */
    public ListResult(LocalDate asOf, LocalDate policyEffectiveFrom, List<HouseholdDecision> households,
            Map<String, Long> rowsRead, long normalPersons) {
        this(asOf, policyEffectiveFrom, households, rowsRead, normalPersons, java.util.Set.of(), List.of());
    }

    /**
     * @param missingOptional        optional sources of profile.md without a snapshot on or before the as-of date
     * @param unknownHouseholdVisits the latest visits of household numbers with no NORMAL member on the as-of date,
     *                               sorted by household_no
     */
    public ListResult(LocalDate asOf, LocalDate policyEffectiveFrom, List<HouseholdDecision> households,
            Map<String, Long> rowsRead, long normalPersons, java.util.Set<kuozhong.ingest.Source> missingOptional,
            List<kuozhong.household.visit.VisitInForce> unknownHouseholdVisits) {
        this.missingOptional = java.util.Set.copyOf(missingOptional);
        this.unknownHouseholdVisits = List.copyOf(unknownHouseholdVisits);
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.policyEffectiveFrom = policyEffectiveFrom;
        this.households = List.copyOf(households);
        this.rowsRead = Collections.unmodifiableMap(new LinkedHashMap<>(rowsRead));
        this.normalPersons = normalPersons;
        for (int i = 1; i < this.households.size(); i++) {
            if (this.households.get(i - 1).householdNo().compareTo(this.households.get(i).householdNo()) >= 0) {
                throw new IllegalArgumentException("households must be sorted by household_no without repeats");
            }
        }
        int n = 0;
        for (HouseholdDecision d : this.households) {
            if (d.included()) {
                n++;
            }
        }
        this.included = n;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** effective_from of the policy set used. */
    public LocalDate policyEffectiveFrom() {
        return policyEffectiveFrom;
    }

    /** Every evaluated household, sorted by household_no ({@link String#compareTo}: binary order, like SQL collation "C"). */
    public List<HouseholdDecision> households() {
        return households;
    }

    /** Rows pushed by each source, by extract name. */
    public Map<String, Long> rowsRead() {
        return rowsRead;
    }

    /** Rows of the person snapshot, any status. */
    public long personsRead() {
        return rowsRead.getOrDefault("person", 0L);
    }

    /** Persons with status NORMAL: the members of the evaluated households. */
    public long normalPersons() {
        return normalPersons;
    }

    public int householdsEvaluated() {
        return households.size();
    }

    public int included() {
        return included;
    }

    public int excluded() {
        return households.size() - included;
    }

    /**
     * True when none or all of the evaluated households are included (or none was evaluated): such
     * a list almost always means a missing or broken source, so the command refuses it unless told
     * {@code --allow-degenerate}.
     */
    public boolean degenerate() {
        return included == 0 || included == households.size();
    }

    /** The optional sources of profile.md without a snapshot on or before the as-of date. */
    public java.util.Set<kuozhong.ingest.Source> missingOptional() {
        return missingOptional;
    }

    /** The latest visits of household numbers with no NORMAL member on the as-of date (visits-report.csv). */
    public List<kuozhong.household.visit.VisitInForce> unknownHouseholdVisits() {
        return unknownHouseholdVisits;
    }

    /** The households whose only data reason is INCOME_BELOW_FLOOR, sorted by household_no. */
    public List<HouseholdDecision> referrals() {
        return households.stream().filter(HouseholdDecision::referral).toList();
    }
}
