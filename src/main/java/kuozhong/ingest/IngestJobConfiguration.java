package kuozhong.ingest;

import kuozhong.common.Messages;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import kuozhong.common.Console;
import kuozhong.common.KzSettings;
import kuozhong.common.RunLog;

/** {@code ingestJob}: one step that loads every complete delivery not yet loaded. */
@Configuration
public class IngestJobConfiguration {

    /** Key of the run report lines in the step's execution context (shown by {@code kz status}). */
    public static final String REPORT = "report";

    @Bean
    public IngestService ingestService(@Qualifier("bulk") Jdbi bulkJdbi, KzSettings settings) {
        return new IngestService(bulkJdbi, settings.out().resolve("ingest"), settings.maxRejectRatio());
    }

    @Bean
    public Job ingestJob(JobRepository jobRepository, RunLog runLog, Step ingestFilesStep) {
        return new JobBuilder("ingestJob", jobRepository).listener(runLog).start(ingestFilesStep).build();
    }

    @Bean
    public Step ingestFilesStep(JobRepository jobRepository, RunLog runLog,
            PlatformTransactionManager transactionManager,
            IngestService ingestService, KzSettings settings, Console console) {
        return new StepBuilder("ingestFilesStep", jobRepository).tasklet((contribution, chunk) -> {
            var stepExecution = contribution.getStepExecution();
            IngestService.Report report = ingestService.ingestAll(settings.inbox(),
                    stepExecution.getJobExecutionId(), console::say);
            record(report, contribution);
            if (report.failed()) {
                throw new IngestException(failureSummary(report));
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).listener(runLog).build();
    }

    /** Counts a load run into its step (read, written, filtered) and keeps its report lines for kz status. */
    public static void record(IngestService.Report report, org.springframework.batch.core.step.StepContribution c) {
        List<String> lines = new ArrayList<>(report.notices());
        long read = 0;
        for (FileReport f : report.files()) {
            lines.add(IngestService.englishLine(f));
            c.incrementWriteCount(f.loaded());
            c.incrementFilterCount(f.rejected());
            read += f.records();
        }
        c.getStepExecution().setReadCount(read);
        c.getStepExecution().getExecutionContext().put(REPORT, String.join("\n", lines));
    }

    static Messages.Text failureSummary(IngestService.Report report) {
        List<Messages.Text> failed = new ArrayList<>();
        for (FileReport f : report.files()) {
            if (f.failed()) {
                failed.add(Messages.text("ingest.fileFailed", f.delivery(), f.file(), f.failure(),
                        f.text() == null ? f.message() : f.text()));
            }
        }
        return Messages.text("ingest.failureSummary", failed);
    }
}
