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

/**
 * One command's use of the database: the home lock (for commands that change anything) and the Spring
 * context, started only for commands that need it and closed when they end.
 */
final class Session implements AutoCloseable {
    private final HomeLock lock;
    private final ConfigurableApplicationContext context;
    private final RunLock runLock;

    private Session(HomeLock lock, ConfigurableApplicationContext context, RunLock runLock) {
        this.lock = lock;
        this.context = context;
        this.runLock = runLock;
    }

    static Session open(GlobalOptions options, Console console, String command, boolean exclusive) {
        Path home = requireHome(options);
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
            ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KzApplication.class)
                    .properties(props)
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
            return new Session(lock, ctx, runLock);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /**
     * The home, which must exist (spec/README.md: a {@code --home} that does not exist is wrong usage, so that a
     * typo cannot make a green night); {@code kz init --home DIR} creates one.
     */
    static Path requireHome(GlobalOptions options) {
        Path home = options.home();
        if (!java.nio.file.Files.isDirectory(home)) {
            throw new KzCommand.UsageProblem("--home " + home + (java.nio.file.Files.exists(home) ? " is not a folder"
                    : " does not exist") + "; nothing was done. Check the path, or create a home with kz init --home "
                    + home);
        }
        return home;
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
