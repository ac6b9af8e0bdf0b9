package kuozhong.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.generate.InboxGenerator;
import kuozhong.testing.H2Server;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;

/**
 * {@code kill -9} in the middle of a list build: the next {@code kz list build} restarts the failed job
 * instance where it stopped and the outputs equal those of an uninterrupted build.
 */
class ListCrashIT {
    private static final Path JAR = Path.of("target", "kz.jar").toAbsolutePath();
    private static final String AS_OF = "2025-06-15";
    private static final List<String> FILES = List.of("target-list.csv", "changes.csv", "referrals.csv");

    @TempDir
    static Path dir;

    @BeforeAll
    static void ingestOnceAndBuildTheReference() throws Exception {
        assumeThat(JAR).as("the packaged jar (run through mvn verify)").isRegularFile();
        new InboxGenerator().generate(InboxGenerator.Options.of(12_000, 7, dir.resolve("ingested/inbox")));
        Path ingested = dir.resolve("ingested");
        assertThat(kz(ingested).run("ingest").exitCode()).isZero();
        copy(ingested, dir.resolve("clean"));
        Kz.Result clean = kz(dir.resolve("clean")).run("list", "build", "--as-of", AS_OF);
        assertThat(clean.exitCode()).as(clean.all()).isZero();
    }

    @Test
    void killedWhileStoringTheVersionTheRestartBuildsItAgain() throws Exception {
        Path home = dir.resolve("killed-in-build");
        copy(dir.resolve("ingested"), home);
        killWhen(home, "SELECT COUNT(*) FROM kz_list_version WHERE state = 'BUILDING'");
        Kz.Result r = kz(home).run("list", "build", "--as-of", AS_OF);
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("restart of failed job instance")
                .contains("recovered: discarded 1 unpublished or replaced list version(s)");
        assertSameAsClean(home);
    }

    @Test
    void killedWhileWritingTheOutputsTheRestartOnlyWritesThemAgain() throws Exception {
        Path home = dir.resolve("killed-in-outputs");
        copy(dir.resolve("ingested"), home);
        killWhen(home, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'listOutputsStep' "
                + "AND STATUS = 'STARTED'");
        Kz.Result r = kz(home).run("list", "build", "--as-of", AS_OF);
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("restart of failed job instance").doesNotContain("list as of " + AS_OF + ":")
                .contains("list outputs written");
        assertSameAsClean(home);
    }

    private static void killWhen(Path home, String sql) throws Exception {
        // kz's H2 URL has WRITE_DELAY=0: what the child committed is in the database file when it is killed
        long started = System.currentTimeMillis();
        Process child = new ProcessBuilder("java", "-Xmx2g", "-jar", JAR.toString(), "--home", home.toString(),
                "--db", TestDatabase.H2.url(home), "--policy", Path.of("jobs/policy.yml").toAbsolutePath().toString(), "list", "build", "--as-of", AS_OF)
                .redirectErrorStream(true).redirectOutput(home.resolve("child.out").toFile()).start();
        boolean caught = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!H2Server.servedSince(home, started) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        try (Connection c = DriverManager.getConnection(TestDatabase.H2.url(home))) {
            while (!caught && child.isAlive() && System.nanoTime() < deadline) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    caught = rs.next() && rs.getLong(1) > 0;
                } catch (java.sql.SQLException notYet) {
                    // the schema or the step is not there yet
                }
                if (!caught) {
                    Thread.sleep(10);
                }
            }
            if (caught) {
                child.destroyForcibly().waitFor();
            }
        }
        child.waitFor(60, TimeUnit.SECONDS);
        assertThat(caught).as("the child was killed at the chosen point: " + Files.readString(home.resolve("child.out")))
                .isTrue();
        Thread.sleep(2500); // H2 takes the lock file of a dead process as stale after 2 s
    }

    private static void assertSameAsClean(Path home) throws Exception {
        for (String f : FILES) {
            assertThat(Files.readString(home.resolve("out/list").resolve(AS_OF).resolve(f))).as(f)
                    .isEqualTo(Files.readString(dir.resolve("clean/out/list").resolve(AS_OF).resolve(f)));
        }
        Kz kz = kz(home);
        long current = kz.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM kz_list_version WHERE state = 'CURRENT'").mapTo(Long.class).one());
        long orphans = kz.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM kz_list_member WHERE version_id NOT IN "
                        + "(SELECT version_id FROM kz_list_version WHERE state = 'CURRENT')").mapTo(Long.class).one());
        assertThat(current).isEqualTo(1);
        assertThat(orphans).isZero();
    }

    private static Kz kz(Path home) {
        return new Kz(home, TestDatabase.H2.url(home));
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(p, t);
                }
            }
        }
    }
}
