package kuozhong.ingest;

import kuozhong.common.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;

import kuozhong.common.Progress;
import kuozhong.db.Batches;
import kuozhong.ingest.validate.RejectReason;

/**
 * Loads one extract file of one delivery (extracts.md, "Loading guarantees"), as a reader, a processor
 * and two writers:
 *
 * <ol>
 * <li>{@link ExtractFileReader} reads the records with their number and raw text (and hashes the bytes);</li>
 * <li>{@link RecordChecker} turns each into a typed row or a reject;</li>
 * <li>{@link RejectsWriter} writes the rejects; the rows of a packed source (the monthly series, the ledger's
 * transactions) are packed into runs ({@link PackedRuns});</li>
 * <li>{@link LoadTableWriter} writes the rows, in chunks, into the load's own table (on a second thread, so
 * that reading and storing overlap);</li>
 * <li>{@link LoadLedger} publishes the load: nothing of the file is visible until it is LOADED.</li>
 * </ol>
 *
 * <p>Whatever goes wrong while reading and checking the file fails this file only ({@link FileFailure}):
 * the other files of the delivery load as usual. A database or output error stops the run (it would stop
 * every file): the load is abandoned and the next run does it again. A crash leaves a LOADING row whose
 * table the next run drops.
 */
public final class FileLoader {
    private static final Logger LOG = LoggerFactory.getLogger(FileLoader.class);
    private static final Chunk<Object[]> END = new Chunk<Object[]>(new ArrayList<Object[]>());

    private final Jdbi jdbi;
    private final Path outDir;
    private final LoadLedger ledger;

    /**
     * @param jdbi   a Jdbi that is not bound to Spring transactions: the loader commits chunk by chunk
     * @param outDir {@code <home>/out/ingest}
     */
    public FileLoader(Jdbi jdbi, Path outDir) {
        this.jdbi = jdbi;
        this.outDir = outDir;
        this.ledger = new LoadLedger(jdbi);
    }

    /**
     * Loads a file unless the same content is loaded already.
     *
     * @param maxRejectRatio the share of rejected records above which the file fails
     * @param knownLoans     for loan_transactions.csv: the loan numbers of the same delivery's loans.csv
     * @param force          load even when the same content is loaded (transactions after their loans changed)
     */
    public FileReport load(Delivery delivery, Manifest.Entry entry, Source source, double maxRejectRatio,
            Set<String> knownLoans, Long jobExecutionId, boolean force) {
        return load(delivery, entry, source, maxRejectRatio, knownLoans, jobExecutionId, force, null);
    }

    /**
     * Loads a file as {@link #load(Delivery, Manifest.Entry, Source, double, Set, Long, boolean)} does, and
     * hands every row written into the load's table, in file order, to {@code accepted} (on the reading
     * thread; {@code null}: none), so that a caller can keep what it loaded instead of reading it back.
     * The rows are only those of this load (row[0] is its id); a load that then fails leaves a partial set.
     */
    public FileReport load(Delivery delivery, Manifest.Entry entry, Source source, double maxRejectRatio,
            Set<String> knownLoans, Long jobExecutionId, boolean force, Consumer<Object[]> accepted) {
        var previous = ledger.findLoaded(delivery, entry.file());
        if (!force && previous.isPresent() && previous.get().sha256().equals(entry.sha256())) {
            return FileReport.skipped(delivery.name(), entry.file(), Messages.text("ingest.alreadyLoaded"));
        }
        long started = System.nanoTime();
        LoadLedger.Load load = ledger.begin(delivery, entry, source, jobExecutionId, previous);
        Counts counts = new Counts();
        RejectsWriter rejects = null;
        try {
            rejects = RejectsWriter.open(outDir.resolve(delivery.name()), entry.file());
            stream(delivery, entry, source, load, rejects, knownLoans, counts, accepted);
            check(entry, counts, maxRejectRatio, source);
            // the rejects file first: a crash before the publish leaves the load unpublished, and the
            // next run loads the file and writes its rejects again
            rejects.publish();
            double secs = (System.nanoTime() - started) / 1e9;
            ledger.publish(load, delivery, entry, counts, secs);
            return new FileReport(delivery.name(), entry.file(), "LOADED", counts.records, counts.loaded,
                    counts.rejected(), counts.byReason, secs, counts.bytes, null,
                    previous.isPresent() ? Messages.text("ingest.replaces") : null);
        } catch (FileFailure f) {
            double secs = (System.nanoTime() - started) / 1e9;
            ledger.fail(load, f, counts, secs);
            if (rejects != null) {
                try {
                    if (f.code().equals("TOO_MANY_REJECTS")) {
                        rejects.publish();
                    } else {
                        rejects.discard();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new FileReport(delivery.name(), entry.file(), "FAILED", counts.records, 0, counts.rejected(),
                    counts.byReason, secs, counts.bytes, f.code(), f.text());
        } catch (IOException e) {
            discard(rejects, e);
            ledger.abandon(load, e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            discard(rejects, e);
            ledger.abandon(load, e);
            throw e;
        }
    }

    private static void discard(RejectsWriter rejects, Exception cause) {
        if (rejects != null) {
            try {
                rejects.discard();
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }

    private static void check(Manifest.Entry entry, Counts counts, double maxRejectRatio, Source source) {
        if (!counts.sha256.equals(entry.sha256())) {
            throw new FileFailure("MANIFEST_MISMATCH", Messages.text("ingest.shaMismatch", counts.sha256, entry.sha256()));
        }
        if (counts.records != entry.rows()) {
            throw new FileFailure("MANIFEST_MISMATCH", Messages.text("ingest.rowsMismatch", counts.records, entry.rows()));
        }
        double allowed = maxRejectRatio * counts.records;
        if (counts.rejected() > allowed) {
            throw new FileFailure("TOO_MANY_REJECTS", Messages.text("ingest.tooManyRejects", counts.rejected(),
                    counts.records, counts.text(), source.isBankLedger() ? Messages.text("ingest.noneAllowedForLedger")
                            : Messages.text("ingest.percentAllowed", String.valueOf(maxRejectRatio * 100))));
        }
    }

    /** Reads and checks on a second thread, writes the accepted rows on this one. */
    private void stream(Delivery delivery, Manifest.Entry entry, Source source, LoadLedger.Load load,
            RejectsWriter rejects, Set<String> knownLoans, Counts counts, Consumer<Object[]> accepted)
            throws IOException {
        Path file = delivery.dir().resolve(entry.file());
        BlockingQueue<Chunk<Object[]>> queue = new ArrayBlockingQueue<>(4);
        ExecutorService reading = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kz-read-" + source.id());
            t.setDaemon(true);
            return t;
        });
        try {
            streamWith(reading, file, delivery, entry, source, load, rejects, knownLoans, counts, queue, accepted);
        } finally {
            reading.shutdownNow();
        }
    }

    private void streamWith(ExecutorService reading, Path file, Delivery delivery, Manifest.Entry entry,
            Source source, LoadLedger.Load load, RejectsWriter rejects, Set<String> knownLoans, Counts counts,
            BlockingQueue<Chunk<Object[]>> queue, Consumer<Object[]> accepted) throws IOException {
        try (ExtractFileReader reader = ExtractFileReader.open(file, entry.charset());
             Progress progress = Progress.start(delivery.name() + "/" + entry.file(), size(file))) {
            RecordChecker checker = new RecordChecker(source, delivery.date(), reader.header(), load.id(), knownLoans);
            try {
                Future<?> read = reading.submit(() -> {
                    try {
                        readAll(delivery, entry, source, reader, checker, rejects, counts, queue, progress, accepted);
                    } finally {
                        putQuietly(queue, END);
                    }
                    return null;
                });
                writeAll(source, load.table(), queue);
                read.get();
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                if (c instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(c);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                // the reading thread ends before the file and the rejects are closed
                reading.shutdownNow();
                awaitQuietly(reading);
            }
        }
    }

    private static void awaitQuietly(ExecutorService reading) {
        try {
            reading.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The reading thread: reader, checker, rejects writer; the rows to store go to the queue in chunks of
     * {@link Batches#SIZE}. For a packed source ({@link PackedRuns}) they are its runs, packed here rather
     * than on the writing thread, which has H2's inserts to do (the two threads then take about as long).
     */
    private static void readAll(Delivery delivery, Manifest.Entry entry, Source source, ExtractFileReader reader,
            RecordChecker checker, RejectsWriter rejects, Counts counts, BlockingQueue<Chunk<Object[]>> queue,
            Progress progress, Consumer<Object[]> accepted) throws IOException, InterruptedException {
        StoredRows stored = new StoredRows();
        PackedRuns.Packer packer = PackedRuns.packs(source) ? PackedRuns.of(source).packer(stored::add) : null;
        while (true) {
            CheckedRecord checked;
            try {
                RawRecord r = reader.read();
                if (r == null) {
                    break;
                }
                counts.records++;
                checked = checker.process(r);
            } catch (FileFailure f) {
                throw f;
            } catch (RuntimeException e) {
                // a fault of kz or of the machine while reading this file: this file's failure, not the run's
                LOG.error("unexpected error while reading {}/{} at record {}", delivery.name(), entry.file(),
                        counts.records, e);
                throw new FileFailure("UNREADABLE", Messages.text("ingest.unexpected", counts.records,
                        e.getClass().getSimpleName()));
            }
            if (checked instanceof CheckedRecord.Rejected rejected) {
                counts.reject(rejected.reject().reason());
                rejects.write(rejected);
                continue;
            }
            Object[] row = ((CheckedRecord.Accepted) checked).row();
            if (packer != null) {
                packer.add(row);
            } else {
                stored.add(row);
            }
            if (accepted != null) {
                accepted.accept(row);
            }
            counts.loaded++;
            if (stored.chunk.size() >= Batches.SIZE) {
                queue.put(stored.take());
            }
            if (counts.loaded % Batches.SIZE == 0) {
                progress.update(reader.bytesRead(), counts.records);
            }
        }
        if (packer != null) {
            packer.flush();
        }
        if (!stored.chunk.isEmpty()) {
            queue.put(stored.take());
        }
        reader.finish();
        progress.update(reader.bytesRead(), counts.records);
        counts.bytes = reader.bytesRead();
        counts.sha256 = reader.sha256();
    }

    /** This thread: the load-table writer, chunk by chunk, until the reading thread ends. */
    private void writeAll(Source source, String table, BlockingQueue<Chunk<Object[]>> queue) {
        try (LoadTableWriter writer = LoadTableWriter.open(jdbi, source, table)) {
            while (true) {
                Chunk<Object[]> chunk = queue.take();
                if (chunk == END) {
                    break;
                }
                writer.write(chunk);
            }
            writer.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            // let a reading thread blocked on a full queue go on to its end
            queue.clear();
        }
    }

    /** The rows to store that the reading thread gathers for the next chunk. */
    private static final class StoredRows {
        Chunk<Object[]> chunk = newChunk();

        void add(Object[] row) {
            chunk.add(row);
        }

        Chunk<Object[]> take() {
            Chunk<Object[]> full = chunk;
            chunk = newChunk();
            return full;
        }
    }

    private static Chunk<Object[]> newChunk() {
        return new Chunk<Object[]>(new ArrayList<Object[]>(Batches.SIZE));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void putQuietly(BlockingQueue<Chunk<Object[]>> q, Chunk<Object[]> item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Figures of one file, filled by the reading thread and read after it ended. */
    static final class Counts {
        long records;
        long loaded;
        long bytes;
        String sha256 = "";
        final Map<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);

        void reject(RejectReason r) {
            byReason.merge(r, 1L, Long::sum);
        }

        long rejected() {
            return byReason.values().stream().mapToLong(Long::longValue).sum();
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            byReason.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(v));
            return sb.toString();
        }
    }
}
