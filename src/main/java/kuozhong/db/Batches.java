package kuozhong.db;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Iterator;

import org.jdbi.v3.core.Handle;

/** Plain JDBC batches for bulk writes: bind typed values, execute every few thousand rows, commit. */
public final class Batches {
    public static final int SIZE = 5_000;

    private Batches() {
    }

    /** Binds one typed value (String, Long, Integer, BigDecimal, LocalDate, byte[] or null). */
    public static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        bind(ps, i, v, Types.NULL);
    }

    /** Binds one typed value; a null is bound as {@code nullType} (a {@link Types} code). */
    public static void bind(PreparedStatement ps, int i, Object v, int nullType) throws SQLException {
        if (v == null) {
            ps.setNull(i, nullType);
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else if (v instanceof Long l) {
            ps.setLong(i, l);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof BigDecimal d) {
            ps.setBigDecimal(i, d);
        } else if (v instanceof LocalDate d) {
            ps.setObject(i, d);
        } else if (v instanceof byte[] b) {
            ps.setBytes(i, b);
        } else {
            throw new IllegalArgumentException(v.getClass().getName());
        }
    }

    /** Inserts rows with {@code sql} in batches, committing each batch. Returns the number of rows. */
    public static long insert(Handle h, String sql, Iterator<Object[]> rows) {
        try {
            Connection c = h.getConnection();
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                while (rows.hasNext()) {
                    Object[] row = rows.next();
                    for (int i = 0; i < row.length; i++) {
                        bind(ps, i + 1, row[i]);
                    }
                    ps.addBatch();
                    if (++n % SIZE == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException("batch insert failed: " + e.getMessage(), e);
        }
    }
}
