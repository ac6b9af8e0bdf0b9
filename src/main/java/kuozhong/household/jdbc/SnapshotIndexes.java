package kuozhong.household.jdbc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jdbi.v3.core.Jdbi;

import kuozhong.ingest.Source;

/**
 * Indexes on the snapshot columns that {@code kz list explain} looks one household and its persons up by
 * ({@link DbListSources#ofHousehold}): without them each look-up scans a whole load table (a quarter of a
 * million rows of social insurance at county size, each a packed run of one person's records,
 * {@link kuozhong.ingest.PackedRuns}). The queries of one household order their rows by {@code record_no},
 * so an index changes how fast they answer, never what.
 *
 * <p>Only H2 gets them, and only when a command may write (never a read-only home): PostgreSQL scans a load
 * table in a fraction of a second. A load table is never changed after it is published, so an index, once
 * built, stays right; it is dropped with its table.
 */
public final class SnapshotIndexes {
    /** The columns looked up, by source. */
    private static final Map<Source, List<String>> COLUMNS = new EnumMap<>(Source.class);

    static {
        COLUMNS.put(Source.PERSON, List.of("household_no", "id_no"));
        COLUMNS.put(Source.MARRIAGE, List.of("id_no", "spouse_id_no"));
        COLUMNS.put(Source.SOCIAL_INSURANCE, List.of("id_no"));
        COLUMNS.put(Source.PROVIDENT_FUND, List.of("id_no"));
        COLUMNS.put(Source.ASSISTANCE, List.of("id_no"));
        COLUMNS.put(Source.MEDICAL_SELF_PAY, List.of("id_no"));
        COLUMNS.put(Source.REAL_ESTATE, List.of("owner_id_no"));
        COLUMNS.put(Source.VEHICLE, List.of("owner_id_no"));
        COLUMNS.put(Source.HOMESTEAD, List.of("owner_id_no"));
        COLUMNS.put(Source.MARKET_ENTITY, List.of("operator_id_no"));
    }

    private SnapshotIndexes() {
    }

    /** Whether the database is H2, the one that gets these indexes. */
    public static boolean applies(Jdbi jdbi) {
        try {
            return jdbi.withHandle(h -> h.getConnection().getMetaData().getDatabaseProductName()).equals("H2");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The statements that create the indexes these snapshot tables lack (empty when every one is there), in
     * the order of the sources, the largest tables included.
     */
    public static List<String> missing(Jdbi jdbi, Map<Source, String> tables) {
        Set<String> existing = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        existing.addAll(jdbi.withHandle(h -> h.createQuery(
                "SELECT index_name FROM information_schema.indexes WHERE table_schema = SCHEMA()")
                .mapTo(String.class).list()));
        List<String> statements = new ArrayList<>();
        tables.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            kuozhong.db.SqlFiles.checkedTable(e.getValue()); // no value ever reaches the SQL text
            for (String column : COLUMNS.getOrDefault(e.getKey(), List.of())) {
                String name = indexName(e.getValue(), column);
                if (!existing.contains(name)) {
                    statements.add("CREATE INDEX IF NOT EXISTS " + name + " ON " + e.getValue() + " (" + column + ")");
                }
            }
        });
        return statements;
    }

    /** Runs the statements of {@link #missing}, each in its own transaction. */
    public static void create(Jdbi jdbi, List<String> statements) {
        for (String sql : statements) {
            jdbi.useHandle(h -> h.execute(sql));
        }
    }

    /** {@code <table>_<column>_ix}, in the case the database stores unquoted names in (upper). */
    static String indexName(String table, String column) {
        return (table + "_" + column + "_ix").toUpperCase(Locale.ROOT);
    }
}
