package kuozhong.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kuozhong.ingest.FileLoadDao;
import kuozhong.ingest.Source;
import kuozhong.settlement.LoanTransaction;
import kuozhong.settlement.jdbc.SettlementStore;
import kuozhong.testing.PackedTables;
import kuozhong.testing.TestDatabase;

/**
 * Migration V12 on a database whose ledger transactions were loaded one row a record (up to V11): every
 * loan_transactions table becomes packed under its own name and the settlement reads back the same transactions,
 * each loan's in the same order; a loans table, a packed monthly series and a load whose table is gone are left
 * alone.
 */
class PackedLoanTransactionsMigrationIT {
    private static final String A = "330102199001011234";

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loadTablesOfTheLedgerTransactionsArePackedInPlace(TestDatabase db) {
        String url = db.url(home);
        db.migrate(url, "11");
        Jdbi jdbi = Jdbi.create(url).installPlugin(new SqlObjectPlugin());
        int records = 700; // a loan of more than PackedRuns.MAX_RUN transactions too
        jdbi.useHandle(h -> {
            load(h, 1, "loans", "kz_loans_1");
            load(h, 2, "loan_transactions", "kz_loan_transactions_2");
            load(h, 3, "loan_transactions", "kz_loan_transactions_3"); // its table dropped (a failed load)
            load(h, 4, "loan_transactions", "kz_loan_transactions_4");
            load(h, 5, "provident_fund", "kz_provident_fund_5");
            h.execute(SqlFiles.withTable("kuozhong/ingest/sql/create-loans.sql", "kz_loans_1"));
            h.execute("INSERT INTO kz_loans_1 VALUES (1, 1, 'L1', ?, 'JINGYING', 'BUSINESS', DATE '2025-01-01',"
                    + " DATE '2027-01-01', 100000.00, 0.0345, 0.0435, 'N')", A);
            for (String t : List.of("kz_loan_transactions_2", "kz_loan_transactions_4")) {
                h.execute("CREATE TABLE " + t + " (load_id BIGINT NOT NULL, record_no BIGINT NOT NULL,"
                        + " txn_id VARCHAR(128), loan_no VARCHAR(128), txn_date DATE, txn_type VARCHAR(10),"
                        + " amount DECIMAL(16,2))");
            }
            h.execute(Source.PROVIDENT_FUND.loadTableSql("create", "kz_provident_fund_5"));
            h.execute("INSERT INTO kz_provident_fund_5 VALUES (5, 1, ?, 202401, 202401, 1, ?)", A, new byte[] {0, 0});
            // written out of record order, as a table may hold them; loans not grouped: L1, L2, then L1 again
            for (int i = records; i >= 1; i--) {
                h.execute("INSERT INTO kz_loan_transactions_2 VALUES (2, ?, ?, ?, ?, ?, ?)", i, txnId(i), loanNo(i),
                        date(i), i % 100 == 1 ? "DRAWDOWN" : "REPAYMENT", amount(i));
            }
            h.execute("INSERT INTO kz_loan_transactions_4 VALUES (4, 1, 'T1', 'L9', DATE '2025-01-01', 'DRAWDOWN',"
                    + " 1.00)");
        });

        db.migrate(url, null);

        jdbi.useHandle(h -> {
            // L1 1..300 (256 + 44), L2 301..350, L1 351..700 (256 + 94)
            assertThat(h.createQuery("SELECT COUNT(*) FROM kz_loan_transactions_2").mapTo(Long.class).one())
                    .isEqualTo(5);
            assertThat(h.createQuery("SELECT SUM(records) FROM kz_loan_transactions_2").mapTo(Long.class).one())
                    .isEqualTo(records);
            assertThat(h.createQuery("SELECT COUNT(*) FROM kz_loan_transactions_4").mapTo(Long.class).one())
                    .isEqualTo(1);
            assertThat(h.createQuery("SELECT COUNT(*) FROM kz_provident_fund_5").mapTo(Long.class).one())
                    .isEqualTo(1);
        });
        List<Map<String, Object>> packed = PackedTables.records(jdbi, Source.LOAN_TRANSACTIONS,
                "kz_loan_transactions_2");
        assertThat(packed).hasSize(records);
        for (int i = 1; i <= records; i++) {
            assertThat(packed.get(i - 1)).containsExactly(Map.entry("record_no", (long) i),
                    Map.entry("txn_id", txnId(i)), Map.entry("loan_no", loanNo(i)), Map.entry("txn_date", date(i)),
                    Map.entry("txn_type", i % 100 == 1 ? "DRAWDOWN" : "REPAYMENT"),
                    Map.entry("amount", amount(i)));
        }

        FileLoadDao loads = jdbi.onDemand(FileLoadDao.class);
        SettlementStore.Ledger ledger = new SettlementStore(jdbi).readLedger(loads.find(1).orElseThrow(),
                loads.find(2).orElseThrow());
        assertThat(ledger.loans()).extracting(l -> l.loanNo()).containsExactly("L1");
        assertThat(ledger.transactions()).containsOnlyKeys("L1", "L2");
        for (String loan : List.of("L1", "L2")) {
            List<LoanTransaction> expected = new java.util.ArrayList<>();
            for (int i = 1; i <= records; i++) {
                if (loanNo(i).equals(loan)) {
                    expected.add(new LoanTransaction(txnId(i), loan, date(i),
                            i % 100 == 1 ? LoanTransaction.Type.DRAWDOWN : LoanTransaction.Type.REPAYMENT, amount(i)));
                }
            }
            assertThat(ledger.transactions().get(loan)).containsExactlyElementsOf(expected);
        }
    }

    private static String loanNo(int i) {
        return i > 300 && i <= 350 ? "L2" : "L1";
    }

    private static String txnId(int i) {
        return i == 2 ? "T某𠀾" + "x".repeat(61) : "T2025" + String.format("%08d", 1_000 - i);
    }

    private static LocalDate date(int i) {
        return LocalDate.of(2025, 1, 1).plusDays(i % 365);
    }

    private static BigDecimal amount(int i) {
        return new BigDecimal(i == 1 ? "99999999999999.99" : i % 7 == 0 ? "0.01" : "5000.00");
    }

    private static void load(Handle h, long id, String source, String table) {
        h.execute("INSERT INTO kz_file_load (load_id, delivery, delivery_date, source, file_name, sha256, encoding,"
                + " manifest_rows, records, loaded, state, data_table, started_at) VALUES (?, ?, DATE '2025-01-10', ?, ?, 'x',"
                + " 'UTF-8', 0, 700, 700, ?, ?, TIMESTAMP '2025-01-11 08:00:00')", id, source.startsWith("loan")
                        ? "bank/2025" : "20250110", source, source + ".csv", id == 3 ? "FAILED" : "LOADED", table);
    }
}
