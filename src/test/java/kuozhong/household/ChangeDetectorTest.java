package kuozhong.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Changes over three list versions (target-list.md, "Versions and changes"). */
class ChangeDetectorTest {
    private static final LocalDate V1 = LocalDate.of(2025, 1, 15);
    private static final LocalDate V2 = LocalDate.of(2025, 2, 15);
    private static final LocalDate V3 = LocalDate.of(2025, 3, 15);

    private static HouseholdDecision decision(String householdNo, String township, String... reasons) {
        BigDecimal income = new BigDecimal("30000.00");
        return new HouseholdDecision(householdNo, township, 1, income, income, reasons.length == 0,
                List.of(reasons), List.of(), List.of(), List.of());
    }

    private static ListResult list(LocalDate asOf, HouseholdDecision... households) {
        return new ListResult(asOf, LocalDate.of(2024, 1, 1), List.of(households), Map.of(), households.length);
    }

    @Test
    void threeVersions() {
        // v1: H1 in, H2 in, H3 out, H4 in
        ListResult v1 = list(V1,
                decision("H1", "331126001"),
                decision("H2", "331126002"),
                decision("H3", "331126003", "VEHICLE"),
                decision("H4", "331126101"));
        // first version: every included household ADDED, previous_as_of empty
        assertThat(ChangeDetector.compare(Map.of(), null, v1))
                .extracting(Change::householdNo, Change::change, Change::reasons, Change::previousAsOf)
                .containsExactly(
                        tuple("H1", Change.Type.ADDED, List.of(), null),
                        tuple("H2", Change.Type.ADDED, List.of(), null),
                        tuple("H4", Change.Type.ADDED, List.of(), null));

        // v2: H1 still in (no change), H2 out now (REMOVED with its new reasons, new township),
        //     H3 in now (ADDED), H4 gone (HOUSEHOLD_GONE, keeps 331126101), H5 new and in (ADDED), H6 new and out
        ListResult v2 = list(V2,
                decision("H1", "331126001"),
                decision("H2", "331126003", "ASSISTANCE_DIBAO", "INCOME_BELOW_FLOOR"),
                decision("H3", "331126003"),
                decision("H5", "331126002"),
                decision("H6", "331126002", "INCOME_ABOVE_CEILING"));
        assertThat(ChangeDetector.compare(ChangeDetector.entriesOf(v1), V1, v2))
                .extracting(Change::householdNo, Change::townshipCode, Change::change, Change::reasons, Change::previousAsOf)
                .containsExactly(
                        tuple("H2", "331126003", Change.Type.REMOVED, List.of("ASSISTANCE_DIBAO", "INCOME_BELOW_FLOOR"), V1),
                        tuple("H3", "331126003", Change.Type.ADDED, List.of(), V1),
                        tuple("H4", "331126101", Change.Type.HOUSEHOLD_GONE, List.of(), V1),
                        tuple("H5", "331126002", Change.Type.ADDED, List.of(), V1));

        // v3: H2 gone but it was already out (no change), H4 back and in (ADDED), H6 still out (no change),
        //     H5 gone (HOUSEHOLD_GONE), H1 and H3 unchanged
        ListResult v3 = list(V3,
                decision("H1", "331126001"),
                decision("H3", "331126003"),
                decision("H4", "331126101"),
                decision("H6", "331126002", "INCOME_ABOVE_CEILING"));
        assertThat(ChangeDetector.compare(ChangeDetector.entriesOf(v2), V2, v3))
                .extracting(Change::householdNo, Change::townshipCode, Change::change, Change::previousAsOf)
                .containsExactly(
                        tuple("H4", "331126101", Change.Type.ADDED, V2),
                        tuple("H5", "331126002", Change.Type.HOUSEHOLD_GONE, V2));
    }
}
