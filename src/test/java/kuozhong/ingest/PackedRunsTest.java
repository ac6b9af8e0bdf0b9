package kuozhong.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The packed layout of the monthly series: what is packed is what unpacks, run by run, in record order. */
class PackedRunsTest {
    private static final String A = "330102199001011234";
    private static final String B = "330102199202025678";

    @Test
    void recordsOfOnePersonInARowBecomeOneRunThatUnpacksToTheSameValues() {
        List<Object[]> records = List.of(
                si(1, A, 202401, "EMPLOYEE_PENSION", "0.01", "某某公司𠀾𡃁"),
                si(2, A, 202312, "RETIREE_PENSION", "99999999999999.99", null),
                si(3, A, 202405, null, "4200", ""),
                si(5, A, 202402, "RESIDENT_PENSION", null, "a\"b,c\nd\u0000é"));
        List<Object[]> runs = pack(Source.SOCIAL_INSURANCE, records);

        assertThat(runs).hasSize(1);
        Object[] run = runs.get(0);
        assertThat(Arrays.copyOf(run, 6)).containsExactly(7L, 1L, A, 202312, 202405, 4);
        assertThat(unpack(Source.SOCIAL_INSURANCE, runs)).containsExactly(
                row(1, A, 202401, "EMPLOYEE_PENSION", new BigDecimal("0.01"), "某某公司𠀾𡃁"),
                row(2, A, 202312, "RETIREE_PENSION", new BigDecimal("99999999999999.99"), null),
                row(3, A, 202405, null, new BigDecimal("4200.00"), ""),
                row(5, A, 202402, "RESIDENT_PENSION", null, "a\"b,c\nd\u0000é"));
    }

    @Test
    void valuesRepeatedInARunAcrossNullsAndScalesComeBackAsStored() {
        List<Object[]> records = List.of(pf(1, A, 202401, "5000.5", "0", "甲"), pf(2, A, 202401, "5000.50", "0.00", null),
                pf(3, A, 202312, "5000.50", "250.25", "甲"), pf(4, A, 199001, "5000.5", "250.25", "甲"),
                pf(5, A, 299912, "1", "0", ""), pf(6, A, 299912, "1", "0", ""));
        List<Object[]> runs = pack(Source.PROVIDENT_FUND, records);

        assertThat(runs).hasSize(1);
        assertThat(Arrays.copyOf(runs.get(0), 6)).containsExactly(7L, 1L, A, 199001, 299912, 6);
        assertThat(unpack(Source.PROVIDENT_FUND, runs)).containsExactly(
                row(1, A, 202401, new BigDecimal("5000.50"), new BigDecimal("0.00"), "甲"),
                row(2, A, 202401, new BigDecimal("5000.50"), new BigDecimal("0.00"), null),
                row(3, A, 202312, new BigDecimal("5000.50"), new BigDecimal("250.25"), "甲"),
                row(4, A, 199001, new BigDecimal("5000.50"), new BigDecimal("250.25"), "甲"),
                row(5, A, 299912, new BigDecimal("1.00"), new BigDecimal("0.00"), ""),
                row(6, A, 299912, new BigDecimal("1.00"), new BigDecimal("0.00"), ""));
    }

    @Test
    void aFileNotGroupedByPersonStillLoadsInRunsOfOne() {
        List<Object[]> records = List.of(pf(1, A, 202401, "5000.5", "0", "甲"), pf(2, B, 202401, "6000", "600.00", "乙"),
                pf(3, A, 202402, "5000.50", "250.25", "甲"), pf(4, null, 202403, "1", "1", null),
                pf(9, B, 202402, "6000", "600", "乙"), pf(10, B, 202403, "6000", "600", "乙"));
        List<Object[]> runs = pack(Source.PROVIDENT_FUND, records);

        assertThat(runs).extracting(r -> r[1], r -> r[2], r -> r[5])
                .containsExactly(tuple(1L, A, 1), tuple(2L, B, 1), tuple(3L, A, 1), tuple(4L, null, 1),
                        tuple(9L, B, 2));
        assertThat(unpack(Source.PROVIDENT_FUND, runs)).containsExactly(
                row(1, A, 202401, new BigDecimal("5000.50"), new BigDecimal("0.00"), "甲"),
                row(2, B, 202401, new BigDecimal("6000.00"), new BigDecimal("600.00"), "乙"),
                row(3, A, 202402, new BigDecimal("5000.50"), new BigDecimal("250.25"), "甲"),
                row(4, null, 202403, new BigDecimal("1.00"), new BigDecimal("1.00"), null),
                row(9, B, 202402, new BigDecimal("6000.00"), new BigDecimal("600.00"), "乙"),
                row(10, B, 202403, new BigDecimal("6000.00"), new BigDecimal("600.00"), "乙"));
    }

    @Test
    void aLongRunIsSplitSoThatPackingHoldsABoundedRun() {
        List<Object[]> records = new ArrayList<>();
        for (int i = 1; i <= PackedRuns.MAX_RUN * 2 + 1; i++) {
            records.add(si(i, A, 200001 + i % 12, "EMPLOYEE_PENSION", "1", null));
        }
        List<Object[]> runs = pack(Source.SOCIAL_INSURANCE, records);

        assertThat(runs).extracting(r -> r[5]).containsExactly(PackedRuns.MAX_RUN, PackedRuns.MAX_RUN, 1);
        assertThat(runs).extracting(r -> r[1]).containsExactly(1L, 1L + PackedRuns.MAX_RUN,
                1L + 2 * PackedRuns.MAX_RUN);
        assertThat(unpack(Source.SOCIAL_INSURANCE, runs)).hasSize(records.size());
    }

    @Test
    void anAmountThatDecimal16Of2CannotHoldFailsAsItsInsertDid() {
        assertThatThrownBy(() -> pack(Source.SOCIAL_INSURANCE,
                List.<Object[]>of(si(1, A, 202401, "EMPLOYEE_PENSION", "100000000000000.00", null))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyTheMonthlySeriesArePacked() {
        assertThat(Arrays.stream(Source.values()).filter(PackedRuns::packs))
                .containsExactly(Source.SOCIAL_INSURANCE, Source.PROVIDENT_FUND);
        assertThatThrownBy(() -> PackedRuns.of(Source.PERSON)).isInstanceOf(IllegalArgumentException.class);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static Object[] si(long recordNo, String id, int ym, String type, String amount, String employer) {
        return new Object[] {7L, recordNo, id, ym, type, amount == null ? null : new BigDecimal(amount), employer};
    }

    private static Object[] pf(long recordNo, String id, int ym, String base, String deposit, String employer) {
        return new Object[] {7L, recordNo, id, ym, new BigDecimal(base), new BigDecimal(deposit), employer};
    }

    private static List<Object> row(Object... values) {
        List<Object> l = new ArrayList<>(Arrays.asList(values));
        l.set(0, ((Number) values[0]).longValue());
        return l;
    }

    private static List<Object[]> pack(Source source, List<Object[]> records) {
        List<Object[]> runs = new ArrayList<>();
        PackedRuns.Packer packer = PackedRuns.of(source).packer(runs::add);
        records.forEach(packer::add);
        packer.flush();
        packer.flush(); // nothing more
        return runs;
    }

    /** The records of the runs, each its record number, id_no and the values after it. */
    private static List<List<Object>> unpack(Source source, List<Object[]> runs) {
        List<List<Object>> records = new ArrayList<>();
        for (Object[] run : runs) {
            PackedRuns.of(source).unpack((Long) run[1], (byte[]) run[6], (recordNo, values) -> {
                List<Object> r = new ArrayList<>();
                r.add(recordNo);
                r.add(run[2]);
                r.addAll(Arrays.asList(values));
                records.add(r);
            });
        }
        return records;
    }
}
