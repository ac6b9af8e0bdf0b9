package db.migration.common;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import kuozhong.db.Batches;
import kuozhong.db.SqlFiles;
import kuozhong.ingest.PackedRuns;
import kuozhong.ingest.Source;

/**
 * Issue 12: the load tables of the two monthly series (social_insurance.csv, provident_fund.csv) become packed
 * ({@link PackedRuns}: one row per run of consecutive records of one identity number). Every such table still
 * in the database (whatever the state of its load) is read in record order, a bounded run at a time, into a
 * new table made by the same {@code create-packed_series.sql} an ingest uses, which then takes the old one's name.
 * A table already packed is left as it is. Runs in Flyway's transaction, as {@link V10__list_version_tables}.
 */
public class V11__packed_monthly_series extends BaseJavaMigration {
    private static final int FETCH = 10_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<String[]> loads = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT source, data_table FROM kz_file_load WHERE source IN"
                        + " ('social_insurance', 'provident_fund') AND data_table <> '' ORDER BY load_id")) {
            while (rs.next()) {
                loads.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] load : loads) {
            Source source = Source.valueOf(load[0].toUpperCase(Locale.ROOT));
            String table = SqlFiles.checkedTable(load[1]);
            if (hasColumn(c, table, "year_month")) {
                pack(c, source, table);
            }
        }
    }

    /** Whether the table exists with that column (false for a dropped table, or one already packed). */
    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String[] names : new String[][] {{table, column}, {table.toUpperCase(Locale.ROOT),
                column.toUpperCase(Locale.ROOT)}}) {
            try (ResultSet rs = md.getColumns(c.getCatalog(), null, names[0], names[1])) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || schema.equalsIgnoreCase(c.getSchema())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void pack(Connection c, Source source, String table) throws SQLException {
        String packed = SqlFiles.checkedTable(table + "_pk");
        try (Statement s = c.createStatement()) {
            s.execute(source.loadTableSql("create", packed));
        }
        int[] types = PackedRuns.sqlTypes();
        List<String> fields = source.fields().stream().map(f -> f.name()).toList();
        String select = "SELECT load_id, record_no, " + String.join(", ", fields) + " FROM " + table
                + " ORDER BY record_no";
        try (PreparedStatement insert = c.prepareStatement(
                source.loadTableSql("insert", packed));
                Statement read = c.createStatement()) {
            long[] pending = {0};
            PackedRuns.Packer packer = PackedRuns.of(source).packer(run -> {
                try {
                    for (int i = 0; i < run.length; i++) {
                        Batches.bind(insert, i + 1, run[i], types[i]);
                    }
                    insert.addBatch();
                    if (++pending[0] % Batches.SIZE == 0) {
                        insert.executeBatch();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("packing " + table + " failed: " + e.getMessage(), e);
                }
            });
            read.setFetchSize(FETCH);
            try (ResultSet rs = read.executeQuery(select)) {
                int n = fields.size() + 2;
                while (rs.next()) {
                    Object[] row = new Object[n];
                    row[0] = rs.getLong(1);
                    row[1] = rs.getLong(2);
                    for (int i = 0; i < fields.size(); i++) {
                        row[i + 2] = switch (source.fields().get(i).type()) {
                            case MONTH -> rs.getObject(i + 3, Integer.class);
                            case AMOUNT -> rs.getBigDecimal(i + 3);
                            default -> rs.getString(i + 3);
                        };
                    }
                    packer.add(row);
                }
            }
            packer.flush();
            insert.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + table);
            s.execute("ALTER TABLE " + packed + " RENAME TO " + table);
        }
    }
}
