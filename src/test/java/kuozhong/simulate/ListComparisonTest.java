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

    private static HouseholdDecision in(String hno, String township) {
        return new HouseholdDecision(hno, township, 2, new BigDecimal("50000.00"), new BigDecimal("25000.00"), true,
                List.of(), List.of(), List.of(), List.of());
    }

    private static HouseholdDecision out(String hno, String township, String... reasons) {
        return new HouseholdDecision(hno, township, 2, new BigDecimal("50000.00"), new BigDecimal("25000.00"), false,
                List.of(reasons), List.of(), List.of(), List.of());
    }
}
