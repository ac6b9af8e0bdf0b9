package kuozhong.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether a database already has every Flyway migration of this kz applied, found without starting Flyway: the
 * versions of the migration files on the class path against the successful rows of {@code flyway_schema_history}.
 * Commands that only read use it to skip the Spring context (which migrates) when nothing is to be migrated.
 */
public final class Migrations {
    private static final Pattern VERSION = Pattern.compile("^V([0-9]+(?:[._][0-9]+)*)__[^$]*\\.(?:sql|class)$");

    private Migrations() {
    }

    public static boolean upToDate(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            String vendor = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                    ? "postgresql" : "h2";
            Set<String> applied = new HashSet<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"")) {
                while (rs.next()) {
                    applied.add(rs.getString(1));
                }
            } catch (SQLException noHistory) {
                return false;
            }
            return applied.containsAll(versions("common")) && applied.containsAll(versions(vendor));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the database: " + e.getMessage(), e);
        }
    }

    private static Set<String> versions(String folder) {
        Set<String> versions = new HashSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/" + folder
                    + "/*")) { // SQL files, and Java migrations (their classes)
                Matcher m = VERSION.matcher(String.valueOf(r.getFilename()));
                if (m.matches()) {
                    versions.add(m.group(1).replace('_', '.'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }
}
