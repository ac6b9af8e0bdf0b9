package kuozhong.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.bench.BenchLedger;
import kuozhong.generate.InboxGenerator;
import kuozhong.testing.KilledChild;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.Trees;

/**
 * {@code kill -9} at each stage of {@code kz settle}: while loading the ledger, while storing the settlement,
 * and after publishing it while writing the files. The next {@code kz settle} restarts the failed job instance
 * and ends with the files and the stored settlement of an uninterrupted run.
 */
class SettleCrashIT {
    private static final int HOUSEHOLDS = 3_000;
    private static final long SEED = 20251231;
    private static final String AS_OF = "2025-01-10";
    /** Large enough for each stage to last long enough to be caught (about a second each). */
    private static final int LOANS = 20_000;
    private static final int TRANSACTIONS_PER_LOAN = 20;
    private static final List<String> FILES = List.of(SettlementCsvWriter.DETAIL_FILE,
            SettlementCsvWriter.EXCEPTIONS_FILE, SettlementCsvWriter.SUMMARY_FILE);

    @TempDir
    static Path dir;

    @BeforeAll
    static void aListedCountyWithALargeLedgerAndTheUninterruptedSettlement() throws Exception {
        assumeThat(KilledChild.jarBuilt()).as("the packaged jar (run through mvn verify)").isTrue();
        Path listed = dir.resolve("listed");
        Path inbox = listed.resolve("inbox");
        new InboxGenerator().generate(InboxGenerator.Options.of(HOUSEHOLDS, SEED, inbox));
        deleteTree(inbox.resolve("bank"));
        Kz kz = kz(listed);
        assertThat(kz.run("ingest").exitCode()).isZero();
        Kz.Result list = kz.run("list", "build", "--as-of", AS_OF);
        assertThat(list.exitCode()).as(list.all()).isZero();
        BenchLedger.main(new String[] {inbox.resolve("20250110/person.csv").toString(),
                listed.resolve("out/list").resolve(AS_OF).resolve("target-list.csv").toString(), AS_OF,
                inbox.resolve("bank/2025").toString(), Integer.toString(LOANS), Integer.toString(TRANSACTIONS_PER_LOAN)});

        Path clean = Trees.copy(listed, dir.resolve("clean"));
        Kz.Result settled = kz(clean).run("settle", "--year", "2025");
        assertThat(settled.exitCode()).as(settled.all()).isZero();
    }

    @Test
    void killedWhileLoadingTheLedgerTheRestartLoadsItAgainAndSettles() throws Exception {
        Path home = Trees.copy(dir.resolve("listed"), dir.resolve("killed-in-ledger"));
        // the transactions file: 400,000 records, about a second of loading
        KilledChild.killWhen(home, "SELECT COUNT(*) FROM kz_file_load WHERE delivery = 'bank/2025' "
                + "AND file_name = 'loan_transactions.csv' AND state = 'LOADING' AND data_table <> ''",
                "settle", "--year", "2025");
        long loading = count(home, "SELECT COUNT(*) FROM kz_file_load WHERE state = 'LOADING'");

        Kz.Result r = kz(home).run("settle", "--year", "2025");

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("restart of failed job instance");
        if (loading > 0) {
            assertThat(r.out()).contains("recovered: the interrupted load of bank/2025/loan_transactions.csv");
        }
        assertSameAsClean(home);
    }

    @Test
    void killedWhileStoringTheSettlementTheRestartDiscardsItAndSettlesAgain() throws Exception {
        Path home = Trees.copy(dir.resolve("listed"), dir.resolve("killed-in-store"));
        KilledChild.killWhen(home, "SELECT COUNT(*) FROM kz_settlement WHERE state = 'BUILDING'",
                "settle", "--year", "2025");
        // storing takes a fraction of a second: the kill may land just after the settlement was published
        long unpublished = count(home, "SELECT COUNT(*) FROM kz_settlement WHERE state = 'BUILDING'");

        Kz.Result r = kz(home).run("settle", "--year", "2025");

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("restart of failed job instance");
        if (unpublished > 0) {
            assertThat(r.out()).contains("recovered: discarded 1 settlement(s) an interrupted run left unpublished");
        }
        assertSameAsClean(home);
    }

    @Test
    void aSettlementACrashLeftUnpublishedIsDiscardedByTheNextSettlement() throws Exception {
        Path home = Trees.copy(dir.resolve("clean"), dir.resolve("left-unpublished"));
        // what a crash while storing leaves behind: a BUILDING settlement with part of its rows
        kz(home).jdbi().useTransaction(h -> {
            long current = h.createQuery("SELECT settlement_id FROM kz_settlement WHERE state = 'CURRENT'")
                    .mapTo(Long.class).one();
            h.execute("""
                    INSERT INTO kz_settlement (settlement_year, state, ledger_delivery, loans_load_id,
                        transactions_load_id, policy_effective_from, ledger_loans, subsidised_loans, refused_loans,
                        inactive_loans, fiscal_subsidy, household_saving, year_end_balance, checks_passed, settled_at)
                    SELECT settlement_year, 'BUILDING', ledger_delivery, loans_load_id, transactions_load_id,
                        policy_effective_from, ledger_loans, subsidised_loans, refused_loans, inactive_loans,
                        fiscal_subsidy, household_saving, year_end_balance, checks_passed, settled_at
                    FROM kz_settlement WHERE settlement_id = ?""", current);
            long building = h.createQuery("SELECT settlement_id FROM kz_settlement WHERE state = 'BUILDING'")
                    .mapTo(Long.class).one();
            h.execute("INSERT INTO kz_settlement_exception SELECT ?, loan_no, reasons FROM kz_settlement_exception "
                    + "WHERE settlement_id = ?", building, current);
        });

        Kz.Result r = kz(home).run("settle", "--year", "2025");

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("recovered: discarded 1 settlement(s) an interrupted run left unpublished");
        assertSameAsClean(home);
    }

    @Test
    void killedWhileWritingTheFilesTheRestartWritesThemFromTheStoredSettlementWithoutSettlingAgain()
            throws Exception {
        Path home = Trees.copy(dir.resolve("listed"), dir.resolve("killed-in-files"));
        KilledChild.killWhen(home, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'settlementOutputsStep'"
                + " AND STATUS = 'STARTED'", "settle", "--year", "2025");
        // writing the files takes about a second; a kill landing after the job ended leaves nothing to restart
        boolean interrupted = count(home, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'") > 0;
        long published = count(home, "SELECT settlement_id FROM kz_settlement WHERE state = 'CURRENT'");

        Kz.Result r = kz(home).run("settle", "--year", "2025");

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).doesNotContain("recovered:");
        if (interrupted) {
            assertThat(r.out()).contains("restart of failed job instance");
            // the restart began at the outputs step: the published settlement is the one the killed run stored
            assertThat(r.out()).doesNotContain("loans in the ledger");
            assertThat(count(home, "SELECT settlement_id FROM kz_settlement WHERE state = 'CURRENT'"))
                    .isEqualTo(published);
        }
        assertSameAsClean(home);
    }

    private static long count(Path home, String sql) {
        return kz(home).jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static void assertSameAsClean(Path home) throws IOException {
        Path out = home.resolve("out/settlement/2025");
        Path clean = dir.resolve("clean/out/settlement/2025");
        for (String f : FILES) {
            assertThat(out.resolve(f)).as(f).hasSameTextualContentAs(clean.resolve(f));
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("the files, and no partial file left by the killed run")
                    .containsExactlyInAnyOrder(SettlementCsvWriter.DETAIL_FILE, SettlementCsvWriter.EXCEPTIONS_FILE,
                            SettlementCsvWriter.SUMMARY_FILE, "subsidy-2025.xlsx");
        }
        assertThat(stored(home)).isEqualTo(stored(dir.resolve("clean")));
    }

    /** What the database holds of the settlements: rows by state, and the stored figures of the current one. */
    private static Map<String, Object> stored(Path home) {
        return kz(home).jdbi().withHandle(h -> h.createQuery("""
                SELECT (SELECT COUNT(*) FROM kz_settlement) AS settlements,
                       (SELECT COUNT(*) FROM kz_settlement WHERE state = 'CURRENT' AND settlement_year = 2025) AS current,
                       (SELECT COUNT(*) FROM kz_settlement_detail) AS detail,
                       (SELECT COUNT(*) FROM kz_settlement_exception) AS exceptions,
                       (SELECT COUNT(*) FROM kz_settlement_loan) AS loans,
                       (SELECT SUM(fiscal_subsidy) FROM kz_settlement_detail) AS fiscal,
                       (SELECT SUM(household_saving) FROM kz_settlement_detail) AS saving
                """).mapToMap().one());
    }

    private static Kz kz(Path home) {
        return new Kz(home, TestDatabase.H2.url(home));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
