package kuozhong.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import kuozhong.common.Console;
import kuozhong.common.Messages;
import kuozhong.common.StepTotals;
import kuozhong.ingest.Delivery;
import kuozhong.ingest.InboxScanner;
import kuozhong.ingest.Manifest;
import kuozhong.ingest.quality.QualityReport;
import kuozhong.ingest.quality.QualityRules;

/** Runs the jobs for the commands and turns their outcome into messages and exit codes. */
final class Jobs {
    private Jobs() {
    }

    static int ingest(Session session, GlobalOptions options, Console console) throws Exception {
        Path inbox = options.home().resolve("inbox");
        JobParameters params = new JobParametersBuilder()
                .addString("inbox", inboxFingerprint(inbox), true).toJobParameters();
        JobRunner.Outcome outcome;
        try {
            outcome = run(session, "ingestJob", params);
        } finally {
            qualityWorkbook(session, options, console);
        }
        return finish(Messages.get("job.ingest"), outcome, console, "job.ingest");
    }

    static int listBuild(Session session, java.time.LocalDate asOf, boolean allowDegenerate, Console console)
            throws Exception {
        JobParameters params = new JobParametersBuilder()
                .addString(kuozhong.household.ListJobConfiguration.AS_OF, asOf.toString(), true)
                .addString(kuozhong.household.ListJobConfiguration.ALLOW_DEGENERATE, Boolean.toString(allowDegenerate), false)
                .toJobParameters();
        JobRunner.Outcome outcome = run(session, "listBuildJob", params);
        return finish(Messages.get("job.listBuild", asOf), outcome, console, "job.listBuild");
    }

    static int settle(Session session, int year, Console console) throws Exception {
        JobParameters params = new JobParametersBuilder()
                .addString(kuozhong.settlement.SettlementJobConfiguration.YEAR, Integer.toString(year), true)
                .toJobParameters();
        JobRunner.Outcome outcome = run(session, "settleJob", params);
        return finish(Messages.get("job.settle", year), outcome, console, "job.settle");
    }

    static int listSimulate(Session session, java.time.LocalDate asOf, Path draft, String name,
            java.time.LocalDateTime started, Console console) throws Exception {
        JobParameters params = new JobParametersBuilder()
                .addString(kuozhong.simulate.SimulationJobConfiguration.NAME, name, true)
                .addString(kuozhong.simulate.SimulationJobConfiguration.AS_OF, asOf.toString(), true)
                .addString(kuozhong.simulate.SimulationJobConfiguration.STARTED, started.toString(), true)
                .addString(kuozhong.simulate.SimulationJobConfiguration.DRAFT, draft.toString(), false)
                .toJobParameters();
        JobRunner.Outcome outcome = runner(session).run(session.bean("listSimulateJob", Job.class), params, true);
        return finish(Messages.get("job.listSimulate", name, asOf), outcome, console, "job.listSimulate");
    }

    /** Runs (or restarts) a job, then rewrites {@code out/metrics/kz.prom}, whether the run succeeded or not. */
    private static JobRunner.Outcome run(Session session, String job, JobParameters params) throws Exception {
        try {
            return runner(session).run(session.bean(job, Job.class), params, true);
        } finally {
            session.metrics().update(java.time.LocalDate.now());
        }
    }

    /** Regenerates out/ingest/quality.xlsx after every ingest, failed ones included; never fails the run. */
    private static void qualityWorkbook(Session session, GlobalOptions options, Console console) {
        try {
            java.math.BigDecimal limit = java.math.BigDecimal.valueOf(
                    session.bean(kuozhong.common.KzSettings.class).maxRejectRatio());
            QualityReport.write(session.bean("bulkJdbi", org.jdbi.v3.core.Jdbi.class),
                    new QualityRules(limit, QualityReport.dropThreshold()), options.home().resolve("out"));
        } catch (java.io.IOException | RuntimeException e) {
            console.warn(Messages.get("job.qualityNotWritten", QualityReport.FILE_NAME, e.getLocalizedMessage()));
        }
    }

    static JobRunner runner(Session session) {
        return new JobRunner(session.bean(JobOperator.class), session.bean(JobRepository.class));
    }

    /**
     * Prints the closing line (or the failure) of a run and returns its exit code; {@code labels} is the key of
     * the job whose {@code .read}, {@code .written} and {@code .filtered} name the three counts.
     */
    static int finish(String what, JobRunner.Outcome outcome, Console console, String labels) {
        JobExecution ex = outcome.execution();
        Duration took = ex.getStartTime() == null || ex.getEndTime() == null ? Duration.ZERO
                : Duration.between(ex.getStartTime(), ex.getEndTime());
        StepTotals totals = StepTotals.of(ex);
        String restarted = outcome.restarted() ? Messages.get("job.restarted", ex.getJobInstanceId()) : "";
        if (ex.getStatus() == BatchStatus.COMPLETED) {
            console.say(Messages.get("job.finished", what, restarted, totals.read(), Messages.get(labels + ".read"),
                    totals.written(), Messages.get(labels + ".written"), totals.filtered(),
                    Messages.get(labels + ".filtered"), took.toMillis() / 1000.0));
            return ExitCode.OK;
        }
        List<Throwable> failures = ex.getAllFailureExceptions();
        for (Throwable t : failures) {
            var fault = ResourceFault.of(t); // the stack trace is in the log file (Spring Batch logs it)
            if (fault.isPresent()) {
                console.warn(Messages.get("job.failed", what, restarted, fault.get().message()));
                return ExitCode.DATA;
            }
        }
        String message = failures.isEmpty() ? JobRunner.localDescription(ex.getExitStatus().getExitDescription())
                : failures.get(0).getLocalizedMessage();
        console.warn(Messages.get("job.failed", what, restarted, "\n" + message));
        for (Throwable t : failures) {
            if (KzCommand.exitCode(t) == ExitCode.USAGE) {
                return ExitCode.USAGE;
            }
        }
        return ExitCode.DATA;
    }

    /** Identifies the set of complete deliveries: the same inbox gives the same ingest job instance. */
    static String inboxFingerprint(Path inbox) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Delivery d : InboxScanner.scan(inbox, s -> { })) {
                sha.update(d.name().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(d.dir().resolve(Manifest.FILE_NAME)));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
