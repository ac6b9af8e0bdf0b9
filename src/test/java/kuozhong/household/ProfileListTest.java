package kuozhong.household;

import static kuozhong.household.ListFixture.D;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kuozhong.household.profile.MarketEntityRow;
import kuozhong.household.profile.SelfPayRow;
import kuozhong.household.visit.VisitStatus;

/**
 * profile.md through the list build (D = 2025-03-15, window 2024-03 … 2025-02): the gathering of the optional
 * sources and visits, the data decision beside the final one, changes and referrals.
 */
class ProfileListTest {
    private static final LocalDate LONG_AGO = LocalDate.of(2015, 6, 1);
    private final ListFixture f = new ListFixture();

    private String retiree(String hh, String pension) {
        String id = f.personAged(hh, "02", 70);
        f.si(id, 202406, "RETIREE_PENSION", pension);
        return id;
    }

    @Test
    void employedMonthsAreDistinctWindowMonthsWithAnEmployeePensionOrProvidentFundRow() {
        f.allSources();
        String a = retiree("H1", "40000.00");
        // 202403-202405 pension, 202405-202407 provident fund (202405 twice counts once), 202402 outside the window,
        // a RETIREE_PENSION month does not count: 3 + 2 = 5 distinct months < 6
        for (int ym : new int[] {202402, 202403, 202404, 202405}) {
            f.si(a, ym, "EMPLOYEE_PENSION", "1000.00");
        }
        f.pf(a, 202405, "1000.00", "0.00");
        f.pf(a, 202406, "1000.00", "0.00");
        f.pf(a, 202407, "1000.00", "0.00");
        HouseholdDecision five = f.decision("H1");
        assertThat(five.profile().profile().categories()).doesNotContain("EMPLOYMENT");
        // one more provident-fund month, whatever its amounts: 6 ≥ 6
        f.pf(a, 202502, "0.01", "0.00");
        HouseholdDecision six = f.decision("H1");
        assertThat(six.profile().profile().categories()).contains("EMPLOYMENT");
        assertThat(six.profile().profile().labels()).contains("EMPLOYEE");
    }

    @Test
    void optionalSourcesAreGatheredForMembersAndTheWindowOnly() {
        f.allSources();
        String a = retiree("H1", "40000.00");
        String outsider = ListFixture.id(LocalDate.of(1970, 1, 1), 90, true);
        f.entities.add(new MarketEntityRow("91350100M000100Y43", "ENTERPRISE", a, "ACTIVE", LONG_AGO, null, null, null));
        f.entities.add(new MarketEntityRow("91110000600037341L", "ENTERPRISE", outsider, "ACTIVE", LONG_AGO, null,
                null, null));
        f.selfPay.add(new SelfPayRow(a, 202403, new BigDecimal("20000.00")));
        f.selfPay.add(new SelfPayRow(a, 202402, new BigDecimal("5000.00"))); // before the window: not counted
        HouseholdDecision d = f.decision("H1");
        assertThat(d.profile().profile().categories()).containsExactly("BUSINESS");
        // 20000.00 is not above 20000.00
        assertThat(d.profile().profile().labels()).containsExactly("BUSINESS_OPERATOR", "NO_OWN_HOME");
        assertThat(d.profile().profile().suggestedProducts()).containsExactly("JINGYING", "ANJU");
    }

    @Test
    void aVisitOverridesTheDataDecisionWhichIsKeptBeside() {
        retiree("EX", "40000.00");                                   // included by the data, EXCLUDE visit
        f.visit("EX", D.minusDays(10), "EXCLUDE", "INCOME_HIGHER", null, D.minusDays(5), 1);
        String b = retiree("IN", "10000.00");                        // below the floor, INCLUDE visit
        f.car("浙K1", b, "300000.00", LONG_AGO);
        f.visit("IN", D.minusDays(10), "INCLUDE", "INCOME_NOT_BELOW_FLOOR", null, D.minusDays(5), 1);
        String c = retiree("AS", "10000.00");                        // DIBAO: the INCLUDE is not applied
        f.assistance(c, "DIBAO", LONG_AGO, null);
        f.visit("AS", D.minusDays(10), "INCLUDE", "INCOME_LOWER", null, D.minusDays(5), 1);
        retiree("GONE", "40000.00");
        f.visit("NOBODY", D.minusDays(3), "CONFIRM", null, null, D.minusDays(1), 1);
        ListResult r = f.build();
        Map<String, HouseholdDecision> byNo = new java.util.HashMap<>();
        r.households().forEach(d -> byNo.put(d.householdNo(), d));

        HouseholdDecision ex = byNo.get("EX");
        assertThat(ex.included()).isFalse();
        assertThat(ex.reasons()).containsExactly("FIELD_VISIT_EXCLUDED");
        assertThat(ex.dataIncluded()).isTrue();
        assertThat(ex.profile().profile().categories()).isEmpty(); // excluded: no profile

        HouseholdDecision in = byNo.get("IN");
        assertThat(in.included()).isTrue();
        assertThat(in.reasons()).isEmpty();
        assertThat(in.dataReasons()).containsExactly("VEHICLE", "INCOME_BELOW_FLOOR");
        // categories follow the data: 10000.00 < 30780.00
        assertThat(in.profile().profile().categories()).containsExactly("SAFETY_NET");
        assertThat(in.profile().industry()).isEqualTo("A");
        assertThat(in.profile().financingNeed()).isEqualTo("JINGYING");

        HouseholdDecision as = byNo.get("AS");
        assertThat(as.included()).isFalse();
        assertThat(as.profile().visitStatus()).isEqualTo(VisitStatus.INCLUDE_NOT_APPLIED);
        assertThat(as.profile().notApplied()).containsExactly("ASSISTANCE_DIBAO");

        assertThat(r.unknownHouseholdVisits()).extracting(v -> v.latest().householdNo()).containsExactly("NOBODY");

        // referrals follow the data decision: IN (VEHICLE too) is no referral, EX never was
        assertThat(r.referrals()).isEmpty();
        // the first version: IN is included only by the visit
        List<Change> first = ChangeDetector.compare(Map.of(), null, r);
        assertThat(first).extracting(Change::householdNo, Change::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GONE", Change.Type.ADDED),
                org.assertj.core.groups.Tuple.tuple("IN", Change.Type.ADDED_BY_VISIT));
        // against a version that included EX: REMOVED_BY_VISIT with its final reasons
        List<Change> next = ChangeDetector.compare(Map.of("EX", new PreviousEntry(true, ListFixture.T1),
                "IN", new PreviousEntry(true, ListFixture.T1), "GONE", new PreviousEntry(true, ListFixture.T1)),
                D.minusMonths(1), r);
        assertThat(next).extracting(Change::householdNo, Change::change, Change::reasons).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EX", Change.Type.REMOVED_BY_VISIT, List.of("FIELD_VISIT_EXCLUDED")));
    }

    @Test
    void aReferralStaysAReferralWhenAVisitIncludesOrExcludesIt() {
        retiree("POOR", "10000.00");
        f.visit("POOR", D.minusDays(1), "INCLUDE", "INCOME_NOT_BELOW_FLOOR", null, D, 1);
        retiree("POOR2", "10000.00");
        f.visit("POOR2", D.minusDays(1), "EXCLUDE", "DECLINED", null, D, 1);
        ListResult r = f.build();
        assertThat(r.referrals()).extracting(HouseholdDecision::householdNo).containsExactly("POOR", "POOR2");
        assertThat(r.households().get(0).included()).isTrue();
        assertThat(r.households().get(1).reasons()).containsExactly("INCOME_BELOW_FLOOR", "FIELD_VISIT_EXCLUDED");
    }

    @Test
    void theVisitsReportListsEachKindInOrder() {
        retiree("B", "40000.00");                                    // included, never visited
        retiree("A", "40000.00");
        f.visit("A", LocalDate.of(2024, 1, 10), "CONFIRM", null, null, LocalDate.of(2024, 1, 20), 1); // expired
        String c = retiree("C", "10000.00");
        f.assistance(c, "TEKUN", LONG_AGO, null);
        f.visit("C", D, "INCLUDE", "OTHER", null, D, 1);
        f.visit("ZZ", D, "EXCLUDE", "NOT_LIVING_HERE", null, D, 1);
        f.visits.add(new kuozhong.household.visit.VisitRow("YY", D, "BANK", "B7", "CONFIRM", null, null, null, null,
                null, D, "visits-b.csv", 3));
        List<VisitsReport.Row> rows = VisitsReport.rows(f.build());
        assertThat(rows).extracting(VisitsReport.Row::kind, VisitsReport.Row::householdNo, VisitsReport.Row::townshipCode,
                VisitsReport.Row::detail).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NOT_VISITED", "B", ListFixture.T1, ""),
                        org.assertj.core.groups.Tuple.tuple("EXPIRED", "A", ListFixture.T1, ""),
                        org.assertj.core.groups.Tuple.tuple("NOT_APPLIED", "C", ListFixture.T1, "ASSISTANCE_TEKUN"),
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN_HOUSEHOLD", "YY", "", ""),
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN_HOUSEHOLD", "ZZ", "331126101", ""));
    }
}
