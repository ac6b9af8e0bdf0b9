package kuozhong.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.generate.InboxGenerator;
import kuozhong.testing.KilledChild;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.Trees;

/**
 * {@code kill -9} in the middle of a list build: the next {@code kz list build} restarts the failed job
 * instance where it stopped and the outputs equal those of an uninterrupted build. The generated inbox holds field
 * visits and the optional extracts of profile.md, so every build here applies visits and stores profiles.
 */
class ListCrashIT {
    private static final String AS_OF = "2025-06-15";
    private static final List<String> FILES = List.of("target-list.csv", "changes.csv", "referrals.csv",
            "visits-report.csv");

    @TempDir
    static Path dir;

    @BeforeAll
    static void ingestOnceAndBuildTheReference() throws Exception {
        assumeThat(KilledChild.jarBuilt()).as("the packaged jar (run through mvn verify)").isTrue();
        new InboxGenerator().generate(InboxGenerator.Options.of(12_000, 7, dir.resolve("ingested/inbox")));
        Path ingested = dir.resolve("ingested");
        assertThat(kz(ingested).run("ingest").exitCode()).isZero();
        Trees.copy(ingested, dir.resolve("clean"));
        Kz.Result clean = kz(dir.resolve("clean")).run("list", "build", "--as-of", AS_OF);
        assertThat(clean.exitCode()).as(clean.all()).isZero();
    }

    @Test
    void killedWhileStoringTheVersionTheRestartBuildsItAgain() throws Exception {
        Path home = dir.resolve("killed-in-build");
        Trees.copy(dir.resolve("ingested"), home);
        killWhen(home, "SELECT COUNT(*) FROM kz_list_version WHERE state = 'BUILDING'");
        // the kill may land a moment after the version was published
        long unpublished = count(home, "SELECT COUNT(*) FROM kz_list_version WHERE state = 'BUILDING'");
        Kz.Result r = kz(home).run("list", "build", "--as-of", AS_OF);
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.out()).contains("restart of failed job instance");
        if (unpublished > 0) {
            assertThat(r.out()).contains("recovered: discarded 1 unpublished or replaced list version(s)");
        }
        assertSameAsClean(home);
    }

    @Test
    void killedWhileStoringTheProfilesWithVisitsTheRestartBuildsItAgain() throws Exception {
        Path home = dir.resolve("killed-in-profiles");
        Trees.copy(dir.resolve("ingested"), home);
        assertThat(count(home, "SELECT COUNT(*) FROM kz_file_load WHERE source = 'visits' AND state = 'LOADED'"))
                .as("visits loaded").isPositive();
        // the first version of an ingested home is version 1 (the query fails, "not yet", until its table exists)
        assertThat(count(home, "SELECT COUNT(*) FROM kz_list_version")).isZero();
        killWhen(home, "SELECT COUNT(*) FROM " + kuozhong.household.jdbc.VersionTable.PROFILE.of(1));
        Kz.Result r = kz(home).run("list", "build", "--as-of", AS_OF);
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertSameAsClean(home);
        // the visits applied: some household is excluded by a visit or included by one
        String targetList = Files.readString(home.resolve("out/list").resolve(AS_OF).resolve("target-list.csv"));
        assertThat(targetList).contains("FIELD_VISIT_EXCLUDED").contains(",INCLUDE,");
    }

    @Test
    void killedWhileWritingTheOutputsTheRestartOnlyWritesThemAgain() throws Exception {
        Path home = dir.resolve("killed-in-outputs");
        Trees.copy(dir.resolve("ingested"), home);
        killWhen(home, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'listOutputsStep' "
                + "AND STATUS = 'STARTED'");
        // a kill landing after the job ended leaves nothing to restart
        boolean interrupted = count(home, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'") > 0;
        Kz.Result r = kz(home).run("list", "build", "--as-of", AS_OF);
        assertThat(r.exitCode()).as(r.all()).isZero();
        if (interrupted) {
            assertThat(r.out()).contains("restart of failed job instance")
                    .doesNotContain("list as of " + AS_OF + ":").contains("list outputs written");
        }
        assertSameAsClean(home);
    }

    private static void killWhen(Path home, String sql) throws Exception {
        KilledChild.killWhen(home, sql, "--policy", Path.of("jobs/policy.yml").toAbsolutePath().toString(), "list",
                "build", "--as-of", AS_OF);
    }

    private static void assertSameAsClean(Path home) throws Exception {
        for (String f : FILES) {
            assertThat(Files.readString(home.resolve("out/list").resolve(AS_OF).resolve(f))).as(f)
                    .isEqualTo(Files.readString(dir.resolve("clean/out/list").resolve(AS_OF).resolve(f)));
        }
        assertThat(fileNames(home.resolve("out/list").resolve(AS_OF))).as("the files, and no partial file left")
                .isEqualTo(fileNames(dir.resolve("clean/out/list").resolve(AS_OF)));
        Kz kz = kz(home);
        long current = kz.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM kz_list_version WHERE state = 'CURRENT'").mapTo(Long.class).one());
        assertThat(current).isEqualTo(1);
        // no table of a version that is not in force (the one killed while BUILDING is dropped)
        assertThat(kuozhong.testing.VersionTables.stored(kz.jdbi())).as("versions with tables")
                .isEqualTo(kuozhong.testing.VersionTables.inState(kz.jdbi(), "CURRENT"));
    }

    private static List<String> fileNames(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static long count(Path home, String sql) {
        return kz(home).jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static Kz kz(Path home) {
        return new Kz(home, TestDatabase.H2.url(home));
    }
}
