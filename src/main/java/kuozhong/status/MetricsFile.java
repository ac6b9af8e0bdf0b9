package kuozhong.status;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kuozhong.common.AtomicFiles;
import kuozhong.policy.PolicyFile;

/**
 * {@code <home>/out/metrics/kz.prom}: rewritten after every run (write a temporary file, then move it over),
 * so that node_exporter's textfile collector never reads half a file. {@code nightly.properties} beside it
 * keeps the last {@code kz nightly} (nightly is not a job of its own in the job repository).
 */
public final class MetricsFile {
    public static final String FILE_NAME = "kz.prom";
    private static final String NIGHTLY_FILE = "nightly.properties";
    private static final Logger LOG = LoggerFactory.getLogger(MetricsFile.class);

    private final Path dir;
    private final Jdbi jdbi;
    private final Path policy;

    /**
     * @param home   the kz home ({@code out/metrics/} is created under it)
     * @param policy the policy file (for max_snapshot_age_days); may be unreadable, the metric is then left out
     */
    public MetricsFile(Path home, Jdbi jdbi, Path policy) {
        this.dir = home.resolve("out").resolve("metrics");
        this.jdbi = jdbi;
        this.policy = policy;
    }

    public Path path() {
        return dir.resolve(FILE_NAME);
    }

    /**
     * Gathers and writes the metrics. A failure to write them is logged and never fails the run whose
     * outcome they report.
     */
    public void update(LocalDate today) {
        try {
            AtomicFiles.writeText(path(), w -> w.write(PrometheusText.render(gather(today))));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write {}: {}", path(), e.toString());
        }
    }

    /** Records the end of a {@code kz nightly} (then call {@link #update}). */
    public void recordNightly(LocalDateTime start, LocalDateTime end, int exitCode) {
        try {
            RunMetrics.Nightly before = nightly();
            Properties p = new Properties();
            p.setProperty("exitCode", Integer.toString(exitCode));
            p.setProperty("start", Double.toString(epoch(start)));
            p.setProperty("seconds", Double.toString(Duration.between(start, end).toMillis() / 1000.0));
            Double success = exitCode == 0 ? Double.valueOf(epoch(end)) : before == null ? null : before.lastSuccessEpoch();
            if (success != null) {
                p.setProperty("lastSuccess", Double.toString(success));
            }
            AtomicFiles.writeText(dir.resolve(NIGHTLY_FILE), w -> p.store(w, "kz nightly: the last run (read by kz for kz.prom)"));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not record the nightly run in {}: {}", dir.resolve(NIGHTLY_FILE), e.toString());
        }
    }

    RunMetrics gather(LocalDate today) {
        RunHistoryDao history = jdbi.onDemand(RunHistoryDao.class);
        Map<String, LocalDateTime> successes = history.lastSuccesses().stream()
                .filter(s -> s.endTime() != null)
                .collect(Collectors.toMap(RunHistoryDao.LastSuccess::jobName, RunHistoryDao.LastSuccess::endTime));
        List<RunMetrics.Job> jobs = new ArrayList<>();
        for (RunHistoryDao.LastRun r : history.lastRuns()) {
            LocalDateTime end = r.endTime() == null ? LocalDateTime.now() : r.endTime();
            LocalDateTime success = successes.get(r.jobName());
            jobs.add(new RunMetrics.Job(r.jobName().replace("Job", ""), r.status(),
                    r.startTime() == null ? 0 : epoch(r.startTime()),
                    r.startTime() == null ? 0 : Duration.between(r.startTime(), end).toMillis() / 1000.0,
                    r.readCount(), r.writeCount(), r.filterCount(), success == null ? null : epoch(success)));
        }
        StatusQuery query = new StatusQuery(null, jdbi);
        List<RunMetrics.Source> sources = query.sources(today).stream()
                .map(s -> new RunMetrics.Source(s.source(), s.ageDays(), s.records())).toList();
        StatusFacts.ListInForce list = query.listInForce(today);
        return new RunMetrics(jobs, nightly(), sources, maxSnapshotAgeDays(today),
                list == null ? null : list.householdsIncluded(), list == null ? null : list.asOf());
    }

    private Integer maxSnapshotAgeDays(LocalDate today) {
        try {
            return PolicyFile.load(policy).inForce(today).maxSnapshotAgeDays();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private RunMetrics.Nightly nightly() {
        Path file = dir.resolve(NIGHTLY_FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            Function<String, Double> d = k -> p.getProperty(k) == null ? null : Double.valueOf(p.getProperty(k));
            return new RunMetrics.Nightly(Integer.parseInt(p.getProperty("exitCode")), d.apply("start"),
                    d.apply("seconds"), d.apply("lastSuccess"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double epoch(LocalDateTime t) {
        return t.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli() / 1000.0;
    }
}
