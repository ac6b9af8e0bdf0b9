package kuozhong;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring context behind the {@code kz} commands that touch the database (see {@code kuozhong.cli.Main}).
 * Auto-configurations of what kz never uses are left out, so that a job's start does not read, evaluate and
 * instantiate them: task executors and schedulers (the jobs run in the command's thread), AOP and annotation-driven
 * transactions (Spring Batch and the {@code jdbi} bean join the step's transaction without proxies), JDBC templates
 * and clients (kz reads and writes through Jdbi), SQL script initialisation (Flyway owns the schema), SSL bundles,
 * availability state and exception translation of {@code @Repository} beans (there are none).
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.autoconfigure.aop.AopAutoConfiguration",
        "org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration",
        "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
        "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
        "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
public class KzApplication {
}
