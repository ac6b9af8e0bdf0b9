package kuozhong.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kuozhong.db.SqlFiles;

/**
 * The publish of a load: its row in {@code kz_file_load} and its own table. A load begins LOADING with an
 * empty table; it becomes visible only by {@link #publish} (one transaction: LOADED, and the earlier load
 * of the same file REPLACED); a failed file is FAILED and an interrupted load ABANDONED, their table dropped.
 */
final class LoadLedger {
    private static final Logger LOG = LoggerFactory.getLogger(LoadLedger.class);

    private final Jdbi jdbi;

    /** A load in progress: its id, its table and the load of the same file it will replace, if any. */
    record Load(long id, String table, Optional<FileLoad> previous) {
    }

    /** @param jdbi a Jdbi that is not bound to Spring transactions */
    LoadLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<FileLoad> findLoaded(Delivery delivery, String fileName) {
        return jdbi.onDemand(FileLoadDao.class).findLoaded(delivery.name(), fileName);
    }

    /** Records the load as LOADING and creates its empty table. */
    Load begin(Delivery delivery, Manifest.Entry entry, Source source, Long jobExecutionId,
            Optional<FileLoad> previous) {
        FileLoadDao dao = jdbi.onDemand(FileLoadDao.class);
        long loadId = dao.begin(delivery.name(), delivery.date(), source.id(), entry.file(), entry.sha256(),
                entry.charset().name(), entry.rows(), LocalDateTime.now(), jobExecutionId);
        String table = "kz_" + source.id() + "_" + loadId;
        dao.setTable(loadId, table);
        jdbi.useHandle(h -> h.execute(source.loadTableSql("create", table)));
        return new Load(loadId, table, previous);
    }

    /** Makes the load visible, in one transaction with marking the earlier load of the file REPLACED. */
    void publish(Load load, Delivery delivery, Manifest.Entry entry, FileLoader.Counts counts, double secs) {
        jdbi.useTransaction(h -> {
            FileLoadDao tx = h.attach(FileLoadDao.class);
            tx.markReplaced(delivery.name(), entry.file(), "replaced by load " + load.id() + " (new sha256)");
            tx.finish(load.id(), "LOADED", counts.records, counts.loaded, counts.rejected(), counts.text(),
                    LocalDateTime.now(), seconds(secs), null);
        });
        load.previous().ifPresent(p -> dropQuietly(p.dataTable()));
    }

    /** The file failed as a whole: nothing of it stays but its FAILED row with the cause. */
    void fail(Load load, FileFailure f, FileLoader.Counts counts, double secs) {
        dropQuietly(load.table());
        jdbi.onDemand(FileLoadDao.class).finish(load.id(), "FAILED", counts.records, 0, counts.rejected(),
                counts.text(), LocalDateTime.now(), seconds(secs), f.code() + ": " + f.getMessage());
    }

    /** An unexpected error (not a problem of the file): nothing of the load stays, the next run does it again. */
    void abandon(Load load, Exception cause) {
        try {
            dropQuietly(load.table());
            jdbi.onDemand(FileLoadDao.class).abandon(load.id(), "interrupted by an error: " + cause.getMessage());
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private void dropQuietly(String table) {
        try {
            jdbi.useHandle(h -> h.execute(SqlFiles.withTable("kuozhong/ingest/sql/drop-table.sql", table)));
        } catch (RuntimeException e) {
            LOG.warn("could not drop {}: {} (it is dropped at the next run)", table, e.getMessage());
        }
    }

    private static BigDecimal seconds(double secs) {
        return BigDecimal.valueOf(Math.round(secs * 1000), 3);
    }
}
