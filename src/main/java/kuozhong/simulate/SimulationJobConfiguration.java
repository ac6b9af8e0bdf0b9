package kuozhong.simulate;

import java.nio.file.Path;
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
import kuozhong.common.KzSettings;
import kuozhong.common.RunLog;

/**
 * {@code listSimulateJob}: one step, {@code listSimulateStep}, that calculates and compares and writes
 * {@code out/simulation/<name>/}. Its instances are identified by the run's start time as well, so a failed
 * or killed simulation is never restarted: it is simply run again. It is a job of its own, so that
 * {@code kz status} shows it as {@code listSimulate} and never as a build.
 */
@Configuration
public class SimulationJobConfiguration {
    public static final String AS_OF = "asOf";
    public static final String DRAFT = "draft";
    public static final String NAME = "name";
    public static final String STARTED = "started";

    @Bean
    public SimulationService simulationService(@Qualifier("bulk") Jdbi bulkJdbi) {
        return new SimulationService(bulkJdbi);
    }

    @Bean
    public Job listSimulateJob(JobRepository jobRepository, RunLog runLog, Step listSimulateStep) {
        return new JobBuilder("listSimulateJob", jobRepository).listener(runLog).start(listSimulateStep).build();
    }

    @Bean
    public Step listSimulateStep(JobRepository jobRepository, RunLog runLog,
            PlatformTransactionManager transactionManager, SimulationService service, KzSettings settings,
            Console console) {
        return new StepBuilder("listSimulateStep", jobRepository).tasklet((contribution, chunk) -> {
            JobParameters p = contribution.getStepExecution().getJobParameters();
            Simulation s = service.simulate(LocalDate.parse(p.getString(AS_OF)), Path.of(p.getString(DRAFT)),
                    p.getString(NAME), settings, console);
            contribution.getStepExecution().setReadCount(s.draft().size());
            contribution.incrementWriteCount(s.list().moves().size());
            contribution.incrementFilterCount(s.list().moves().stream()
                    .filter(m -> m.kind() == Move.Kind.ENTER || m.kind() == Move.Kind.LEAVE).count());
            return RepeatStatus.FINISHED;
        }, transactionManager).listener(runLog).build();
    }
}
