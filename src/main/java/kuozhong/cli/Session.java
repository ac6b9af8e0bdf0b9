package kuozhong.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import kuozhong.KzApplication;
import kuozhong.common.Console;
import kuozhong.db.RunLock;
import kuozhong.status.MetricsFile;

/**
 * One command's use of the database: the home lock (for commands that change anything) and the Spring
 * context, started only for commands that need it and closed when they end.
 */
final class Session implements AutoCloseable {
    /** The profile that makes logback-spring.xml write structured (JSON) log lines. */
    static final String STRUCTURED_LOG_PROFILE = "kz-structured-log";

    private final HomeLock lock;
    private final ConfigurableApplicationContext context;
    private final RunLock runLock;
    private final GlobalOptions options;

    private Session(HomeLock lock, ConfigurableApplicationContext context, RunLock runLock, GlobalOptions options) {
        this.lock = lock;
        this.context = context;
        this.runLock = runLock;
        this.options = options;
    }

    static Session open(GlobalOptions options, Console console, String command, boolean exclusive) {
        Path home = options.home();
        HomeLock lock = exclusive ? HomeLock.acquire(home, command) : null;
        try {
            Map<String, Object> props = new HashMap<>();
            props.put("kz.home", home.toString());
            props.put("kz.policy", options.policy().toString());
            props.put("spring.datasource.url", options.jdbcUrl());
            String user = System.getenv("KZ_DB_USER");
            if (user != null) {
                props.put("spring.datasource.username", user);
                props.put("spring.datasource.password", System.getenv().getOrDefault("KZ_DB_PASSWORD", ""));
            }
            if (options.jdbcUrl().startsWith("jdbc:postgresql:")) {
                props.put("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true");
            }
            props.put("logging.file.name", home.resolve("logs").resolve("kz.log").toString());
            String logFormat = logFormat();
            props.put("kz.log.format", logFormat);
            ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KzApplication.class)
                    .properties(props)
                    .profiles(logFormat.equals("plain") ? new String[0] : new String[] {STRUCTURED_LOG_PROFILE})
                    .initializers(c -> c.getBeanFactory().registerSingleton("console", console))
                    .run();
            RunLock runLock = null;
            if (exclusive) {
                try {
                    runLock = RunLock.acquire(ctx.getBean("bulkJdbi", Jdbi.class), command, console::warn);
                } catch (RuntimeException e) {
                    ctx.close();
                    throw e;
                }
            }
            return new Session(lock, ctx, runLock, options);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /** The home's {@code out/metrics/kz.prom}, rewritten after every run. */
    MetricsFile metrics() {
        return new MetricsFile(options.home(), bean("bulkJdbi", Jdbi.class), options.policy());
    }

    /**
     * The format of {@code logs/kz.log}: {@code KZ_LOG_FORMAT} (jobs/kz.env.example; the system property
     * {@code kz.log.format} stands in for it in tests): {@code plain} (default), {@code ecs} or {@code logstash}.
     */
    static String logFormat() {
        String f = System.getProperty("kz.log.format", System.getenv().getOrDefault("KZ_LOG_FORMAT", "plain"));
        f = f.isBlank() ? "plain" : f.trim().toLowerCase(java.util.Locale.ROOT);
        if (!java.util.Set.of("plain", "ecs", "logstash").contains(f)) {
            throw new KzCommand.UsageProblem("KZ_LOG_FORMAT is \"" + f + "\": set it to plain, ecs or logstash"
                    + " (in /etc/kuozhong/kz.env), or leave it out for plain log lines");
        }
        return f;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    @Override
    public void close() {
        try {
            if (runLock != null) {
                runLock.close();
            }
            context.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
