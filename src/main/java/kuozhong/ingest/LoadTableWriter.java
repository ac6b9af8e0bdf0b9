package kuozhong.ingest;

import java.sql.Connection;
import java.sql.SQLException;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.springframework.batch.infrastructure.item.ItemWriter;

import kuozhong.ingest.jdbc.BatchInsertWriter;
import kuozhong.ingest.jdbc.CopyInWriter;

/**
 * The load-table writer of a load: writes the accepted rows of one file into the load's own table, each
 * chunk committed (the table is invisible until the load is published, so committed chunks of a load that
 * then fails are dropped with the table). A row is the load id, the record number and the typed values.
 */
public interface LoadTableWriter extends ItemWriter<Object[]>, AutoCloseable {

    /**
     * Writes what the writer still holds, once every chunk is written; a
     * load that fails never calls it.
     */
    default void finish() {
    }

    @Override
    void close();

    /**
     * PostgreSQL's {@code COPY FROM STDIN}, or batched inserts on any other database. The rows of a packed
     * source ({@link PackedRuns}: the monthly series, the ledger's transactions) come packed already (the reading
     * thread packs them).
     */
    static LoadTableWriter open(Jdbi jdbi, Source source, String table) {
        Handle h = jdbi.open();
        try {
            Connection c = h.getConnection();
            LoadTableWriter w = c.isWrapperFor(org.postgresql.PGConnection.class)
                    ? new CopyInWriter(h, source, table) : new BatchInsertWriter(h, source, table);
            return w;
        } catch (SQLException | RuntimeException e) {
            h.close();
            throw new IllegalStateException("cannot write into " + table + ": " + e.getMessage(), e);
        }
    }
}
