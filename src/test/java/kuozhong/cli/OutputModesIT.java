package kuozhong.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.testing.KilledChild;
import kuozhong.testing.Trees;

/**
 * The modes the README promises under the umask it recommends (027, "Where finance staff find the workbooks"):
 * the list and settlement outputs readable by the owner's group (the finance group, through the setgid folders
 * the README sets up), {@code bank-list.xlsx} by its owner only, the database folder by its owner only, and
 * nothing in the home readable by others. The sample pipeline runs in child processes started under
 * {@code umask 027}, as the service does.
 */
class OutputModesIT {
    private static final Path JAR = Path.of("target", "kz.jar").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void underUmask027TheOutputsHaveTheModesTheReadmePromises() throws Exception {
        assumeTrue(KilledChild.jarBuilt(), "needs target/kz.jar (mvn verify packages it)");
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        Trees.copy(Path.of("sample-data", "inbox"), home.resolve("inbox"));
        kz(home, "ingest");
        kz(home, "list", "build", "--as-of", "2025-06-15");
        kz(home, "settle", "--year", "2025");

        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> all = Files.walk(home.resolve("out"))) {
            for (Path p : all.toList()) {
                if (p.toString().contains("/out/ingest")) {
                    continue; // the rejects files: mode 0600, pinned by the ingest tests
                }
                modes.put(home.relativize(p).toString(), PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
            }
        }
        assertThat(modes).containsEntry("out/list/2025-06-15/target-list.csv", "rw-r-----")
                .containsEntry("out/list/2025-06-15/changes.csv", "rw-r-----")
                .containsEntry("out/list/2025-06-15/referrals.csv", "rw-r-----")
                .containsEntry("out/list/2025-06-15/list-summary.xlsx", "rw-r-----")
                .containsEntry("out/list/2025-06-15/bank-list.xlsx", "rw-------")
                .containsEntry("out/list/2025-06-15/core-list.xlsx", "rw-------")
                .containsEntry("out/list/2025-06-15", "rwxr-x---")
                .containsEntry("out/settlement/2025/subsidy-detail.csv", "rw-r-----")
                .containsEntry("out/settlement/2025/subsidy-exceptions.csv", "rw-r-----")
                .containsEntry("out/settlement/2025/subsidy-summary.csv", "rw-r-----")
                .containsEntry("out/settlement/2025/subsidy-2025.xlsx", "rw-r-----")
                .containsEntry("out/settlement/2025", "rwxr-x---");
        for (Map.Entry<String, String> e : modes.entrySet()) {
            if (!e.getKey().endsWith("bank-list.xlsx") && !e.getKey().endsWith("core-list.xlsx")) {
                assertThat(e.getValue()).as(e.getKey()).isIn("rw-r-----", "rwxr-x---");
            }
        }
        // the database folder is its owner's only, though the umask would let the group in
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("data")))).isEqualTo("rwx------");
        // nothing in the home is readable by others
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(home)) {
            for (Path p : all.toList()) {
                if (!p.equals(home) && !p.startsWith(home.resolve("inbox"))
                        && PosixFilePermissions.toString(Files.getPosixFilePermissions(p)).substring(6).contains("r")) {
                    open.add(home.relativize(p).toString());
                }
            }
        }
        assertThat(open).isEmpty();
    }

    private static void kz(Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask 027 && exec \"$@\"", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Dkz.noProgressBar=true",
                "-Dkz.bankListPassword=secret", "-jar", JAR.toString(), "--home", home.toString()));
        command.addAll(List.of(args));
        Path out = home.resolve("child.out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(out, StandardCharsets.UTF_8)).isZero();
        Files.delete(out);
    }
}
