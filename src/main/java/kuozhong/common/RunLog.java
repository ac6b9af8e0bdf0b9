package kuozhong.common;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * One log line per step with its counts and seconds, and a summary line per job: what operators read
 * in {@code logs/kz.log}. Counts only, never personal data. Holds no state of its own.
 */
@Component
public class RunLog implements StepExecutionListener, JobExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger("kuozhong.run");
    /** The MDC key every log line of a job carries (a field of its own in structured log lines). */
    public static final String JOB_EXECUTION_ID = "jobExecutionId";

    @Override
    public void beforeJob(JobExecution job) {
        MDC.put(JOB_EXECUTION_ID, Long.toString(job.getId()));
        LOG.info("job {} (run {}) started: {}", job.getJobInstance().getJobName(), job.getId(),
                job.getJobParameters().parameters().stream().filter(p -> p.identifying())
                        .map(p -> p.name() + "=" + p.value()).toList());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        LOG.info(String.format(Locale.ROOT, "step %s: %s, read %,d, written %,d, filtered %,d, %.1f s",
                step.getStepName(), step.getStatus(), step.getReadCount(), step.getWriteCount(),
                step.getFilterCount(), seconds(step.getStartTime(), LocalDateTime.now())));
        return step.getExitStatus();
    }

    @Override
    public void afterJob(JobExecution job) {
        StepTotals totals = StepTotals.of(job);
        LOG.info(String.format(Locale.ROOT, "job %s (run %d) %s: read %,d, written %,d, filtered %,d, %.1f s",
                job.getJobInstance().getJobName(), job.getId(), job.getStatus(), totals.read(), totals.written(), totals.filtered(),
                seconds(job.getStartTime(), LocalDateTime.now())));
        MDC.remove(JOB_EXECUTION_ID);
    }

    private static double seconds(LocalDateTime from, LocalDateTime to) {
        return from == null ? 0 : Duration.between(from, to).toMillis() / 1000.0;
    }
}
