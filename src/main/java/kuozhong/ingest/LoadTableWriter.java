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
     * Writes what the writer still holds (the last runs of a packed source), once every chunk is written; a
     * load that fails never calls it.
     */
    default void finish() {
    }

    @Override
    void close();

    /**
     * PostgreSQL's {@code COPY FROM STDIN}, or batched inserts on any other database; for a packed source
     * ({@link PackedRuns}) behind a {@link PackingWriter}.
     */
    static LoadTableWriter open(Jdbi jdbi, Source source, String table) {
        Handle h = jdbi.open();
        try {
            Connection c = h.getConnection();
            LoadTableWriter w = c.isWrapperFor(org.postgresql.PGConnection.class)
                    ? new CopyInWriter(h, source, table) : new BatchInsertWriter(h, source, table);
            return PackedRuns.packs(source) ? new PackingWriter(w, PackedRuns.of(source)) : w;
        } catch (SQLException | RuntimeException e) {
            h.close();
            throw new IllegalStateException("cannot write into " + table + ": " + e.getMessage(), e);
        }
    }
}
