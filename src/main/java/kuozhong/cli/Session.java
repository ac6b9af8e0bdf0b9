package kuozhong.cli;

import kuozhong.common.Messages;
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
    /** The few beans of a session opened by {@link #openToRead} (no Spring context), by name and by type. */
    private final Map<Object, Object> readBeans;
    private final AutoCloseable readConnection;
    private final GlobalOptions options;
    /** The database was opened read-only (a home whose {@code data/} cannot be written). */
    private final boolean readOnly;

    private Session(HomeLock lock, ConfigurableApplicationContext context, RunLock runLock, GlobalOptions options) {
        this.lock = lock;
        this.context = context;
        this.runLock = runLock;
        this.readBeans = Map.of();
        this.readConnection = null;
        this.options = options;
        this.readOnly = false;
    }

    private Session(Map<Object, Object> readBeans, AutoCloseable readConnection, GlobalOptions options,
            boolean readOnly) {
        this.lock = null;
        this.context = null;
        this.runLock = null;
        this.readBeans = readBeans;
        this.readConnection = readConnection;
        this.options = options;
        this.readOnly = readOnly;
    }

    /**
     * A session for a command that only reads ({@code kz status}, {@code kz list explain}), started in a fraction of a second: no Spring
     * Boot context (its start cost 10 s of CPU, half a minute and more on a loaded machine while a job runs), no
     * Flyway, no lock, one connection; the job repository and {@code bulkJdbi} over it. A database whose schema
     * is not yet complete (a new home, a new version of kz) gets the full session, which migrates it. When the
     * home's {@code data/} folder cannot be written (a read-only home), the H2 database is opened read-only.
     */
    static Session openToRead(GlobalOptions options, Console console, String command) {
        Path home = requireHome(options);
        logFormat(); // a wrong KZ_LOG_FORMAT is wrong usage for every command, the quick ones too
        FileLog.toHome(home);
        String url = options.jdbcUrl();
        boolean readOnly = options.db == null && !java.nio.file.Files.isWritable(home.resolve("data"));
        if (readOnly) {
            url = url.replace(";AUTO_SERVER=TRUE", "") + ";ACCESS_MODE_DATA=r";
        }
        org.springframework.jdbc.datasource.SingleConnectionDataSource ds = checkConnection(url);
        try {
            if (!kuozhong.db.Migrations.upToDate(ds)) {
                ds.destroy();
                return open(options, console, command, false);
            }
            Map<Object, Object> beans = new HashMap<>();
            // made at its first use: kz list explain does not read the job repository
            beans.put(org.springframework.batch.core.repository.JobRepository.class,
                    (java.util.function.Supplier<Object>) () -> jobRepository(ds));
            beans.put("bulkJdbi", Jdbi.create(ds).installPlugin(new org.jdbi.v3.sqlobject.SqlObjectPlugin()));
            // what the Spring session binds from kz.home and kz.policy (the reject ratio is an ingest's concern)
            beans.put(kuozhong.common.KzSettings.class, new kuozhong.common.KzSettings(home, options.policy(), 0));
            return new Session(beans, ds::destroy, options, readOnly);
        } catch (RuntimeException e) {
            ds.destroy();
            throw e;
        } catch (Exception e) {
            ds.destroy();
            throw new IllegalStateException(e);
        }
    }

    private static org.springframework.batch.core.repository.JobRepository jobRepository(javax.sql.DataSource ds) {
        try {
            var factory = new org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean();
            factory.setDataSource(ds);
            factory.setTransactionManager(new org.springframework.jdbc.support.JdbcTransactionManager(ds));
            factory.afterPropertiesSet();
            return factory.getObject();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Session open(GlobalOptions options, Console console, String command, boolean exclusive) {
        Path home = requireHome(options);
        HomeLock lock = exclusive ? HomeLock.acquire(home, command) : null;
        org.springframework.jdbc.datasource.SingleConnectionDataSource check = null;
        try {
            Map<String, Object> props = new HashMap<>();
            String logFormat = logFormat();
            // a database whose schema is current needs no Flyway: the context starts without it (Flyway's
            // 476 classes, its look-up of the vendor and its validation were a tenth of the main thread's start);
            // the check's connection stays open while the context starts, so that H2 opens the database file once
            check = checkConnection(options.jdbcUrl());
            try {
                if (kuozhong.db.Migrations.upToDate(check)) {
                    props.put("spring.flyway.enabled", "false");
                }
            } catch (RuntimeException e) {
                // a database that cannot be opened: the context's start fails and reports it as it always has
            }
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
        } finally {
            if (check != null) {
                check.destroy();
            }
        }
    }

    /** One connection to the database, as the command's options and {@code KZ_DB_USER} name it. */
    private static org.springframework.jdbc.datasource.SingleConnectionDataSource checkConnection(String url) {
        org.springframework.jdbc.datasource.SingleConnectionDataSource ds =
                new org.springframework.jdbc.datasource.SingleConnectionDataSource(url, true);
        String user = System.getenv("KZ_DB_USER");
        if (user != null) {
            ds.setUsername(user);
            ds.setPassword(System.getenv().getOrDefault("KZ_DB_PASSWORD", ""));
        }
        return ds;
    }

    /**
     * The home, which must exist (spec/README.md: a {@code --home} that does not exist is wrong usage, so that a
     * typo cannot make a green night); {@code kz init --home DIR} creates one.
     */
    static Path requireHome(GlobalOptions options) {
        Path home = options.home();
        if (!java.nio.file.Files.isDirectory(home)) {
            throw new KzCommand.UsageProblem(Messages.text(java.nio.file.Files.exists(home) ? "cli.homeNotAFolder"
                    : "cli.homeMissing", home));
        }
        return home;
    }

    /** Whether the database was opened read-only ({@link #openToRead} of a home whose data cannot be written). */
    boolean readOnly() {
        return readOnly;
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
            throw new KzCommand.UsageProblem(Messages.text("cli.logFormat", f));
        }
        return f;
    }

    <T> T bean(Class<T> type) {
        if (context != null) {
            return context.getBean(type);
        }
        Object b = readBeans.get(type);
        if (b instanceof java.util.function.Supplier<?> lazy && !type.isInstance(b)) {
            b = lazy.get();
            readBeans.put(type, b);
        }
        return type.cast(b);
    }

    <T> T bean(String name, Class<T> type) {
        return context != null ? context.getBean(name, type) : type.cast(readBeans.get(name));
    }

    @Override
    public void close() {
        try {
            if (runLock != null) {
                runLock.close();
            }
            if (context != null) {
                context.close();
            }
            if (readConnection != null) {
                readConnection.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
