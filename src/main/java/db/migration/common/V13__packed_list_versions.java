package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import kuozhong.db.SqlFiles;
import kuozhong.household.jdbc.PackedRows;
import kuozhong.household.jdbc.VersionTable;

/**
 * Issue 12: the tables of every stored list version are packed ({@link PackedRows}): each of a version's four
 * tables, one row a row since V10, is read, its rows packed into parts of the same values, written into a new
 * table of the packed layout ({@code create-packed.sql}), and the old table dropped and replaced by the new one
 * under its name. A version whose tables are gone (discarded by a build that crashed before deleting its row)
 * is left as it is. Memory holds one part of rows at a time and the parts of one table (bytes, about a tenth of
 * the rows' size in objects). On PostgreSQL the whole migration is one transaction; on H2 each DDL statement
 * commits, and a migration that fails midway is reported by Flyway and left for the operator, as any failed
 * migration.
 */
public class V13__packed_list_versions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<Long> versions = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_id FROM kz_list_version ORDER BY version_id")) {
            while (rs.next()) {
                versions.add(rs.getLong(1));
            }
        }
        for (long v : versions) {
            for (VersionTable t : VersionTable.values()) {
                if (exists(c, t.of(v))) {
                    pack(c, t, v);
                }
            }
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private static void pack(Connection c, VersionTable t, long v) throws SQLException {
        String old = t.of(v);
        String packed = old + "_packed";
        List<PackedRows.Part> parts = new ArrayList<>();
        PackedRows.Packer packer = new PackedRows.Packer(parts::add);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + V10__list_version_tables.columns(t) + " FROM " + old)) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = value(rs, i + 1, md.getColumnType(i + 1));
                }
                packer.add(row);
            }
        }
        packer.finish();
        try (Statement s = c.createStatement()) {
            s.execute(VersionTable.createSql(packed, VersionTable.isH2(c)));
        }
        try (PreparedStatement ps = c.prepareStatement(
                SqlFiles.withTable("kuozhong/household/sql/insert-packed.sql", packed))) {
            for (PackedRows.Part p : parts) {
                ps.setInt(1, p.part());
                ps.setString(2, p.firstHousehold());
                ps.setString(3, p.lastHousehold());
                ps.setInt(4, p.rows());
                ps.setBytes(5, p.packed());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + old);
            s.execute("ALTER TABLE " + packed + " RENAME TO " + old);
        }
    }

    /** A column's value as the build writes it: String, Integer, Long, BigDecimal or LocalDate. */
    private static Object value(ResultSet rs, int i, int type) throws SQLException {
        Object v = switch (type) {
            case Types.INTEGER, Types.SMALLINT -> {
                int n = rs.getInt(i);
                yield rs.wasNull() ? null : n;
            }
            case Types.BIGINT -> {
                long n = rs.getLong(i);
                yield rs.wasNull() ? null : n;
            }
            case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(i);
            case Types.DATE -> rs.getObject(i, LocalDate.class);
            default -> rs.getString(i);
        };
        return v;
    }
}
