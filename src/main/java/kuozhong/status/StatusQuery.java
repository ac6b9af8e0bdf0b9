package kuozhong.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import kuozhong.common.StepTotals;
import kuozhong.household.ListVersionDao;
import kuozhong.ingest.FileLoad;
import kuozhong.ingest.FileLoadDao;
import kuozhong.ingest.Source;
import kuozhong.settlement.SettlementDao;

/** Reads the facts of {@code kz status} from the job repository and the stores of the features. */
public final class StatusQuery {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final JobRepository repository;
    private final Jdbi jdbi;

    public StatusQuery(JobRepository repository, Jdbi jdbi) {
        this.repository = repository;
        this.jdbi = jdbi;
    }

    /** The facts as of {@code today}, with the {@code runs} most recent runs. */
    public StatusFacts facts(LocalDate today, int runs) {
        List<JobExecution> executions = recentExecutions(runs);
        List<StatusFacts.Run> recent = executions.stream().limit(runs).map(StatusQuery::run).toList();
        StatusFacts.FileLoads files = executions.stream()
                .filter(e -> e.getJobInstance().getJobName().equals("ingestJob")
                        || e.getJobInstance().getJobName().equals("settleJob"))
                .findFirst().map(e -> new StatusFacts.FileLoads(e.getId(),
                        jdbi.onDemand(FileLoadDao.class).byJobExecution(e.getId()).stream()
                                .map(StatusQuery::file).toList()))
                .orElse(null);
        return new StatusFacts(StatusFacts.SCHEMA, LocalDateTime.now().withNano(0).format(TIME), recent,
                failedRuns(executions), files, sources(today), listInForce(today), settlements());
    }

    /** The latest snapshot of each government source on {@code today}: the seven required, then the three optional. */
    public List<StatusFacts.SourceSnapshot> sources(LocalDate today) {
        List<FileLoad> latest = jdbi.onDemand(FileLoadDao.class).latestSnapshots(today);
        List<StatusFacts.SourceSnapshot> out = new ArrayList<>();
        for (Source s : Source.governmentDelivery()) {
            FileLoad l = latest.stream().filter(f -> f.source().equals(s.id())).findFirst().orElse(null);
            out.add(l == null ? new StatusFacts.SourceSnapshot(s.id(), null, null, null, null)
                    : new StatusFacts.SourceSnapshot(s.id(), l.deliveryDate().toString(), l.delivery(),
                            ChronoUnit.DAYS.between(l.deliveryDate(), today), l.loaded()));
        }
        return out;
    }

    /** The list version in force on {@code today}, or null. */
    public StatusFacts.ListInForce listInForce(LocalDate today) {
        return jdbi.onDemand(ListVersionDao.class).inForce(today)
                .map(v -> new StatusFacts.ListInForce(v.versionId(), v.asOf().toString(), time(v.builtAt()),
                        v.householdsEvaluated(), v.householdsIncluded(), v.membersIncluded()))
                .orElse(null);
    }

    /** The settlement in force of every settled year. */
    public List<StatusFacts.Settlement> settlements() {
        return jdbi.onDemand(SettlementDao.class).settledYears().stream()
                .map(s -> new StatusFacts.Settlement(s.settlementYear(), s.settlementId(), time(s.settledAt()),
                        s.ledgerDelivery(), s.ledgerLoans(), s.subsidisedLoans(), s.refusedLoans(),
                        money(s.fiscalSubsidy()), money(s.householdSaving()), "Y".equals(s.checksPassed())))
                .toList();
    }

    private List<JobExecution> recentExecutions(int runs) {
        List<JobExecution> executions = new ArrayList<>();
        for (String job : repository.getJobNames()) {
            for (JobInstance instance : repository.getJobInstances(job, 0, runs)) {
                executions.addAll(repository.getJobExecutions(instance));
            }
        }
        executions.sort(Comparator.comparing(JobExecution::getCreateTime).reversed());
        return executions;
    }

    static StatusFacts.Run run(JobExecution ex) {
        StepTotals totals = StepTotals.of(ex);
        Map<String, String> params = new LinkedHashMap<>();
        ex.getJobParameters().parameters().stream()
                .filter(p -> p.identifying() && !p.name().equals("rerun"))
                .forEach(p -> params.put(p.name(), String.valueOf(p.value())));
        Double seconds = ex.getStartTime() == null || ex.getEndTime() == null ? null
                : Duration.between(ex.getStartTime(), ex.getEndTime()).toMillis() / 1000.0;
        return new StatusFacts.Run(ex.getId(), jobName(ex), time(ex.getStartTime()), time(ex.getEndTime()),
                ex.getStatus().isRunning() ? "RUNNING" : ex.getStatus().toString(), seconds, totals.read(),
                totals.written(), totals.filtered(), params);
    }

    /** A simulation is never restarted (simulate.md): a failed one is simply run again, never a failed run. */
    private static final String SIMULATION = "listSimulateJob";

    /** {@code ingest}, {@code listBuild}, {@code settle}, {@code list simulate}: the job as the operator knows it. */
    static String jobName(JobExecution ex) {
        String name = ex.getJobInstance().getJobName();
        return SIMULATION.equals(name) ? "list simulate" : name.replace("Job", "");
    }

    private List<StatusFacts.FailedRun> failedRuns(List<JobExecution> executions) {
        List<StatusFacts.FailedRun> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (JobExecution ex : executions) {
            JobInstance instance = ex.getJobInstance();
            if (!seen.add(instance.getInstanceId()) || SIMULATION.equals(instance.getJobName())) {
                continue;
            }
            JobExecution last = repository.getLastJobExecution(instance);
            if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)
                    && !superseded(last, executions)) {
                String step = last.getStepExecutions().stream()
                        .filter(s -> s.getStatus() != BatchStatus.COMPLETED).map(StepExecution::getStepName)
                        .findFirst().orElse(null);
                String why = last.getExitStatus().getExitDescription();
                why = why == null ? null : why.lines().findFirst().orElse(null);
                out.add(new StatusFacts.FailedRun(last.getId(), jobName(last), step,
                        why == null || why.isBlank() ? null : why, command(last)));
            }
        }
        return out;
    }

    /** A later ingest completed (on a newer inbox), so the failed one needs nothing more. */
    public static boolean superseded(JobExecution failed, List<JobExecution> all) {
        return failed.getJobInstance().getJobName().equals("ingestJob") && all.stream().anyMatch(e ->
                e.getJobInstance().getJobName().equals("ingestJob") && e.getStatus() == BatchStatus.COMPLETED
                        && e.getCreateTime().isAfter(failed.getCreateTime()));
    }

    /** The command that restarts a job instance. */
    private static String command(JobExecution ex) {
        var p = ex.getJobParameters();
        return switch (ex.getJobInstance().getJobName()) {
            case "listBuildJob" -> "kz list build --as-of " + p.getString("asOf");
            case "settleJob" -> "kz settle --year " + p.getString("year");
            default -> "kz ingest";
        };
    }

    private static StatusFacts.FileLoaded file(FileLoad f) {
        return new StatusFacts.FileLoaded(f.state(), f.delivery(), f.fileName(), nz(f.records()), nz(f.loaded()),
                nz(f.rejected()), f.rejectsByReason() == null || f.rejectsByReason().isEmpty() ? null
                        : f.rejectsByReason(),
                f.seconds() == null ? null : f.seconds().doubleValue(), f.message());
    }

    private static long nz(Long n) {
        return n == null ? 0 : n;
    }

    private static String money(BigDecimal b) {
        return b == null ? null : b.setScale(2).toPlainString();
    }

    static String time(LocalDateTime t) {
        return t == null ? null : t.withNano(0).format(TIME);
    }
}
