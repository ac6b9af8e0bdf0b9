package kuozhong.ingest.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;

import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.batch.infrastructure.item.Chunk;

import kuozhong.ingest.LoadTableWriter;
import kuozhong.ingest.Source;

/**
 * PostgreSQL's bulk path into a load's table: one {@code COPY ... FROM STDIN (FORMAT csv)} a chunk
 * ({@code copy-<source>.sql}, {@link Source#loadTableSql}), each committed. Texts are always quoted, so an empty
 * text stays distinct from NULL (an unquoted empty field); bytes (a packed series' runs) go in bytea's hex form.
 */
public final class CopyInWriter implements LoadTableWriter {
    private final Handle handle;
    private final Connection c;
    private final boolean autoCommit;
    private final CopyManager copy;
    private final String copySql;
    private final String table;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final StringBuilder sb = new StringBuilder(1 << 20);

    public CopyInWriter(Handle handle, Source source, String table) throws SQLException {
        this.handle = handle;
        this.c = handle.getConnection();
        this.table = table;
        this.copy = c.unwrap(PGConnection.class).getCopyAPI();
        this.copySql = source.loadTableSql("copy", table);
        this.autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
    }

    @Override
    public void write(Chunk<? extends Object[]> chunk) {
        sb.setLength(0);
        for (Object[] row : chunk) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Object v = row[i];
                if (v instanceof String s) {
                    sb.append('"').append(s.indexOf('"') < 0 ? s : s.replace("\"", "\"\"")).append('"');
                } else if (v instanceof BigDecimal d) {
                    sb.append(d.toPlainString());
                } else if (v instanceof byte[] b) {
                    hex(b);
                } else if (v != null) {
                    sb.append(v);
                }
            }
            sb.append('\n');
        }
        try {
            copy.copyIn(copySql, new StringReader(sb.toString()));
            c.commit();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("copying into " + table + " failed: " + e.getMessage(), e);
        }
    }

    /** bytea's hex input form, {@code \x0a1b...} (unquoted: a backslash means nothing to FORMAT csv). */
    private void hex(byte[] b) {
        sb.append("\\x");
        for (byte x : b) {
            sb.append(HEX[(x >> 4) & 0xF]).append(HEX[x & 0xF]);
        }
    }

    @Override
    public void close() {
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // the handle is closed below
        } finally {
            handle.close();
        }
    }
}
