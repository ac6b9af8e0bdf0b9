package kuozhong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/kz.jar --home HOME ARGS...} in a child process on the home's H2 database, killed with
 * SIGKILL (no shutdown hook, no finally block runs) as soon as a query on its database returns a positive count:
 * the point of the kill is what the child has committed, read through the child's own H2 server.
 */
public final class KilledChild {
    private static final Path JAR = Path.of("target", "kz.jar").toAbsolutePath();

    private KilledChild() {
    }

    /** Whether the packaged jar is there (the tests that use this run through {@code mvn verify}). */
    public static boolean jarBuilt() {
        return Files.isRegularFile(JAR);
    }

    /**
     * Runs the command and kills it when {@code whenPositive} (a {@code SELECT COUNT(*)...}) first returns more
     * than zero; fails the test when the child ends before that. Returns once a new process can open the database.
     */
    public static void killWhen(Path home, String whenPositive, String... args) throws Exception {
        Path output = home.resolve("child.out");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-Dkz.noProgressBar=true", "-jar", JAR.toString(), "--home", home.toString(),
                "--db", TestDatabase.H2.url(home)));
        command.addAll(List.of(args));
        long started = System.currentTimeMillis();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean caught = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try {
            while (!H2Server.servedSince(home, started) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (child.isAlive()) {
                try (Connection c = DriverManager.getConnection(TestDatabase.H2.url(home) + ";IFEXISTS=TRUE")) {
                    while (!caught && child.isAlive() && System.nanoTime() < deadline) {
                        caught = positive(c, whenPositive);
                        if (caught) {
                            child.destroyForcibly();
                        } else {
                            Thread.sleep(10);
                        }
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(caught).as("the child was killed when %s; its output:%n%s", whenPositive,
                Files.readString(output, StandardCharsets.UTF_8)).isTrue();
        H2Server.awaitStaleLock(home);
    }

    private static boolean positive(Connection c, String sql) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (SQLException notYet) {
            // the table or the step is not there yet
            return false;
        }
    }
}
