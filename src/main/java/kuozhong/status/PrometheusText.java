package kuozhong.status;

import java.math.BigDecimal;
import java.util.function.ToDoubleFunction;

/**
 * Renders {@link RunMetrics} in the Prometheus text exposition format (version 0.0.4), for node_exporter's
 * textfile collector: one {@code # HELP} and {@code # TYPE} line per metric family, then its samples.
 */
public final class PrometheusText {
    private final StringBuilder out = new StringBuilder();

    private PrometheusText() {
    }

    public static String render(RunMetrics m) {
        PrometheusText p = new PrometheusText();
        p.perJob(m, "kz_job_last_run_success", "1 when the last run of the job completed, 0 when it failed or stopped.",
                j -> j.succeeded() ? 1 : 0);
        p.family("kz_job_last_run_info", "The outcome of the last run of the job, as a label (value always 1).");
        for (RunMetrics.Job j : m.jobs()) {
            p.sample("kz_job_last_run_info", "job=\"" + j.job() + "\",outcome=\"" + j.outcome() + "\"", 1);
        }
        p.perJob(m, "kz_job_last_run_start_timestamp_seconds", "When the last run of the job started (Unix time).",
                RunMetrics.Job::startEpoch);
        p.perJob(m, "kz_job_last_run_duration_seconds", "How long the last run of the job took.",
                RunMetrics.Job::seconds);
        p.perJob(m, "kz_job_last_run_records_read",
                "Records read by the last run (ingest: records; list build: households evaluated; settle: ledger records and loans).",
                j -> j.read());
        p.perJob(m, "kz_job_last_run_records_stored",
                "Records stored by the last run (ingest: records loaded; list build: households included; settle: stored or subsidised).",
                j -> j.stored());
        p.perJob(m, "kz_job_last_run_records_rejected",
                "Records rejected by the last run (ingest: rejected records; list build: households excluded; settle: rejected or refused).",
                j -> j.rejected());
        p.family("kz_job_last_success_timestamp_seconds", "When the job last completed successfully (Unix time).");
        for (RunMetrics.Job j : m.jobs()) {
            if (j.lastSuccessEpoch() != null) {
                p.sample("kz_job_last_success_timestamp_seconds", "job=\"" + j.job() + "\"", j.lastSuccessEpoch());
            }
        }
        if (m.nightly() != null) {
            RunMetrics.Nightly n = m.nightly();
            p.single("kz_nightly_last_run_success", "1 when the last kz nightly exited 0.", n.exitCode() == 0 ? 1 : 0);
            p.single("kz_nightly_last_run_exit_code", "Exit code of the last kz nightly (0 ok, 1 data, 2 usage, 3 locked).",
                    n.exitCode());
            p.single("kz_nightly_last_run_start_timestamp_seconds", "When the last kz nightly started (Unix time).",
                    n.startEpoch());
            p.single("kz_nightly_last_run_duration_seconds", "How long the last kz nightly took.", n.seconds());
            if (n.lastSuccessEpoch() != null) {
                p.single("kz_nightly_last_success_timestamp_seconds", "When a kz nightly last ended with exit 0 (Unix time).",
                        n.lastSuccessEpoch());
            }
        }
        p.family("kz_source_snapshot_loaded", "1 when a snapshot of the source is loaded, 0 when none is.");
        for (RunMetrics.Source s : m.sources()) {
            p.sample("kz_source_snapshot_loaded", source(s), s.ageDays() == null ? 0 : 1);
        }
        p.family("kz_source_snapshot_age_days", "Age in days of the latest loaded snapshot of the source (today minus its delivery date).");
        for (RunMetrics.Source s : m.sources()) {
            if (s.ageDays() != null) {
                p.sample("kz_source_snapshot_age_days", source(s), s.ageDays());
            }
        }
        p.family("kz_source_snapshot_records", "Records loaded in the latest snapshot of the source.");
        for (RunMetrics.Source s : m.sources()) {
            if (s.records() != null) {
                p.sample("kz_source_snapshot_records", source(s), s.records());
            }
        }
        if (m.maxSnapshotAgeDays() != null) {
            p.single("kz_source_snapshot_max_age_days", "max_snapshot_age_days of the policy set in force today.",
                    m.maxSnapshotAgeDays());
        }
        if (m.householdsIncluded() != null) {
            p.family("kz_list_households_included", "Households included in the list version in force today.");
            p.sample("kz_list_households_included", "as_of=\"" + m.listAsOf() + "\"", m.householdsIncluded());
        }
        return p.out.toString();
    }

    private static String source(RunMetrics.Source s) {
        return "source=\"" + s.source() + "\"";
    }

    private void perJob(RunMetrics m, String name, String help, ToDoubleFunction<RunMetrics.Job> value) {
        family(name, help);
        for (RunMetrics.Job j : m.jobs()) {
            sample(name, "job=\"" + j.job() + "\"", value.applyAsDouble(j));
        }
    }

    private void single(String name, String help, double value) {
        family(name, help);
        sample(name, null, value);
    }

    private void family(String name, String help) {
        out.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
    }

    private void sample(String name, String labels, double value) {
        out.append(name);
        if (labels != null) {
            out.append('{').append(labels).append('}');
        }
        out.append(' ').append(number(value)).append('\n');
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

}
