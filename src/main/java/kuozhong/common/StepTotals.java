package kuozhong.common;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The read, write and filter counts of a job execution, summed over its steps. */
public record StepTotals(long read, long written, long filtered) {

    public static StepTotals of(JobExecution execution) {
        long read = 0;
        long written = 0;
        long filtered = 0;
        for (StepExecution s : execution.getStepExecutions()) {
            read += s.getReadCount();
            written += s.getWriteCount();
            filtered += s.getFilterCount();
        }
        return new StepTotals(read, written, filtered);
    }
}
