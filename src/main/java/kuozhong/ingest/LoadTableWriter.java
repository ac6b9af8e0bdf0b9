package kuozhong.ingest;

import java.sql.Connection;
import java.sql.SQLException;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.springframework.batch.infrastructure.item.ItemWriter;

import kuozhong.ingest.jdbc.BatchInsertWriter;
import kuozhong.ingest.jdbc.CopyInWriter;

/**
 * The load-table writer of a load: writes the accepted rows of one file into the load's own table in one
 * transaction, committed once by {@link #commit} when the file has been read to its end. The table is
 * invisible until the load is published, so no intermediate commit is needed: on H2 a commit a chunk cost
 * more than half of the ingest (each commit writes the store, {@code WRITE_DELAY=0}). A load that fails or
 * is killed before its commit leaves an empty table, which is dropped (at once, or by the next run, which
 * finds the load LOADING). A row is the load id, the record number and the typed values.
 */
public interface LoadTableWriter extends ItemWriter<Object[]>, AutoCloseable {

    /** Commits the rows written so far: called once, after the last chunk. */
    void commit();

    /** Closes the connection; rows not committed are rolled back. */
    @Override
    void close();

    /** PostgreSQL's {@code COPY FROM STDIN}, or batched inserts on any other database. */
    static LoadTableWriter open(Jdbi jdbi, Source source, String table) {
        Handle h = jdbi.open();
        try {
            Connection c = h.getConnection();
            return c.isWrapperFor(org.postgresql.PGConnection.class)
                    ? new CopyInWriter(h, source, table) : new BatchInsertWriter(h, source, table);
        } catch (SQLException | RuntimeException e) {
            h.close();
            throw new IllegalStateException("cannot write into " + table + ": " + e.getMessage(), e);
        }
    }
}
