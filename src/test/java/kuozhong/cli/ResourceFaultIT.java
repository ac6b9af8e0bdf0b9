package kuozhong.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.testing.KilledChild;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.Trees;

/**
 * Resource faults speak plainly (issue 8, item 7): a full disk or a read-only home ends the run with exit 1 and
 * one line naming the path and what to do, no log lines or stack trace on the console (the stack trace goes to
 * the log file), and {@code kz status} still answers on a read-only home.
 *
 * <p>What it really covers: the tests run as root, for whom file modes do not stop writes; so the child {@code kz}
 * runs in a mount namespace of its own ({@code unshare -m}), where {@code out/} is a 16 KB tmpfs (a real
 * ENOSPC from the kernel) or the whole home is bind-mounted read-only (a real EROFS). Where {@code unshare} or
 * {@code mount} are not permitted (a container without CAP_SYS_ADMIN) the test is skipped, not passed.
 */
class ResourceFaultIT {
    private static final Path JAR = Path.of("target", "kz.jar").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void aFullDiskAndAReadOnlyHomeAreOneLineAndStatusStillAnswers() throws Exception {
        assumeTrue(KilledChild.jarBuilt(), "needs target/kz.jar (mvn verify packages it)");
        assumeTrue(run("unshare -m sh -c 'mount -t tmpfs -o size=16k tmpfs \"$0\"' " + home).code == 0,
                "needs unshare -m and mount (CAP_SYS_ADMIN)");
        Trees.copy(Path.of("sample-data", "inbox"), home.resolve("inbox"));
        Kz kz = Kz.at(home, TestDatabase.H2);
        Kz.Result ingested = kz.run("ingest");
        assertThat(ingested.exitCode()).as(ingested.all()).isZero();

        // a full disk under out/: the list outputs cannot be written
        Result full = run("unshare -m sh -c 'mount -t tmpfs -o size=16k tmpfs \"$0/out\" && exec \"$@\"' " + home
                + " " + kz("list", "build", "--as-of", "2025-06-15"));
        assertThat(full.code).as(full.output).isEqualTo(1);
        assertThat(full.output).containsPattern("could not write " + home + "/out/list/2025-06-15/[a-z-]+\\.(csv|xlsx):"
                + " the disk is full\\. Free space on that disk \\(df -h shows how much is left\\) and run the same"
                + " command again");
        assertNoNoise(full.output);
        assertThat(Files.readString(home.resolve("logs/kz.log"))).contains("No space left on device");
        // once there is room, the same command finishes the work
        Result again = run(kz("list", "build", "--as-of", "2025-06-15"));
        assertThat(again.code).as(again.output).isZero();
        assertThat(home.resolve("out/list/2025-06-15/target-list.csv")).exists();

        // a read-only home: the run cannot even take its lock
        String readOnly = "unshare -m sh -c 'mount --bind \"$0\" \"$0\" && mount -o remount,ro,bind \"$0\" && exec \"$@\"' "
                + home + " ";
        Result ro = run(readOnly + kz("list", "build", "--as-of", "2025-06-15"));
        assertThat(ro.code).as(ro.output).isEqualTo(1);
        assertThat(ro.output.strip()).isEqualTo("kz: could not write " + home + "/data/kz.lock: the file system is"
                + " read-only. Mount the home's file system read-write and run the same command again; it finishes"
                + " the work (earlier list versions and settlements are unchanged).");
        // kz status answers, reading the database read-only
        Result status = run(readOnly + kz("status"));
        assertThat(status.code).as(status.output).isZero();
        assertThat(status.output).contains("listBuild").contains("COMPLETED").contains("person             2025-06-15");
        assertNoNoise(status.output);
    }

    private static void assertNoNoise(String console) {
        assertThat(console).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(" ERROR ")
                .doesNotContain(" WARN ").doesNotContain("INFO");
    }

    private String kz(String... args) {
        List<String> words = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dkz.noProgressBar=true", "-jar", JAR.toString(), "--home", home.toString()));
        words.addAll(List.of(args));
        return String.join(" ", words);
    }

    private record Result(int code, String output) {
    }

    private Result run(String shell) throws Exception {
        Path out = Files.createTempFile("kz-child", ".out");
        try {
            Process p = new ProcessBuilder("sh", "-c", shell).redirectErrorStream(true).redirectOutput(out.toFile())
                    .start();
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
