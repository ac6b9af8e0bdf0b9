package kuozhong.testing;

import java.util.List;
import java.util.TreeSet;

import org.jdbi.v3.core.Jdbi;

import kuozhong.household.jdbc.VersionTable;

/** The list versions that have tables of their own in a database ({@link VersionTable}), for assertions. */
public final class VersionTables {
    private VersionTables() {
    }

    /** The ids of the versions with at least one table, in order (on H2 and PostgreSQL). */
    public static List<Long> stored(Jdbi jdbi) {
        TreeSet<Long> ids = new TreeSet<>();
        jdbi.useHandle(h -> h.createQuery("SELECT LOWER(table_name) FROM information_schema.tables"
                + " WHERE LOWER(table_name) LIKE 'kz\\_list\\_%' ESCAPE '\\'").mapTo(String.class).forEach(name -> {
                    for (VersionTable t : VersionTable.values()) {
                        String suffix = "_" + t.name().toLowerCase(java.util.Locale.ROOT);
                        String id = name.substring("kz_list_".length(), Math.max("kz_list_".length(),
                                name.length() - suffix.length()));
                        if (name.endsWith(suffix) && id.matches("[0-9]+")) {
                            ids.add(Long.parseLong(id));
                        }
                    }
                }));
        return List.copyOf(ids);
    }

    /**
     * Every row of one table of a version, unpacked ({@link kuozhong.household.jdbc.PackedRows}), in the order
     * written.
     */
    public static List<Object[]> rows(Jdbi jdbi, VersionTable table, long versionId) {
        List<Object[]> rows = new java.util.ArrayList<>();
        jdbi.useTransaction(h -> table.forEach(h, versionId, rows::add));
        return rows;
    }

    /** The rows of one household in one table of a version, unpacked, in the order written. */
    public static List<Object[]> rows(Jdbi jdbi, VersionTable table, long versionId, String householdNo) {
        List<Object[]> rows = new java.util.ArrayList<>();
        jdbi.useHandle(h -> table.forHousehold(h, versionId, householdNo, rows::add));
        return rows;
    }

    /** The ids of the versions in {@code kz_list_version} in a state, in order. */
    public static List<Long> inState(Jdbi jdbi, String state) {
        return jdbi.withHandle(h -> h.createQuery("SELECT version_id FROM kz_list_version WHERE state = :s"
                + " ORDER BY version_id").bind("s", state).mapTo(Long.class).list());
    }
}
