package kuozhong.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kuozhong.common.Progress;
import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;
import kuozhong.testing.TestInbox;

/**
 * Without a terminal (as under cron, and as in this test) a long phase of {@code kz list build} or
 * {@code kz settle} writes a progress line to the log every interval; a short one writes none. The interval is
 * shortened here through {@code kz.progressIntervalMillis} so that a small generated inbox has long phases.
 */
class ProgressIT {
    /** A progress line of the counting form: a fixed label, numbers and a unit word; nothing else. */
    private static final Pattern LINE = Pattern.compile(".* kuozhong\\.common\\.Progress - (reading the [a-z_]+"
            + " snapshot|deciding the households|storing list version \\d+|writing [a-z0-9_.-]+|reading the ledger:"
            + " [a-z_.]+|settling the loans of \\d{4}|storing settlement \\d+): [\\d,]+ of [\\d,]+"
            + " (rows|households|loans) \\(\\d+%\\)|.* kuozhong\\.common\\.Progress - (publishing list version \\d+"
            + "|reading the (social_insurance|provident_fund) snapshot"
            + "|reading back the list version as of \\d{4}-\\d\\d-\\d\\d|writing list-summary\\.xlsx"
            + "|publishing settlement \\d+): running for \\d+ s");

    @TempDir
    Path home;

    @AfterEach
    void clear() {
        System.clearProperty(Progress.INTERVAL_PROPERTY);
    }

    private List<String> progressLines(int from) throws Exception {
        List<String> lines = Files.readAllLines(home.resolve("logs/kz.log"));
        return lines.subList(from, lines.size()).stream().filter(l -> l.contains("kuozhong.common.Progress")).toList();
    }

    private int logLines() throws Exception {
        Path log = home.resolve("logs/kz.log");
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }

    @Test
    void longPhasesOfAListBuildAndASettlementLogTheirProgressInEnglish() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        assertThat(kz.run("generate", "--households", "1500", "--seed", "5", "--out",
                home.resolve("inbox").toString()).exitCode()).isZero();
        assertThat(kz.run("ingest").exitCode()).isZero();
        // a few milliseconds: some phase of any build outlasts it, on a quiet machine too (50 ms did not)
        System.setProperty(Progress.INTERVAL_PROPERTY, "2");

        int from = logLines();
        Kz.Result build = kz.run("--lang", "zh", "list", "build", "--as-of", "2025-06-15");
        assertThat(build.exitCode()).as(build.all()).isZero();
        List<String> progress = progressLines(from);
        // which phases outlast the interval depends on the machine; a build of 1,500 households has some
        assertThat(progress).as("progress lines of the phases longer than the interval").isNotEmpty();
        assertThat(progress).allMatch(l -> LINE.matcher(l).matches());
        assertThat(build.all()).as("what cron mails is unchanged").doesNotContain("rows (").doesNotContain("判定各户");

        from = logLines();
        Kz.Result settle = kz.run("settle", "--year", "2025");
        assertThat(settle.exitCode()).as(settle.all()).isZero();
        progress = progressLines(from);
        assertThat(progress).isNotEmpty().allMatch(l -> LINE.matcher(l).matches());
        assertThat(settle.all()).doesNotContain("rows (");
    }

    @Test
    void aShortListBuildLogsNoProgress() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        ListBuildIT.firstDelivery(new TestInbox(home));
        assertThat(kz.run("ingest").exitCode()).isZero();
        int from = logLines();
        assertThat(kz.run("list", "build", "--as-of", "2025-01-31").exitCode()).isZero();
        assertThat(progressLines(from)).isEmpty();
        assertThat(Files.readAllLines(home.resolve("logs/kz.log")).subList(from, logLines()))
                .anyMatch(l -> l.contains("listBuildJob") && l.contains("COMPLETED"));
    }
}
