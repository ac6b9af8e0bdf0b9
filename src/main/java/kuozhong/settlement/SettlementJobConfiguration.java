package kuozhong.settlement;

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
import kuozhong.common.DataException;
import kuozhong.common.Messages;
import kuozhong.common.KzSettings;
import kuozhong.common.RunLog;
import kuozhong.ingest.FileReport;
import kuozhong.ingest.IngestJobConfiguration;
import kuozhong.ingest.IngestService;
import kuozhong.policy.PolicyFile;

/**
 * {@code settleJob}: {@code ledgerIngestStep} loads the bank ledger of the year (any rejected record fails
 * it), keeping what it loaded in memory ({@link LedgerCapture}) for the next step; {@code settleLoansStep} settles every loan and publishes the settlement (or, when a reconciliation
 * check fails, writes the run's files under {@code failed/} and fails); {@code settlementOutputsStep} writes the
 * files of the published settlement. A crash while writing restarts at the last step, which reads the
 * stored settlement back instead of settling again.
 */
@Configuration
public class SettlementJobConfiguration {
    public static final String YEAR = "year";

    @Bean
    public LedgerCapture ledgerCapture() {
        return new LedgerCapture();
    }

    @Bean
    public SettlementService settlementService(@Qualifier("bulk") Jdbi bulkJdbi, LedgerCapture ledgerCapture) {
        return new SettlementService(bulkJdbi, ledgerCapture);
    }

    @Bean
    public Job settleJob(JobRepository jobRepository, RunLog runLog, Step ledgerIngestStep,
            Step settleLoansStep, Step settlementOutputsStep) {
        return new JobBuilder("settleJob", jobRepository).listener(runLog).start(ledgerIngestStep)
                .next(settleLoansStep).next(settlementOutputsStep).build();
    }

    @Bean
    public Step ledgerIngestStep(JobRepository jobRepository, RunLog runLog,
            PlatformTransactionManager transactionManager,
            IngestService ingestService, KzSettings settings, Console console, LedgerCapture ledgerCapture) {
        return new StepBuilder("ledgerIngestStep", jobRepository).tasklet((contribution, chunk) -> {
            int year = Integer.parseInt(contribution.getStepExecution().getJobParameters().getString(YEAR));
            IngestService.Report report = ingestService.ingestLedger(settings.inbox(), year,
                    contribution.getStepExecution().getJobExecutionId(), console::say, ledgerCapture::rows);
            IngestJobConfiguration.record(report, contribution);
            if (report.failed()) {
                throw new DataException(Messages.text("settle.ledgerNotLoaded", year, report.files().stream()
                        .filter(FileReport::failed).map(IngestService::lineText).toList()));
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).listener(runLog).build();
    }

    @Bean
    public Step settleLoansStep(JobRepository jobRepository, RunLog runLog,
            PlatformTransactionManager transactionManager,
            SettlementService service, KzSettings settings, Console console) {
        return new StepBuilder("settleLoansStep", jobRepository).tasklet((contribution, chunk) -> {
            int year = Integer.parseInt(contribution.getStepExecution().getJobParameters().getString(YEAR));
            SettlementService.Outcome o = service.settle(year, PolicyFile.load(settings.policy()), settings.inbox(),
                    settings.out().resolve("settlement"), contribution.getStepExecution().getJobExecutionId(), console);
            contribution.getStepExecution().setReadCount(o.result().ledgerLoans());
            contribution.incrementWriteCount(o.result().detail().size());
            contribution.incrementFilterCount(o.result().exceptions().size());
            if (!o.checksPassed()) {
                throw new DataException(Messages.text("settle.checkFailed", o.dir().resolve("subsidy-" + year + ".xlsx"),
                        year, o.dir()));
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).listener(runLog).build();
    }

    @Bean
    public Step settlementOutputsStep(JobRepository jobRepository, RunLog runLog,
            PlatformTransactionManager transactionManager,
            SettlementService service, KzSettings settings, Console console) {
        return new StepBuilder("settlementOutputsStep", jobRepository).tasklet((contribution, chunk) -> {
            int year = Integer.parseInt(contribution.getStepExecution().getJobParameters().getString(YEAR));
            service.writeOutputs(year, PolicyFile.load(settings.policy()), settings.out().resolve("settlement"),
                    console);
            return RepeatStatus.FINISHED;
        }, transactionManager).listener(runLog).build();
    }
}
