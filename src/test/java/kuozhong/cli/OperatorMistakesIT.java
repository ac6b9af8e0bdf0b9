package kuozhong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;

/**
 * Operator mistakes are refused, not recorded (spec/README.md, "Interface contract"): a date after today, a home
 * that does not exist, a malformed date or year, a missing command: exit 2 with one line in plain words, and
 * nothing written. {@code kz init} creates a home readable by its owner only.
 */
class OperatorMistakesIT {
    @TempDir
    Path dir;

    @Test
    void kzWithoutACommandIsWrongUsageWithTheUsageOnStderr() {
        Result r = run();
        assertThat(r.code).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err).contains("kz: which command?").contains("Usage: kz").contains("init");
        Result list = run("list");
        assertThat(list.code).isEqualTo(2);
        assertThat(list.err).contains("Usage: kz list").contains("withdraw");
    }

    @Test
    void anAsOfAfterTodayIsRefusedByEveryCommandThatTakesOne() throws Exception {
        Kz kz = Kz.at(dir, TestDatabase.H2);
        String tomorrow = LocalDate.now().plusDays(1).toString();
        for (String[] args : new String[][] {{"list", "build", "--as-of", tomorrow},
                {"list", "explain", "--household", "H1", "--as-of", tomorrow}, {"nightly", "--as-of", tomorrow}}) {
            Kz.Result r = kz.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).isEqualTo("kz: --as-of " + tomorrow + " lies after today ("
                    + LocalDate.now() + "): a list is built from what has been delivered. Give today's date or an"
                    + " earlier one; nothing was done." + System.lineSeparator());
        }
        // nothing was started: no database, no lock file
        assertThat(dir.resolve("data")).doesNotExist();
        // today itself is allowed (it fails later, on the data: no deliveries)
        assertThat(kz.run("list", "build", "--as-of", LocalDate.now().toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void aMalformedDateOrYearIsOneLineInPlainWords() {
        Kz kz = Kz.at(dir, TestDatabase.H2);
        Kz.Result date = kz.run("list", "build", "--as-of", "2025-13-01");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).isEqualTo("kz: --as-of 2025-13-01 is not a date (expected YYYY-MM-DD, e.g. 2025-06-15)"
                + " (see kz list build --help)" + System.lineSeparator());
        Kz.Result explain = kz.run("list", "explain", "--household", "H1", "--as-of", "15.06.2025");
        assertThat(explain.exitCode()).isEqualTo(2);
        assertThat(explain.err()).startsWith("kz: --as-of 15.06.2025 is not a date").doesNotContain("Exception");
        Kz.Result year = kz.run("settle", "--year", "20x5");
        assertThat(year.exitCode()).isEqualTo(2);
        assertThat(year.err()).isEqualTo("kz: --year 20x5 is not a year (expected YYYY, e.g. 2025) (see kz settle --help)"
                + System.lineSeparator());
        Kz.Result missing = kz.run("list", "build");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().lines().count()).isEqualTo(1);
        assertThat(missing.err()).contains("--as-of");
    }

    @Test
    void aHomeThatDoesNotExistIsWrongUsageAndIsNotCreated() {
        Path typo = dir.resolve("srv/kuozhongg");
        Kz kz = new Kz(typo, TestDatabase.H2.url(typo));
        for (String[] args : new String[][] {{"ingest"}, {"nightly"}, {"status"}, {"list", "build", "--as-of",
                "2025-01-10"}, {"settle", "--year", "2025"}, {"list", "withdraw", "--as-of", "2025-01-10", "--reason", "x"}}) {
            Kz.Result r = kz.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).isEqualTo("kz: --home " + typo + " does not exist; nothing"
                    + " was done. Check the path, or create a home with kz init --home " + typo + System.lineSeparator());
        }
        assertThat(typo).doesNotExist();
    }

    @Test
    void initCreatesTheLayoutReadableByItsOwnerOnlyAndAnotherCommandThenRuns() throws Exception {
        Path home = dir.resolve("srv/kuozhong");
        Result r = run("init", "--home", home.toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("home " + home + " ready (readable by its owner only)");
        for (Path p : new Path[] {home, home.resolve("inbox"), home.resolve("data"), home.resolve("out"),
                home.resolve("logs")}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                    .isEqualTo("rwx------");
        }
        assertThat(run("init", "--home", home.toString()).out).contains("nothing to do");
        Kz.Result status = new Kz(home, TestDatabase.H2.url(home)).run("status");
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out()).contains("none yet");
        assertThat(run("init").code).isEqualTo(2);
    }

    @Test
    void generateHelpPrintsNoPicocliWarnings() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Result r;
        try {
            r = run("generate", "--help");
        } finally {
            System.setErr(stderr);
        }
        assertThat(r.code).isZero();
        assertThat(r.out).contains("15% of the households");
        assertThat(captured.toString(StandardCharsets.UTF_8) + r.err).doesNotContain("picocli WARN");
    }

    @Test
    void thePolicyDefaultsToTheInstallationsNotTheCurrentFolders() throws Exception {
        Path install = dir.resolve("opt/kuozhong");
        Files.createDirectories(install.resolve("jobs"));
        Files.writeString(install.resolve("jobs/policy.yml"), "# policy\n");
        String before = System.getProperty("kz.install");
        System.setProperty("kz.install", install.toString());
        try {
            assertThat(new GlobalOptions().policy()).isEqualTo(install.resolve("jobs/policy.yml"));
        } finally {
            if (before == null) {
                System.clearProperty("kz.install");
            } else {
                System.setProperty("kz.install", before);
            }
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KzCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
