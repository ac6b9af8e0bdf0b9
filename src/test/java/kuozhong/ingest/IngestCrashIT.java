package kuozhong.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.generate.InboxGenerator;
import kuozhong.testing.H2Server;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;

/**
 * {@code kill -9} during {@code kz ingest} (extracts.md, "Loading guarantees: Restartable"): the run is a
 * child process of the packaged jar, killed while it loads a file; the next run recovers, and the end
 * state equals that of an uninterrupted run on the same inbox, table by table and rejects file by rejects
 * file.
 *
 * <p>Needs {@code target/kz.jar} (failsafe runs after {@code package}). Uses H2: the test watches the
 * child's database through H2's automatic server mode ({@code AUTO_SERVER=TRUE}).
 */
class IngestCrashIT {
    /** About 33,000 persons, 670,000 records over 22 files (14 of the seven required sources, 5 optional
     * extracts of profile.md, 3 field-visit files): about ten seconds of ingest on 2 cores. */
    private static final int HOUSEHOLDS = 12_000;
    private static final long SEED = 20250615;
    private static final Path JAR = Path.of("target", "kz.jar").toAbsolutePath();
    /** Generous: on a shared machine at load 15-20 a child JVM took over 60 s to reach its first job execution. */
    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(180);
    /** H2 (FileLock) takes a lock file not modified for 2 s as left by a dead process. */

    @TempDir
    static Path dir;

    /** The uninterrupted run: what every crashed-and-recovered home must end up equal to. */
    private static EndState reference;

    @BeforeAll
    static void generateAndLoadReference() throws Exception {
        assumeThat(JAR).as("the packaged jar (run through mvn verify)").isRegularFile();
        new InboxGenerator().generate(InboxGenerator.Options.of(HOUSEHOLDS, SEED, dir.resolve("inbox")));
        Path clean = home("clean");
        Kz.Result r = new Kz(clean, TestDatabase.H2.url(clean)).run("ingest");
        assertThat(r.exitCode()).as(r.all()).isZero();
        reference = EndState.of(clean);
        assertThat(reference.loads()).hasSize(22);
    }

    @Test
    void killedWhileLoadingAFileInTheMiddleOfTheRunTheNextRunRecoversAndEndsAsAnUninterruptedRun() throws Exception {
        Path home = home("killed-mid-file");
        Child child = Child.ingest(home);
        // the biggest file of the first delivery: well into the run, and long enough to be caught mid-file
        String file = "20250110/social_insurance.csv";
        Optional<Loading> started = child.awaitLoading(l -> l.loadId() > 1 && l.file().equals(file) && l.rows() > 0);
        assertThat(started).as("%s LOADING with rows in its table; child output:%n%s", file, child.output())
                .isPresent();
        // kz runs H2 with WRITE_DELAY=0, so what the child committed is in the database file when it is killed
        Optional<Loading> caught = child.awaitLoading(l -> l.loadId() == started.get().loadId()
                && l.rows() > started.get().rows());
        child.kill();

        assertThat(caught).as("still loading %s at the kill; child output:%n%s", file, child.output()).isPresent();
        assertThat(child.output()).doesNotContain("ingest finished");
        // the kill may land a moment after the caught file finished and the next one began: what matters is
        // that the database file holds exactly one interrupted load, with rows, at or after the caught one
        List<Loading> interrupted = loading(home);
        // (a load begun just before the kill may not have its first batches in the file yet: H2 writes
        // committed changes about once a second)
        assertThat(interrupted).as("what the database file holds after the kill").singleElement().satisfies(l -> {
            assertThat(l.loadId()).isGreaterThanOrEqualTo(caught.get().loadId());
            if (l.loadId() == caught.get().loadId()) {
                assertThat(l.rows()).isPositive();
            }
        });
        Loading killed = interrupted.get(0);

        Kz.Result again = kz(home).run("ingest");

        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("restart of failed job instance")
                .contains("recovered: the interrupted load of " + killed.file() + " was discarded")
                .contains("SKIPPED  20250110/person.csv: already loaded")
                .contains("LOADED   " + killed.file());
        String state = kz(home).jdbi().withHandle(h -> h.createQuery("SELECT state FROM kz_file_load WHERE load_id = :id")
                .bind("id", killed.loadId()).mapTo(String.class).one());
        assertThat(state).isEqualTo("ABANDONED");
        EndState.of(home).assertSameAs(reference);
    }

    @Test
    void killedTwiceInARowAtRandomPointsTheNextRunEndsAsAnUninterruptedRun() throws Exception {
        long seed = Long.getLong("kz.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path home = home("killed-twice");
        boolean lastKilled = false;
        List<String> log = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            Child child = Child.ingest(home);
            child.awaitJobExecution(round);
            long delay = random.nextLong(round == 1 ? 6_000 : 3_000);
            boolean alive = !child.process.waitFor(delay, TimeUnit.MILLISECONDS);
            child.kill();
            // a process killed after its job had completed (while the JVM shut down) interrupted nothing: the
            // next run has no failed instance to restart
            String status = kz(home).jdbi().withHandle(h -> h.createQuery("SELECT status FROM batch_job_execution"
                    + " ORDER BY job_execution_id DESC LIMIT 1").mapTo(String.class).one());
            lastKilled = alive && !"COMPLETED".equals(status);
            log.add("round " + round + ": " + (!alive ? "finished before the kill" : "killed " + delay
                    + " ms after the job started" + (lastKilled ? "" : ", its job already COMPLETED")));
        }
        String context = "seed " + seed + " (-Dkz.crash.seed to repeat): " + log;
        System.out.println("IngestCrashIT " + context);

        Kz.Result again = kz(home).run("ingest");

        assertThat(again.exitCode()).as(context + "\n" + again.all()).isZero();
        if (lastKilled) {
            assertThat(again.out()).as(context).contains("restart of failed job instance");
        }
        EndState.of(home).assertSameAs(reference, context);
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** A new home holding a copy of the generated inbox. */
    private static Path home(String name) throws IOException {
        Path home = dir.resolve(name);
        Path from = dir.resolve("inbox");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path to = home.resolve("inbox").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return home;
    }

    private static Kz kz(Path home) {
        return new Kz(home, TestDatabase.H2.url(home));
    }

    /** The LOADING loads that the database file of a home holds (no process running). */
    private static List<Loading> loading(Path home) throws SQLException {
        List<Loading> loads = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(TestDatabase.H2.url(home) + ";IFEXISTS=TRUE");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT load_id, delivery || '/' || file_name, data_table "
                     + "FROM kz_file_load WHERE state = 'LOADING'")) {
            while (rs.next()) {
                loads.add(new Loading(rs.getLong(1), rs.getString(2), Child.rowsOf(c, rs.getString(3))));
            }
        }
        return loads;
    }

    /** A load seen in state LOADING, with the rows its table held then. */
    record Loading(long loadId, String file, long rows) {
    }

    /** {@code java -jar target/kz.jar --home HOME ingest}, run as an operator's cron would. */
    private static final class Child {
        private final Process process;
        private final Path home;
        private final Path output;
        private final long startedMillis;

        private Child(Process process, Path home, Path output, long startedMillis) {
            this.process = process;
            this.home = home;
            this.output = output;
            this.startedMillis = startedMillis;
        }

        static Child ingest(Path home) throws IOException {
            Path output = Files.createTempFile(dir, "child-", ".out");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            long started = System.currentTimeMillis();
            Process p = new ProcessBuilder(java, "-Xmx1g", "-Dkz.noProgressBar=true", "-jar", JAR.toString(),
                    "--home", home.toString(), "--db", TestDatabase.H2.url(home), "ingest")
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            return new Child(p, home, output, started);
        }

        /** Polls the child's database until a LOADING load satisfies the test; empty when the child ended first. */
        Optional<Loading> awaitLoading(Predicate<Loading> wanted) throws Exception {
            return poll(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT load_id, delivery || '/' || file_name, data_table "
                             + "FROM kz_file_load WHERE state = 'LOADING' AND data_table <> ''")) {
                    while (rs.next()) {
                        long rows = rowsOf(c, rs.getString(3));
                        Loading l = new Loading(rs.getLong(1), rs.getString(2), rows);
                        if (wanted.test(l)) {
                            return l;
                        }
                    }
                }
                return null;
            });
        }

        /** Polls until the child's database holds its {@code n}-th job execution: the job is running. */
        void awaitJobExecution(int n) throws Exception {
            Optional<Long> seen = poll(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM batch_job_execution")) {
                    rs.next();
                    return rs.getLong(1) >= n ? rs.getLong(1) : null;
                }
            });
            assertThat(seen).as("job execution %d started; child output:%n%s", n, output()).isPresent();
        }

        private <T> Optional<T> poll(SqlProbe<T> probe) throws Exception {
            long deadline = System.nanoTime() + CHILD_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline && process.isAlive()) {
                // connect only once the child holds the database, so that the child is its server, not this JVM
                if (H2Server.servedSince(home, startedMillis)) {
                    try (Connection c = DriverManager.getConnection(TestDatabase.H2.url(home) + ";IFEXISTS=TRUE")) {
                        while (System.nanoTime() < deadline && process.isAlive()) {
                            T found = probe.probe(c);
                            if (found != null) {
                                return Optional.of(found);
                            }
                            Thread.sleep(50);
                        }
                    } catch (SQLException notYet) {
                        // the schema is being created, or the child is gone: look again
                    }
                }
                Thread.sleep(50);
            }
            return Optional.empty();
        }

        private static long rowsOf(Connection c, String table) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException notCreatedYet) {
                return 0;
            }
        }

        /**
         * SIGKILL on Linux: no shutdown hook, no finally block runs in the child. Returns once H2 takes the
         * dead child's lock file for stale (not touched for two seconds): a run started sooner fails with
         * "Database may be already in use".
         */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            H2Server.awaitStaleLock(home);
        }

        String output() {
            try {
                return Files.readString(output, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlProbe<T> {
        /** @return what was looked for, or null to look again */
        T probe(Connection c) throws SQLException;
    }

    /** What a home holds after ingest, reduced to digests. */
    record EndState(Map<String, LoadFigures> loads, Set<String> loadedTables, Set<String> dataTables,
                    Map<String, String> outFiles) {

        /** One LOADED file: its counts and the SHA-256 of its rows (every column but load_id) in record order. */
        record LoadFigures(long records, long loaded, long rejected, String rows) {
        }

        static EndState of(Path home) throws Exception {
            Map<String, LoadFigures> loads = new TreeMap<>();
            Set<String> loadedTables = new TreeSet<>();
            Set<String> dataTables = new TreeSet<>();
            try (Connection c = DriverManager.getConnection(TestDatabase.H2.url(home) + ";IFEXISTS=TRUE");
                 Statement s = c.createStatement()) {
                List<String[]> loaded = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT delivery || '/' || file_name, data_table, records, loaded, "
                        + "rejected FROM kz_file_load WHERE state = 'LOADED'")) {
                    while (rs.next()) {
                        loaded.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)});
                    }
                }
                for (String[] l : loaded) {
                    LoadFigures previous = loads.put(l[0], new LoadFigures(Long.parseLong(l[2]), Long.parseLong(l[3]),
                            Long.parseLong(l[4]), rowsDigest(c, l[1])));
                    assertThat(previous).as("two LOADED loads of " + l[0]).isNull();
                    loadedTables.add(l[1].toUpperCase(java.util.Locale.ROOT));
                }
                try (ResultSet rs = s.executeQuery("SELECT UPPER(table_name) FROM information_schema.tables "
                        + "WHERE table_schema = 'PUBLIC' AND REGEXP_LIKE(UPPER(table_name), '^KZ_[A-Z_]+_[0-9]+$')")) {
                    while (rs.next()) {
                        dataTables.add(rs.getString(1));
                    }
                }
            }
            return new EndState(loads, loadedTables, dataTables, files(home.resolve("out")));
        }

        private static String rowsDigest(Connection c, String table) throws Exception {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY record_no")) {
                int columns = rs.getMetaData().getColumnCount();
                assertThat(rs.getMetaData().getColumnName(1)).isEqualToIgnoringCase("load_id");
                while (rs.next()) {
                    for (int i = 2; i <= columns; i++) {
                        String v = rs.getString(i);
                        sha.update(v == null ? new byte[] {0} : v.getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0x1F);
                    }
                    sha.update((byte) 0x1E);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        }

        /** Every file under the folder (rejects, and any left-over {@code .part}), by relative path, with its SHA-256. */
        private static Map<String, String> files(Path root) throws Exception {
            Map<String, String> files = new TreeMap<>();
            if (!Files.isDirectory(root)) {
                return files;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).filter(IngestCrashIT.EndState::compared).toList()) {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    try (InputStream in = new DigestInputStream(Files.newInputStream(p), sha)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                    files.put(root.relativize(p).toString(), HexFormat.of().formatHex(sha.digest()));
                }
            }
            return files;
        }

        /**
         * Not compared: the metrics and quality.xlsx, which carry the time they were written (their content comes
         * from the load ledger, compared above).
         */
        static boolean compared(Path p) {
            return !p.toString().contains("/out/metrics/") && !p.toString().endsWith("/out/ingest/quality.xlsx");
        }

        void assertSameAs(EndState expected) {
            assertSameAs(expected, "");
        }

        void assertSameAs(EndState expected, String context) {
            assertThat(loads.keySet()).as("the LOADED files " + context).isEqualTo(expected.loads.keySet());
            for (var e : expected.loads.entrySet()) {
                assertThat(loads.get(e.getKey())).as("counts and row digest of " + e.getKey() + " " + context)
                        .isEqualTo(e.getValue());
            }
            assertThat(dataTables).as("load tables left over (not LOADED) " + context).isEqualTo(loadedTables);
            assertThat(outFiles).as("files under out/ (rejects) " + context).isEqualTo(expected.outFiles);
        }
    }
}
