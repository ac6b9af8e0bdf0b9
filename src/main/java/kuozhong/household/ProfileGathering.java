package kuozhong.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;

import kuozhong.household.HouseholdFacts.MemberFacts;
import kuozhong.household.profile.HomesteadRow;
import kuozhong.household.profile.MarketEntityRow;
import kuozhong.household.profile.ProfileFacts;
import kuozhong.household.profile.SelfPayRow;
import kuozhong.household.visit.VisitInForce;
import kuozhong.household.visit.VisitRow;
import kuozhong.ingest.Source;

/**
 * What {@link ListBuilder}'s gathering keeps for profile.md: each member's employed months (12-bit masks of
 * the window months with an EMPLOYEE_PENSION row, and with a provident-fund row), the members' market entities, homestead
 * and self-pay rows by household, and every visit considered for D by household_no.
 */
final class ProfileGathering {
    private final LocalDate asOf;
    private final String only;
    private final IntUnaryOperator monthIndex;
    private final ToIntFunction<String> memberHousehold;
    private final ToIntFunction<String> personSlot;
    private final int[] employed;
    private final int[] funded;
    private final List<MarketEntityRow>[] entities;
    private final List<HomesteadRow>[] homesteads;
    private final List<SelfPayRow>[] selfPay;
    private final Map<String, List<VisitRow>> visits = new HashMap<>();
    private Set<Source> missing = Set.copyOf(Source.optionalGovernment());

    @SuppressWarnings("unchecked")
    ProfileGathering(LocalDate asOf, String only, int households, int persons, IntUnaryOperator monthIndex,
            ToIntFunction<String> memberHousehold, ToIntFunction<String> personSlot) {
        this.asOf = asOf;
        this.only = only;
        this.monthIndex = monthIndex;
        this.memberHousehold = memberHousehold;
        this.personSlot = personSlot;
        this.employed = new int[persons];
        this.funded = new int[persons];
        this.entities = new List[households];
        this.homesteads = new List[households];
        this.selfPay = new List[households];
    }

    /** A window month with an EMPLOYEE_PENSION row of the person at {@code slot}. */
    void employedIn(int slot, int month) {
        employed[slot] |= 1 << month;
    }

    /**
     * A window month with a provident-fund row of the person at {@code slot}: an employed month too, kept
     * apart from {@link #employedIn} so that the two snapshots can be read at the same time.
     */
    void fundedIn(int slot, int month) {
        funded[slot] |= 1 << month;
    }

    void read(ListSources sources, Map<String, Long> rowsRead) {
        missing = Set.copyOf(sources.missingOptional());
        long[] read = new long[4];
        sources.marketEntities(e -> {
            read[0]++;
            add(entities, memberHousehold.applyAsInt(e.operatorIdNo()), e);
        });
        sources.homesteads(h -> {
            read[1]++;
            add(homesteads, memberHousehold.applyAsInt(h.ownerIdNo()), h);
        });
        sources.medicalSelfPay(r -> {
            read[2]++;
            if (monthIndex.applyAsInt(r.yearMonth()) >= 0) {
                add(selfPay, memberHousehold.applyAsInt(r.idNo()), r);
            }
        });
        sources.visits(v -> {
            read[3]++;
            if (v.consideredOn(asOf) && (only == null || only.equals(v.householdNo()))) {
                visits.computeIfAbsent(v.householdNo(), k -> new ArrayList<>(1)).add(v);
            }
        });
        for (Source s : Source.optionalGovernment()) {
            if (!missing.contains(s)) {
                rowsRead.put(s.id(), read[s == Source.MARKET_ENTITY ? 0 : s == Source.HOMESTEAD ? 1 : 2]);
            }
        }
        rowsRead.put(Source.VISITS.id(), read[3]);
    }

    private static <T> void add(List<T>[] lists, int h, T row) {
        if (h < 0) {
            return;
        }
        if (lists[h] == null) {
            lists[h] = new ArrayList<>(2);
        }
        lists[h].add(row);
    }

    Set<Source> missing() {
        return missing;
    }

    /** The latest visit of a household for D. */
    VisitInForce visit(String householdNo) {
        List<VisitRow> v = visits.get(householdNo);
        return v == null ? VisitInForce.NONE : VisitInForce.of(v, asOf);
    }

    /** The latest visits of household numbers that no evaluated household has, by household_no. */
    List<VisitInForce> unknownHouseholdVisits(List<HouseholdDecision> evaluated) {
        Set<String> known = new java.util.HashSet<>();
        for (HouseholdDecision d : evaluated) {
            known.add(d.householdNo());
        }
        Map<String, VisitInForce> unknown = new TreeMap<>();
        visits.forEach((householdNo, v) -> {
            if (!known.contains(householdNo)) {
                unknown.put(householdNo, VisitInForce.of(v, asOf));
            }
        });
        return List.copyOf(unknown.values());
    }

    /** The profile facts of the gathered household at {@code slot}. */
    ProfileFacts facts(int slot, HouseholdFacts household) {
        Map<String, Integer> months = new HashMap<>();
        for (MemberFacts m : household.members()) {
            int s = personSlot.applyAsInt(m.person().idNo());
            int mask = s < 0 ? 0 : employed[s] | funded[s];
            if (mask != 0) {
                months.put(m.person().idNo(), Integer.bitCount(mask));
            }
        }
        return new ProfileFacts(household, months, orEmpty(entities[slot]), orEmpty(homesteads[slot]),
                orEmpty(selfPay[slot]), missing);
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }
}
