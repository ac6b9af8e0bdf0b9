package kuozhong.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import kuozhong.household.HouseholdDecision;

/** The moves and counts of simulate.md, one household per kind. */
class ListComparisonTest {
    private static final String T1 = "331126001";
    private static final String T2 = "331126002";

    @Test
    void everyKindOfMoveAndNoRowForAnUnchangedHousehold() throws Exception {
        List<HouseholdDecision> current = List.of(
                in("H01", T1),                                   // stays included: no row
                out("H02", T1, "INCOME_ABOVE_CEILING"),          // ENTER
                in("H03", T1),                                   // LEAVE
                out("H04", T2, "VEHICLE"),                       // REASONS
                out("H05", T2, "VEHICLE"),                       // GONE
                in("H06", T2),                                   // LEAVE: included, not evaluated in the draft
                out("H08", T2, "ASSISTANCE_DIBAO", "INCOME_BELOW_FLOOR")); // unchanged: no row
        List<HouseholdDecision> draft = List.of(
                in("H01", T1),
                in("H02", T1),
                out("H03", T1, "INCOME_ABOVE_CEILING"),
                out("H04", T2, "VEHICLE", "INCOME_ABOVE_CEILING"),
                out("H07", T1, "VEHICLE"),                       // NEW
                in("H09", T2),                                   // ENTER: not evaluated currently
                out("H08", T2, "ASSISTANCE_DIBAO", "INCOME_BELOW_FLOOR"));

        ListComparison c = ListComparison.of(current, draft);

        StringWriter csv = new StringWriter();
        SimulationCsv.writeMoves(csv, c.moves());
        assertThat(csv.toString().lines()).containsExactly(
                "household_no,township_code,township_name,move,current_included,current_reasons,draft_included,"
                        + "draft_reasons,current_data_included,draft_data_included",
                "H02,331126001,濛洲街道,ENTER,N,INCOME_ABOVE_CEILING,Y,,N,Y",
                "H03,331126001,濛洲街道,LEAVE,Y,,N,INCOME_ABOVE_CEILING,Y,N",
                "H04,331126002,松源街道,REASONS,N,VEHICLE,N,VEHICLE;INCOME_ABOVE_CEILING,N,N",
                "H05,331126002,松源街道,GONE,N,VEHICLE,,,N,",
                "H06,331126002,松源街道,LEAVE,Y,,,,Y,",
                "H07,331126001,濛洲街道,NEW,,,N,VEHICLE,,N",
                "H09,331126002,松源街道,ENTER,,,Y,,,Y");
        // 濛洲街道: evaluated in the draft H01 H02 H03 H07 = 4; included currently H01 H03 = 2, in the draft H01 H02 = 2
        // 松源街道: evaluated in the draft H04 H08 H09 = 3; included currently H06 = 1, in the draft H09 = 1
        assertThat(c.townships()).containsExactly(
                new ListComparison.TownshipRow(T1, 4, 2, 2, 1, 1),
                new ListComparison.TownshipRow(T2, 3, 1, 1, 1, 1));
        ListComparison.ReasonRow vehicle = c.reasons().stream().filter(r -> r.code().equals("VEHICLE")).findFirst()
                .orElseThrow();
        // fired: current H04 H05, draft H04 H07; primary likewise
        assertThat(vehicle).isEqualTo(new ListComparison.ReasonRow("VEHICLE", 2, 2, 2, 2));
        ListComparison.ReasonRow ceiling = c.reasons().stream()
                .filter(r -> r.code().equals("INCOME_ABOVE_CEILING")).findFirst().orElseThrow();
        // current H02 (primary); draft H03 (primary) and H04 (not primary)
        assertThat(ceiling).isEqualTo(new ListComparison.ReasonRow("INCOME_ABOVE_CEILING", 1, 2, 1, 1));
        assertThat(c.reasons().get(c.reasons().size() - 1).code()).isEqualTo("FIELD_VISIT_EXCLUDED");
    }

    @Test
    void equalListsGiveNoMove() {
        List<HouseholdDecision> side = List.of(in("H01", T1), out("H02", T2, "VEHICLE"));
        ListComparison c = ListComparison.of(side, side);
        assertThat(c.moves()).isEmpty();
        assertThat(c.townships()).allSatisfy(t -> assertThat(t.difference()).isZero());
    }

    @Test
    void aVisitHoldingAHouseholdWhoseDataDecisionChangesIsDataOnly() throws Exception {
        // H10: included by a visit currently (data N: VEHICLE); the draft's data includes it (data Y), final Y on both
        // H11: excluded on both sides, equal reasons, equal data decision: no row
        // H12: a version built before profile.md (no profile: data = final N); the draft's data N too: no row
        List<HouseholdDecision> current = List.of(
                profiled(in("H10", T1), false, "VEHICLE", "FARMER"),
                profiled(out("H11", T1, "VEHICLE"), false, "VEHICLE", ""),
                out("H12", T2, "VEHICLE"));
        List<HouseholdDecision> draft = List.of(
                profiled(in("H10", T1), true, "", "FARMER"),
                profiled(out("H11", T1, "VEHICLE"), false, "VEHICLE", ""),
                profiled(out("H12", T2, "VEHICLE"), false, "VEHICLE", ""));

        ListComparison c = ListComparison.of(current, draft);

        StringWriter csv = new StringWriter();
        SimulationCsv.writeMoves(csv, c.moves());
        assertThat(csv.toString().lines()).containsExactly(
                "household_no,township_code,township_name,move,current_included,current_reasons,draft_included,"
                        + "draft_reasons,current_data_included,draft_data_included",
                "H10,331126001,濛洲街道,DATA_ONLY,Y,,Y,,N,Y");
        assertThat(Move.dataIncluded(null)).isEmpty();
        assertThat(Move.dataIncluded(current.get(2))).as("no profile: data_included = included").isEqualTo("N");
    }

    @Test
    void categoryCountsOfIncludedHouseholdsByPrimaryCategoryHoldingAndLabel() {
        // current: T1 H20 BUSINESS (holds BUSINESS;FARMER, label BUSINESS_OPERATOR), H21 UNKNOWN (holds EMPLOYMENT);
        //          T2 H22 excluded (FARMER but not counted), H23 without a profile (not counted)
        // draft:   T1 H20 as current; T2 H22 included FARMER (holds FARMER, labels NO_OWN_HOME;EMPLOYEE)
        List<HouseholdDecision> current = List.of(
                profiled(in("H20", T1), true, "", "BUSINESS", List.of("BUSINESS", "FARMER"), List.of("BUSINESS_OPERATOR")),
                profiled(in("H21", T1), true, "", "UNKNOWN", List.of("EMPLOYMENT"), List.of()),
                profiled(out("H22", T2, "VEHICLE"), false, "VEHICLE", "FARMER", List.of("FARMER"), List.of()),
                in("H23", T2));
        List<HouseholdDecision> draft = List.of(
                profiled(in("H20", T1), true, "", "BUSINESS", List.of("BUSINESS", "FARMER"), List.of("BUSINESS_OPERATOR")),
                profiled(in("H22", T2), true, "", "FARMER", List.of("FARMER"), List.of("NO_OWN_HOME", "EMPLOYEE")));

        CategoryCounts k = CategoryCounts.of(current, draft);

        List<String> keys = k.columns();
        assertThat(k.townships()).containsExactly(T1, T2);
        // primary: BUSINESS current T1 1 (H20), draft T1 1; UNKNOWN current 1 (H21), draft 0; FARMER draft T2 1 (H22)
        assertThat(k.of(true, T1, keys.indexOf("primary:BUSINESS"))).isEqualTo(1);
        assertThat(k.of(false, T1, keys.indexOf("primary:BUSINESS"))).isEqualTo(1);
        assertThat(k.of(true, T1, keys.indexOf("primary:UNKNOWN"))).isEqualTo(1);
        assertThat(k.total(false, keys.indexOf("primary:UNKNOWN"))).isZero();
        assertThat(k.of(true, T2, keys.indexOf("primary:FARMER"))).as("H22 excluded currently").isZero();
        assertThat(k.of(false, T2, keys.indexOf("primary:FARMER"))).isEqualTo(1);
        // holding FARMER: current H20 = 1; draft H20 + H22 = 2
        assertThat(k.total(true, keys.indexOf("category:FARMER"))).isEqualTo(1);
        assertThat(k.total(false, keys.indexOf("category:FARMER"))).isEqualTo(2);
        assertThat(k.total(true, keys.indexOf("category:EMPLOYMENT"))).isEqualTo(1);
        assertThat(k.total(false, keys.indexOf("label:EMPLOYEE"))).isEqualTo(1);
        assertThat(k.total(true, keys.indexOf("label:EMPLOYEE"))).isZero();
        assertThat(k.total(true, keys.indexOf("label:BUSINESS_OPERATOR"))).isEqualTo(1);
        // every primary column sums to the included households with a profile: current 2, draft 2
        int cur = 0;
        int dr = 0;
        for (String p : CategoryCounts.PRIMARY) {
            cur += k.total(true, keys.indexOf("primary:" + p));
            dr += k.total(false, keys.indexOf("primary:" + p));
        }
        assertThat(cur).isEqualTo(2);
        assertThat(dr).isEqualTo(2);
    }

    private static HouseholdDecision profiled(HouseholdDecision d, boolean dataIncluded, String dataReasons,
            String primary) {
        return profiled(d, dataIncluded, dataReasons, primary, primary.isEmpty() ? List.of() : List.of(primary),
                List.of());
    }

    private static HouseholdDecision profiled(HouseholdDecision d, boolean dataIncluded, String dataReasons,
            String primary, List<String> categories, List<String> labels) {
        var profile = new kuozhong.household.profile.HouseholdProfile(categories, primary, labels, List.of(),
                List.of(), List.of(), java.util.Map.of());
        return d.withProfile(d.included(), d.reasons(), new kuozhong.household.profile.ProfileDecision(dataIncluded,
                dataReasons.isEmpty() ? List.of() : List.of(dataReasons.split(";")),
                kuozhong.household.visit.VisitStatus.NOT_VISITED, null, List.of(), profile));
    }

    private static HouseholdDecision in(String hno, String township) {
        return new HouseholdDecision(hno, township, 2, new BigDecimal("50000.00"), new BigDecimal("25000.00"), true,
                List.of(), List.of(), List.of(), List.of());
    }

    private static HouseholdDecision out(String hno, String township, String... reasons) {
        return new HouseholdDecision(hno, township, 2, new BigDecimal("50000.00"), new BigDecimal("25000.00"), false,
                List.of(reasons), List.of(), List.of(), List.of());
    }
}
