package kuozhong.db;

import java.nio.file.Path;

/** The embedded default database: an H2 file under {@code <home>/data/}, created on first use. */
public final class EmbeddedH2 {
    private EmbeddedH2() {
    }

    /**
     * The JDBC URL of a home's H2 database.
     *
     * <ul>
     *   <li>{@code AUTO_SERVER=TRUE}: the process that opens the database serves it to others, so that
     *       {@code kz status} and {@code kz list explain} work while a job runs.</li>
     *   <li>{@code WRITE_DELAY=0}: every commit is written to the file at once (H2's default writes committed
     *       changes up to half a second later), so that what a job reported as done survives a {@code kill -9}
     *       or a crash of the machine's JVM. Measured on 8.6 million ingested records: no slower.</li>
     * </ul>
     */
    public static String url(Path home) {
        return "jdbc:h2:file:" + home.toAbsolutePath().normalize().resolve("data").resolve("kz")
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }
}
