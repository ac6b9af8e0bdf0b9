package kuozhong.ingest.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.springframework.batch.infrastructure.item.Chunk;

import kuozhong.db.Batches;
import kuozhong.ingest.LoadTableWriter;
import kuozhong.ingest.Source;
import kuozhong.ingest.validate.Field;

/** Batched JDBC inserts into a load's table ({@code insert-<source>.sql}), one commit a chunk. */
public final class BatchInsertWriter implements LoadTableWriter {
    private final Handle handle;
    private final Connection c;
    private final boolean autoCommit;
    private final PreparedStatement ps;
    private final int[] sqlTypes;
    private final String table;

    public BatchInsertWriter(Handle handle, Source source, String table) throws SQLException {
        this.handle = handle;
        this.c = handle.getConnection();
        this.table = table;
        this.sqlTypes = sqlTypes(source);
        this.autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        this.ps = c.prepareStatement(source.loadTableSql("insert", table));
    }

    @Override
    public void write(Chunk<? extends Object[]> chunk) {
        try {
            for (Object[] row : chunk) {
                for (int i = 0; i < row.length; i++) {
                    Batches.bind(ps, i + 1, row[i], sqlTypes[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("inserting into " + table + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            ps.close();
            c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // the handle is closed below
        } finally {
            handle.close();
        }
    }

    /** The JDBC type of each column of a row, for binding nulls. */
    static int[] sqlTypes(Source source) {
        if (kuozhong.ingest.PackedRuns.packs(source)) {
            return kuozhong.ingest.PackedRuns.of(source).sqlTypes();
        }
        List<Field> fields = source.fields();
        int[] t = new int[fields.size() + 2];
        t[0] = Types.BIGINT;
        t[1] = Types.BIGINT;
        for (int i = 0; i < fields.size(); i++) {
            t[i + 2] = switch (fields.get(i).type()) {
                case DATE -> Types.DATE;
                case MONTH, YEAR -> Types.INTEGER;
                case AMOUNT, RATE -> Types.DECIMAL;
                default -> Types.VARCHAR;
            };
        }
        return t;
    }
}
