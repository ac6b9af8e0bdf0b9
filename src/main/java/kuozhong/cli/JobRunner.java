package kuozhong.cli;

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

    private void markDead(JobExecution execution) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("the process running it died"));
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(
                "the process running it died (crash, kill or power cut); restarted by the next run"));
        execution.setEndTime(now);
        repository.update(execution);
    }
}
