package kuozhong.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.generate.InboxGenerator;
import kuozhong.testing.H2Server;
import kuozhong.testing.KilledChild;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;

/**
 * {@code kz status} answers while a job runs (issue 8: it took 29 s during an ingest at county size). An ingest
 * runs in a child process (serving the H2 database, AUTO_SERVER); while it is loading:
 * <ul>
 *   <li>{@code kz status} in this (warm) JVM answers within 2 s: no lock of the running job holds it up;</li>
 *   <li>{@code kz status} as an operator starts it ({@code scripts/kz}: a new JVM with the quick compiler) answers
 *       before the ingest ends, showing it RUNNING, and costs less than 6 s of CPU (the whole Spring context it
 *       started before cost 10–14 s of CPU); its wall time is printed, and is the CPU time on an idle machine.</li>
 * </ul>
 */
class StatusWhileJobRunsIT {
    private static final Path JAR = Path.of("target", "kz.jar").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void statusAnswersWhileAnIngestRuns() throws Exception {
        assumeTrue(KilledChild.jarBuilt(), "needs target/kz.jar (mvn verify packages it)");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "needs /usr/bin/time to measure CPU time");
        new InboxGenerator().generate(InboxGenerator.Options.of(20_000, 7, home.resolve("inbox")));
        Kz kz = Kz.at(home, TestDatabase.H2);
        assertThat(kz.run("status").exitCode()).isZero(); // creates the database (a full session migrates it)

        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long started = System.currentTimeMillis();
        Process ingest = new ProcessBuilder(javaBin, "-Xmx1g", "-Dkz.noProgressBar=true", "-jar", JAR.toString(), "--home",
                home.toString(), "ingest").redirectErrorStream(true).redirectOutput(home.resolve("ingest.out").toFile())
                .start();
        try {
            awaitRunning(ingest, started);

            // the best of two (the first also loads the job repository's and Jdbi's classes into this JVM)
            double warmSeconds = Double.MAX_VALUE;
            Kz.Result warm = null;
            for (int i = 0; i < 2; i++) {
                long t0 = System.nanoTime();
                warm = kz.run("status");
                warmSeconds = Math.min(warmSeconds, (System.nanoTime() - t0) / 1e9);
            }
            assertThat(warm.exitCode()).as(warm.all()).isZero();
            assertThat(warm.out()).contains("RUNNING");
            System.out.printf("kz status in a warm JVM during the ingest: %.2f s%n", warmSeconds);
            assertThat(warmSeconds).as("kz status (warm JVM) while the ingest runs, seconds").isLessThan(2.0);

            Path times = home.resolve("status.time");
            Process status = new ProcessBuilder("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S", javaBin,
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(), "--home", home.toString(),
                    "status").redirectErrorStream(true).redirectOutput(home.resolve("status.out").toFile()).start();
            assertThat(status.waitFor(120, TimeUnit.SECONDS)).isTrue();
            boolean ingestStillRunning = ingest.isAlive();
            String out = Files.readString(home.resolve("status.out"), StandardCharsets.UTF_8);
            assertThat(status.exitValue()).as(out).isZero();
            String[] t = Files.readString(times).trim().lines().reduce((a, b) -> b).orElseThrow().split(" ");
            double wall = Double.parseDouble(t[0]);
            double cpu = Double.parseDouble(t[1]) + Double.parseDouble(t[2]);
            System.out.printf("kz status (new JVM) during the ingest: %.2f s wall, %.2f s CPU; load average %.1f%n",
                    wall, cpu, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            assertThat(out).contains("Recent runs:").contains("ingest").contains("Latest snapshot of each source:");
            if (ingestStillRunning) {
                assertThat(out).contains("RUNNING");
            }
            assertThat(cpu).as("CPU seconds of kz status in a new JVM").isLessThan(6.0);
        } finally {
            ingest.destroyForcibly();
            assertThat(ingest.waitFor(60, TimeUnit.SECONDS)).isTrue();
            H2Server.awaitStaleLock(home);
        }
    }

    /** Waits until the child serves the database and its ingest job is STARTED. */
    private void awaitRunning(Process ingest, long started) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!H2Server.servedSince(home, started) && ingest.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        boolean running = false;
        try (Connection c = DriverManager.getConnection(TestDatabase.H2.url(home) + ";IFEXISTS=TRUE")) {
            while (!running && ingest.isAlive() && System.nanoTime() < deadline) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT COUNT(*) FROM kz_file_load WHERE state = 'LOADED'")) {
                    running = rs.next() && rs.getLong(1) > 0;
                }
                Thread.sleep(50);
            }
        }
        List<String> why = new ArrayList<>();
        why.add(Files.exists(home.resolve("ingest.out")) ? Files.readString(home.resolve("ingest.out")) : "");
        assertThat(running).as("the ingest was loading; its output: %s", why).isTrue();
        assertThat(ingest.isAlive()).as("the ingest is still running").isTrue();
    }
}
