package kuozhong.cli;

import kuozhong.common.Messages;

import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Starts a job, or restarts its failed instance: the identifying parameters are the real ones
 * (delivery set, as-of date, year), so running the same command again after a crash continues the same
 * job instance from the step where it stopped.
 */
final class JobRunner {
    private final JobOperator operator;
    private final JobRepository repository;

    JobRunner(JobOperator operator, JobRepository repository) {
        this.operator = operator;
        this.repository = repository;
    }

    /** The outcome of {@link #run}: the execution, and whether it was a restart. */
    record Outcome(JobExecution execution, boolean restarted, boolean alreadyComplete) {
    }

    /**
     * @param rerunWhenComplete when the instance completed before: run it again as a new instance
     *                          (rebuilding a list version, settling a year again) instead of reporting
     *                          that there is nothing to do
     */
    Outcome run(Job job, JobParameters params, boolean rerunWhenComplete) throws Exception {
        JobExecution last = repository.getLastJobExecution(job.getName(), params);
        if (last != null && last.getStatus().isRunning()) {
            // this process holds the lock, so the execution's process is gone: a crash or kill -9
            markDead(last);
        }
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            if (!rerunWhenComplete) {
                return new Outcome(last, false, true);
            }
            JobParameters again = new JobParametersBuilder(params)
                    .addString("rerun", LocalDateTime.now().toString(), true).toJobParameters();
            return new Outcome(operator.start(job, again), false, false);
        }
        if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
            // a new execution of the failed instance: Spring Batch skips its completed steps; the
            // non-identifying parameters (--allow-degenerate) are those given now
            return new Outcome(operator.start(job, params), true, false);
        }
        return new Outcome(operator.start(job, params), false, false);
    }

    private static final String STEP_DIED = "job.stepDied";
    private static final String JOB_DIED = "job.died";

    /**
     * An exit description as the operator reads it: the database holds the English text (as the log), the ones
     * this class writes are shown in the operator's language.
     */
    static String localDescription(String stored) {
        if (stored == null) {
            return null;
        }
        // the longer first: the step's text is the start of the job's
        return stored.replace(Messages.english(JOB_DIED), Messages.get("job.died"))
                .replace(Messages.english(STEP_DIED), Messages.get("job.stepDied"));
    }

    private void markDead(JobExecution execution) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(Messages.english(STEP_DIED)));
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(Messages.english(JOB_DIED)));
        execution.setEndTime(now);
        repository.update(execution);
    }
}
