package kuozhong.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    void onlyTheMonthlySeriesAndTheLedgerTransactionsArePacked() {
        assertThat(Arrays.stream(Source.values()).filter(PackedRuns::packs))
                .containsExactly(Source.SOCIAL_INSURANCE, Source.PROVIDENT_FUND, Source.LOAN_TRANSACTIONS);
        assertThatThrownBy(() -> PackedRuns.of(Source.PERSON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PackedRuns.of(Source.LOANS)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PackedRuns.of(Source.LOAN_TRANSACTIONS).groupField()).isEqualTo("loan_no");
        assertThat(PackedRuns.of(Source.LOAN_TRANSACTIONS).packedFields()).extracting(f -> f.name())
                .containsExactly("txn_id", "txn_date", "txn_type", "amount");
        assertThat(PackedRuns.of(Source.SOCIAL_INSURANCE).groupField()).isEqualTo("id_no");
    }

    @Test
    void theSeriesStillPackToTheBytesThatV11Wrote() {
        // one run of two records as packed before the layouts were generalised: stored rows stay readable
        List<Object[]> runs = pack(Source.PROVIDENT_FUND, List.of(pf(1, A, 202401, "5000.5", "0", "甲"),
                pf(2, A, 202402, "5000.50", "250.25", null)));
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0)).hasSize(7);
        assertThat(java.util.HexFormat.of().formatHex((byte[]) runs.get(0)[6]))
                .isEqualTo("0000c2da18a4853d0001e794b2" + "022802828703"); // as main's PackedRuns packed it
    }

    @Test
    void transactionsOfOneLoanInARowBecomeOneRunThatUnpacksToTheSameValues() {
        String longId = "T" + "𠀾".repeat(30) + "x".repeat(3); // 64 code points, 63 UTF-16 units above the BMP
        List<Object[]> records = List.of(
                txn(1, "T202500000001", "L1", "2025-01-31", "DRAWDOWN", "100000.00"),
                txn(2, "T202500000002", "L1", "2025-02-07", "REPAYMENT", "0.01"),
                txn(3, "T202500000003", "L1", "2025-02-07", "REPAYMENT", "0.01"),
                txn(4, "T202500000010", "L1", "2024-12-31", "REPAYMENT", "99999999999999.99"),
                txn(5, "T20250000001", "L1", "1900-01-01", "DRAWDOWN", "7"),
                txn(6, "T202500000011", "L1", "2999-12-31", null, null),
                txn(7, longId, "L1", "2025-03-01", "REPAYMENT", "1.5"),
                txn(8, longId + "y", "L1", null, "REPAYMENT", "1.50"),
                txn(9, "", "L1", "2025-03-01", "REPAYMENT", "1.5"),
                txn(10, "a\"b,c\nd\u0000é", "L1", "2025-03-02", "REPAYMENT", "2"),
                txn(12, null, "L1", "2025-03-03", "REPAYMENT", "2"),
                txn(13, "T9", "L1", "2025-03-03", "REPAYMENT", "2"));
        List<Object[]> runs = pack(Source.LOAN_TRANSACTIONS, records);

        assertThat(runs).hasSize(1);
        assertThat(Arrays.copyOf(runs.get(0), 4)).containsExactly(7L, 1L, "L1", 12);
        assertThat(runs.get(0)).hasSize(5);
        assertThat(unpack(Source.LOAN_TRANSACTIONS, runs)).containsExactly(
                row(1, "L1", "T202500000001", date("2025-01-31"), "DRAWDOWN", new BigDecimal("100000.00")),
                row(2, "L1", "T202500000002", date("2025-02-07"), "REPAYMENT", new BigDecimal("0.01")),
                row(3, "L1", "T202500000003", date("2025-02-07"), "REPAYMENT", new BigDecimal("0.01")),
                row(4, "L1", "T202500000010", date("2024-12-31"), "REPAYMENT", new BigDecimal("99999999999999.99")),
                row(5, "L1", "T20250000001", date("1900-01-01"), "DRAWDOWN", new BigDecimal("7.00")),
                row(6, "L1", "T202500000011", date("2999-12-31"), null, null),
                row(7, "L1", longId, date("2025-03-01"), "REPAYMENT", new BigDecimal("1.50")),
                row(8, "L1", longId + "y", null, "REPAYMENT", new BigDecimal("1.50")),
                row(9, "L1", "", date("2025-03-01"), "REPAYMENT", new BigDecimal("1.50")),
                row(10, "L1", "a\"b,c\nd\u0000é", date("2025-03-02"), "REPAYMENT", new BigDecimal("2.00")),
                row(12, "L1", null, date("2025-03-03"), "REPAYMENT", new BigDecimal("2.00")),
                row(13, "L1", "T9", date("2025-03-03"), "REPAYMENT", new BigDecimal("2.00")));
        // an id after the one before is its few last chars: a weekly ledger packs to about 6 bytes a transaction
        // after the first two (the id alone took 14)
        List<Object[]> weekly = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            weekly.add(txn(i, "T2025" + String.format("%08d", 1000 + i), "QYNS20250000001",
                    date("2025-06-20").plusDays(7L * i).toString(), i == 1 ? "DRAWDOWN" : "REPAYMENT",
                    i == 1 ? "200000.00" : "5000.00"));
        }
        assertThat(((byte[]) pack(Source.LOAN_TRANSACTIONS, weekly).get(0)[4]).length).isLessThan(20 * 9);
    }

    @Test
    void aLedgerNotGroupedByLoanLoadsInShorterRunsAndALongLoanIsSplit() {
        List<Object[]> records = new ArrayList<>();
        records.add(txn(1, "T1", "L1", "2025-01-01", "DRAWDOWN", "100"));
        records.add(txn(2, "T2", "L2", "2025-01-01", "DRAWDOWN", "200"));
        records.add(txn(3, "T3", "L1", "2025-01-02", "REPAYMENT", "1"));
        records.add(txn(5, "T5", null, "2025-01-02", "REPAYMENT", "1"));
        for (int i = 6; i < 6 + PackedRuns.MAX_RUN * 2 + 1; i++) {
            records.add(txn(i, "T" + i, "L2", LocalDate.of(2025, 1, 1).plusDays(i).toString(), "REPAYMENT", "1"));
        }
        List<Object[]> runs = pack(Source.LOAN_TRANSACTIONS, records);

        assertThat(runs).extracting(r -> r[1], r -> r[2], r -> r[3]).containsExactly(tuple(1L, "L1", 1),
                tuple(2L, "L2", 1), tuple(3L, "L1", 1), tuple(5L, null, 1), tuple(6L, "L2", PackedRuns.MAX_RUN),
                tuple(6L + PackedRuns.MAX_RUN, "L2", PackedRuns.MAX_RUN), tuple(6L + 2 * PackedRuns.MAX_RUN, "L2", 1));
        List<List<Object>> back = unpack(Source.LOAN_TRANSACTIONS, runs);
        assertThat(back).hasSize(records.size());
        for (int i = 0; i < records.size(); i++) {
            Object[] r = records.get(i);
            assertThat(back.get(i)).containsExactly(r[1], r[3], r[2], r[4], r[5],
                    ((BigDecimal) r[6]).setScale(2));
        }
    }

    @Test
    void aDamagedRunFailsInsteadOfGivingOtherValues() {
        List<Object[]> runs = pack(Source.LOAN_TRANSACTIONS, List.of(txn(1, "T202500000001", "L1", "2025-01-31",
                "DRAWDOWN", "100000.00"), txn(2, "T202500000002", "L1", "2025-02-07", "REPAYMENT", "1")));
        byte[] packed = (byte[]) runs.get(0)[4];
        assertThatThrownBy(() -> PackedRuns.of(Source.LOAN_TRANSACTIONS).unpack(1, Arrays.copyOf(packed,
                packed.length - 1), (n, v) -> { })).isInstanceOf(IllegalStateException.class);
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

    private static Object[] txn(long recordNo, String txnId, String loanNo, String date, String type, String amount) {
        return new Object[] {7L, recordNo, txnId, loanNo, date == null ? null : date(date), type,
            amount == null ? null : new BigDecimal(amount)};
    }

    private static LocalDate date(String d) {
        return LocalDate.parse(d);
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

    /** The records of the runs, each its record number, its group value and the other values. */
    private static List<List<Object>> unpack(Source source, List<Object[]> runs) {
        List<List<Object>> records = new ArrayList<>();
        for (Object[] run : runs) {
            PackedRuns.of(source).unpack((Long) run[1], (byte[]) run[run.length - 1], (recordNo, values) -> {
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
