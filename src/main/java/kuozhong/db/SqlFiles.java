package kuozhong.db;

import java.util.regex.Pattern;

import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * SQL kept in {@code .sql} files on the class path. Statements about a load's own table name it as
 * {@code <table>}; only a generated identifier of the form {@code kz_<source>_<n>} may stand there, so no
 * value ever reaches the SQL text.
 */
public final class SqlFiles {
    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.create();

    private SqlFiles() {
    }

    /** The statement in a class-path resource such as {@code kuozhong/ingest/sql/create-person.sql}. */
    public static String read(String resource) {
        return LOCATOR.getResource(SqlFiles.class.getClassLoader(), resource);
    }

    /** The statement with {@code <table>} replaced by a checked table name. */
    public static String withTable(String resource, String table) {
        return read(resource).replace("<table>", checkedTable(table));
    }

    /** A generated table name, checked to be one (so that no value ever reaches SQL text built around it). */
    public static String checkedTable(String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return table;
    }
}
