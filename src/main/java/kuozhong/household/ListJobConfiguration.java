package kuozhong.household;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
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
import kuozhong.common.KzSettings;
import kuozhong.common.Messages;
import kuozhong.common.Progress;
import kuozhong.common.RunLog;
import kuozhong.household.jdbc.ListVersionStore;
import kuozhong.policy.PolicyFile;
import kuozhong.policy.PolicySet;

/**
 * {@code listBuildJob}: {@code listBuildStep} evaluates every household and publishes the version;
 * {@code listOutputsStep} writes its files from the published version (from memory when the same process built it:
 * {@link ListBuildService#published}). A crash after the first step
 * restarts at the second.
 */
@Configuration
public class ListJobConfiguration {
    public static final String AS_OF = "asOf";
    public static final String ALLOW_DEGENERATE = "allowDegenerate";

    @Bean
    public ListBuildService listBuildService(@Qualifier("bulk") Jdbi bulkJdbi) {
        return new ListBuildService(bulkJdbi);
    }

    @Bean
    public Job listBuildJob(JobRepository jobRepository, RunLog runLog, Step listBuildStep,
            Step listOutputsStep) {
        return new JobBuilder("listBuildJob", jobRepository).listener(runLog).start(listBuildStep)
                .next(listOutputsStep).build();
    }

    @Bean
    public Step listBuildStep(JobRepository jobRepository, RunLog runLog,
            PlatformTransactionManager transactionManager,
            ListBuildService service, KzSettings settings, Console console) {
        return new StepBuilder("listBuildStep", jobRepository).tasklet((contribution, chunk) -> {
            JobParameters p = contribution.getStepExecution().getJobParameters();
            LocalDate asOf = LocalDate.parse(p.getString(AS_OF));
            PolicySet policy = PolicyFile.load(settings.policy()).inForce(asOf);
            long id = service.build(asOf, policy, "true".equals(p.getString(ALLOW_DEGENERATE)),
                    contribution.getStepExecution().getJobExecutionId(), console);
            ListVersion v = service.store().dao().find(id).orElseThrow();
            contribution.getStepExecution().setReadCount(v.householdsEvaluated());
            contribution.incrementWriteCount(v.householdsIncluded());
            contribution.incrementFilterCount(v.householdsEvaluated() - v.householdsIncluded());
            return RepeatStatus.FINISHED;
        }, transactionManager).listener(runLog).build();
    }

    @Bean
    public Step listOutputsStep(JobRepository jobRepository, RunLog runLog,
            PlatformTransactionManager transactionManager,
            ListBuildService service, KzSettings settings, Console console) {
        return new StepBuilder("listOutputsStep", jobRepository).tasklet((contribution, chunk) -> {
            LocalDate asOf = LocalDate.parse(contribution.getStepExecution().getJobParameters().getString(AS_OF));
            ListVersionStore.StoredVersion stored;
            try (Progress.Count reading = Progress.phase(Messages.text("progress.list.readingBack", asOf))) {
                stored = service.published(asOf).orElseThrow(
                        () -> new DataException(Messages.text("list.noVersionAsOf", asOf)));
            }
            PolicySet policy = policyOf(settings, service.store(), stored.version());
            ListOutputs.write(stored, policy, service.store().dao().includedByVersion(), settings.out().resolve("list"),
                    settings.bankListPassword(), console);
            return RepeatStatus.FINISHED;
        }, transactionManager).listener(runLog).build();
    }

    /**
     * The policy set a version recorded when it was built (simulate.md); for a version stored before versions
     * recorded it, the set of the policy file with its effective_from, with a warning.
     */
    public static PolicySet policyOf(KzSettings settings, kuozhong.household.jdbc.ListVersionStore store,
            ListVersion v) {
        return store.storedPolicy(v.versionId()).orElseGet(() -> {
            org.slf4j.LoggerFactory.getLogger(ListJobConfiguration.class).warn("list version " + v.versionId()
                    + " was stored before versions recorded their policy set: its values are read from the policy file");
            return policyOf(settings, v);
        });
    }

    /** The policy set a version was built with (by its effective_from), from the policy file. */
    public static PolicySet policyOf(KzSettings settings, ListVersion v) {
        PolicyFile file = PolicyFile.load(settings.policy());
        return file.sets().stream().filter(s -> s.effectiveFrom().equals(v.policyEffectiveFrom())).findFirst()
                .orElseGet(() -> file.inForce(v.asOf()));
    }
}
