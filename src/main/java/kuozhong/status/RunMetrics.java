package kuozhong.status;

import java.util.List;

/**
 * What {@code <home>/out/metrics/kz.prom} reports after every run (README, "Metrics"). Times are Unix epoch
 * seconds. Pure data: {@link PrometheusText} renders it, {@link MetricsFile} gathers and writes it.
 *
 * @param jobs               the last run of each job that ever ran
 * @param nightly            the last {@code kz nightly}, or null when none ran yet
 * @param sources            every government source, snapshot age null when none is loaded
 * @param maxSnapshotAgeDays the policy's max_snapshot_age_days in force today, null when no policy set is in force
 * @param householdsIncluded households included in the list version in force today, null when none is
 */
public record RunMetrics(List<Job> jobs, Nightly nightly, List<Source> sources, Integer maxSnapshotAgeDays,
        Integer householdsIncluded, String listAsOf) {

    /**
     * @param job              {@code ingest}, {@code listBuild}, {@code settle}
     * @param outcome          Spring Batch's status of the last run ({@code COMPLETED}, {@code FAILED}, ...)
     * @param lastSuccessEpoch end of the last completed run, null when none completed
     */
    public record Job(String job, String outcome, double startEpoch, double seconds, long read, long stored,
            long rejected, Double lastSuccessEpoch) {
        public boolean succeeded() {
            return "COMPLETED".equals(outcome);
        }
    }

    /** The last {@code kz nightly}: exit code, start, duration and the end of the last one that exited 0. */
    public record Nightly(int exitCode, double startEpoch, double seconds, Double lastSuccessEpoch) {
    }

    /** A source's latest snapshot: its age in days and records, both null when none is loaded. */
    public record Source(String source, Long ageDays, Long records) {
    }
}
