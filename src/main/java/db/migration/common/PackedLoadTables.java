package db.migration.common;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kuozhong.db.Batches;
import kuozhong.db.SqlFiles;
import kuozhong.ingest.PackedRuns;
import kuozhong.ingest.Source;
import kuozhong.ingest.validate.Field;

/**
 * What the migrations that pack load tables ({@link V11__packed_monthly_series}, {@link V12__packed_loan_transactions})
 * share: every load table of a packed source ({@link PackedRuns}) that is still one row a record is read in
 * record order, a bounded run at a time, into a new table made by the same {@code create-<layout>.sql} an ingest
 * uses, which then takes the old one's name. A table already packed, or gone, is left as it is. Not a migration
 * itself (Flyway takes only the classes that are).
 */
final class PackedLoadTables {
    private static final int FETCH = 10_000;

    private PackedLoadTables() {
    }

    /**
     * Packs the load tables of {@code sources} that have {@code unpackedColumn} (a column only their
     * one-row-a-record tables have), whatever the state of their load, in load order.
     */
    static void packAll(Connection c, String unpackedColumn, Source... sources) throws SQLException {
        List<Source> of = List.of(sources);
        List<Source> loadSources = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT source, data_table FROM kz_file_load"
                        + " WHERE data_table <> '' ORDER BY load_id")) {
            while (rs.next()) {
                Source source = Source.byFileName(rs.getString(1) + ".csv").orElse(null);
                if (of.contains(source)) {
                    loadSources.add(source);
                    tables.add(rs.getString(2));
                }
            }
        }
        for (int i = 0; i < tables.size(); i++) {
            String table = SqlFiles.checkedTable(tables.get(i));
            if (hasColumn(c, table, unpackedColumn)) {
                pack(c, loadSources.get(i), table);
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
        PackedRuns layout = PackedRuns.of(source);
        int[] types = layout.sqlTypes();
        List<Field> fields = source.fields();
        String select = "SELECT load_id, record_no, " + String.join(", ", fields.stream().map(Field::name).toList())
                + " FROM " + table + " ORDER BY record_no";
        try (PreparedStatement insert = c.prepareStatement(source.loadTableSql("insert", packed));
                Statement read = c.createStatement()) {
            long[] pending = {0};
            PackedRuns.Packer packer = layout.packer(run -> {
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
                        row[i + 2] = switch (fields.get(i).type()) {
                            case MONTH -> rs.getObject(i + 3, Integer.class);
                            case DATE -> rs.getObject(i + 3, LocalDate.class);
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
