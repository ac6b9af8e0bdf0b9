package kuozhong.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import kuozhong.common.Console;
import kuozhong.common.DisplayWidth;
import kuozhong.common.Messages;
import kuozhong.common.StepTotals;
import kuozhong.ingest.FileLoad;
import kuozhong.ingest.FileLoadDao;
import kuozhong.ingest.Source;
import kuozhong.status.StatusFacts;
import kuozhong.status.StatusJson;
import kuozhong.status.StatusQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kz status}: recent runs, failed runs and what re-running does, the age of each source. */
@Command(name = "status", mixinStandardHelpOptions = true)
class StatusCommand implements Callable<Integer> {
    /** A simulation is never restarted (simulate.md): a failed one is simply run again. */
    private static final String SIMULATION = "listSimulateJob";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    KzCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "15")
    int runs;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr());
        try (Session session = Session.openToRead(parent.global, console, "kz status")) {
            JobRepository repo = session.bean(JobRepository.class);
            if (json) {
                console.say(StatusJson.render(new StatusQuery(repo, session.bean("bulkJdbi", Jdbi.class))
                        .facts(LocalDate.now(), runs)));
                return ExitCode.OK;
            }
            List<JobExecution> executions = new ArrayList<>();
            for (String job : repo.getJobNames()) {
                for (JobInstance instance : repo.getJobInstances(job, 0, runs)) {
                    executions.addAll(repo.getJobExecutions(instance));
                }
            }
            executions.sort(Comparator.comparing(JobExecution::getCreateTime).reversed());
            console.say(Messages.get("status.recentRuns"));
            if (executions.isEmpty()) {
                console.say(Messages.get("status.noneYet"));
            }
            console.say(header());
            for (JobExecution ex : executions.stream().limit(runs).toList()) {
                console.say(row(ex));
            }
            List<String> failed = failedInstances(repo, executions);
            if (!failed.isEmpty()) {
                console.say("");
                console.say(Messages.get("status.failedRuns"));
                failed.forEach(console::say);
            }
            Jdbi jdbi = session.bean("bulkJdbi", Jdbi.class);
            executions.stream().filter(e -> e.getJobInstance().getJobName().equals("ingestJob")
                    || e.getJobInstance().getJobName().equals("settleJob")).findFirst().ifPresent(last -> {
                        List<FileLoad> files = jdbi.onDemand(FileLoadDao.class).byJobExecution(last.getId());
                        console.say("");
                        console.say(Messages.get(files.isEmpty() ? "status.filesLoadedNone" : "status.filesLoaded", last.getId()));
                        for (FileLoad f : files) {
                            console.say(String.format(Locale.ROOT, "  %-9s %s", f.state(), Messages.get("status.file",
                                    f.delivery(), f.fileName(), nz(f.records()), nz(f.loaded()),
                                    nz(f.rejected()), f.rejectsByReason() == null || f.rejectsByReason().isEmpty() ? ""
                                            : " (" + f.rejectsByReason() + ")",
                                    f.seconds() == null ? "-" : f.seconds().toPlainString(),
                                    f.message() == null ? "" : " — " + f.message())));
                        }
                    });
            console.say("");
            console.say(Messages.get("status.latestSnapshots"));
            List<FileLoad> latest = jdbi.onDemand(FileLoadDao.class).latestSnapshots(LocalDate.now());
            LocalDate today = LocalDate.now();
            for (Source s : Source.governmentDelivery()) {
                FileLoad l = latest.stream().filter(f -> f.source().equals(s.id())).findFirst().orElse(null);
                console.say(String.format(Locale.ROOT, "  %-18s %s", s.id(), l == null ? Messages.get("status.noneLoaded")
                        : Messages.get("status.snapshot", l.deliveryDate(), l.delivery(),
                                ChronoUnit.DAYS.between(l.deliveryDate(), today), l.loaded())));
            }
            printListAndSettlements(console, new StatusQuery(repo, jdbi));
        }
        return ExitCode.OK;
    }

    private static long nz(Long n) {
        return n == null ? 0 : n;
    }

    /** The header of the runs table, padded by display width (a Chinese header is twice as wide as its length). */
    static String header() {
        return "  " + DisplayWidth.left(Messages.get("status.col.run"), 5)
                + " " + DisplayWidth.left(Messages.get("status.col.job"), 14)
                + " " + DisplayWidth.left(Messages.get("status.col.start"), 19)
                + " " + DisplayWidth.left(Messages.get("status.col.end"), 19)
                + " " + DisplayWidth.left(Messages.get("status.col.outcome"), 9)
                + " " + DisplayWidth.right(Messages.get("status.col.read"), 12)
                + " " + DisplayWidth.right(Messages.get("status.col.stored"), 12)
                + " " + DisplayWidth.right(Messages.get("status.col.rejected"), 10)
                + "  " + Messages.get("status.col.parameters");
    }

    private static String row(JobExecution ex) {
        StepTotals totals = StepTotals.of(ex);
        String params = ex.getJobParameters().parameters().stream()
                .filter(p -> p.identifying() && !p.name().equals("rerun"))
                .map(p -> p.name() + "=" + p.value()).collect(Collectors.joining(" "));
        return String.format(Locale.ROOT, "  %-5d %-14s %-19s %-19s %-9s %,12d %,12d %,10d  %s", ex.getId(),
                jobLabel(ex.getJobInstance().getJobName()), time(ex.getStartTime()), time(ex.getEndTime()),
                ex.getStatus().isRunning() ? "RUNNING" : ex.getStatus().toString(), totals.read(), totals.written(), totals.filtered(), params);
    }

    /** The job as the operator knows it: {@code list simulate}, {@code listBuild}, {@code settle}, ... */
    private static String jobLabel(String jobName) {
        return SIMULATION.equals(jobName) ? "list simulate" : jobName.replace("Job", "");
    }

    private static List<String> failedInstances(JobRepository repo, List<JobExecution> executions) {
        List<String> lines = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (JobExecution ex : executions) {
            JobInstance instance = ex.getJobInstance();
            if (!seen.add(instance.getInstanceId())) {
                continue;
            }
            JobExecution last = repo.getLastJobExecution(instance);
            if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)
                    && !StatusQuery.superseded(last, executions) && !SIMULATION.equals(instance.getJobName())) {
                String step = last.getStepExecutions().stream()
                        .filter(s -> s.getStatus() != BatchStatus.COMPLETED).map(StepExecution::getStepName)
                        .findFirst().orElse(Messages.get("status.firstStep"));
                String why = JobRunner.localDescription(last.getExitStatus().getExitDescription());
                why = why == null ? "" : why.lines().findFirst().orElse("");
                lines.add(Messages.get("status.failedRun", last.getId(), instance.getJobName().replace("Job", ""),
                        step, why.isBlank() ? "" : " — " + why, System.lineSeparator(), command(last)));
            }
        }
        return lines;
    }


    /** The command that restarts a job instance. */
    private static String command(JobExecution ex) {
        var p = ex.getJobParameters();
        return switch (ex.getJobInstance().getJobName()) {
            case "listBuildJob" -> "kz list build --as-of " + p.getString("asOf");
            case "settleJob" -> "kz settle --year " + p.getString("year");
            default -> Messages.get("status.rerunIngest");
        };
    }

    private static String time(LocalDateTime t) {
        return t == null ? "-" : t.format(TIME);
    }

    /** The list version in force and the settlement of each year (the same facts as {@code --json}). */
    private static void printListAndSettlements(Console console, StatusQuery query) {
        console.say("");
        StatusFacts.ListInForce list = query.listInForce(LocalDate.now());
        console.say(list == null ? Messages.get("status.listNone")
                : Messages.get("status.list", list.asOf(), list.versionId(), list.builtAt().replace('T', ' '),
                        list.householdsEvaluated(), list.householdsIncluded(), list.membersIncluded()));
        List<StatusFacts.Settlement> settlements = query.settlements();
        if (!settlements.isEmpty()) {
            console.say(Messages.get("status.settlements"));
            for (StatusFacts.Settlement st : settlements) {
                console.say(Messages.get("status.settlement", st.year(), st.settledAt().replace('T', ' '),
                        st.ledgerDelivery(), st.ledgerLoans(), st.subsidisedLoans(), st.refusedLoans(),
                        String.valueOf(st.fiscalSubsidy()), st.checksPassed() ? "" : Messages.get("status.checksFailed")));
            }
        }
    }
}
