package kuozhong.cli;

import java.nio.file.Path;

import kuozhong.db.EmbeddedH2;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command takes (spec/README.md, "Interface contract"). */
public class GlobalOptions {

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder holding inbox/, data/, out/ and logs/ (default: the current folder).")
    Path home;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "Database URL (default: an H2 file database under <home>/data/). "
                    + "A PostgreSQL URL such as jdbc:postgresql://host/kz works too; user and password "
                    + "from KZ_DB_USER and KZ_DB_PASSWORD or from the URL.")
    String db;

    @Option(names = "--policy", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Policy file (default: jobs/policy.yml of the installation, whatever the current folder).")
    Path policy;

    Path home() {
        return (home == null ? Path.of(".") : home).toAbsolutePath().normalize();
    }

    Path policy() {
        return (policy == null ? Installation.defaultPolicy() : policy).toAbsolutePath().normalize();
    }

    String jdbcUrl() {
        if (db != null && !db.isBlank()) {
            return db;
        }
        return EmbeddedH2.url(home());
    }
}
