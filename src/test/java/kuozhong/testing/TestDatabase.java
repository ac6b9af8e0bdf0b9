package kuozhong.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import kuozhong.db.EmbeddedH2;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The databases the integration tests run on: H2 files, and a real PostgreSQL server the tests start. */
public enum TestDatabase {
    H2, POSTGRESQL;

    private static EmbeddedPostgres postgres;
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A fresh, empty database for one test. */
    public String url(Path home) {
        if (this == H2) {
            return EmbeddedH2.url(home);
        }
        String name = "kz_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name + "?user=postgres";
    }

    /**
     * Migrates the database at {@code url} (one of this database's) with kz's Flyway migrations, the common ones
     * and this database's own, up to version {@code target}, or to the latest when it is null.
     */
    public void migrate(String url, String target) {
        String vendor = this == H2 ? "h2" : "postgresql";
        var config = org.flywaydb.core.Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        (target == null ? config : config.target(target)).load().migrate();
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM ends anyway
                }
            }));
        }
        return postgres;
    }
}
