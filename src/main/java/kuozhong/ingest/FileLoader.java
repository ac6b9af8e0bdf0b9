package kuozhong.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kuozhong.common.AtomicFiles;
import kuozhong.common.Progress;
import kuozhong.db.Batches;
import kuozhong.db.SqlFiles;
import kuozhong.ingest.validate.DuplicateKeys;
import kuozhong.ingest.validate.Field;
import kuozhong.ingest.validate.RecordValidator;
import kuozhong.ingest.validate.Reject;
import kuozhong.ingest.validate.RejectReason;

/**
 * Loads one extract file of one delivery (extracts.md, "Loading guarantees").
 *
 * <p>The file is streamed once: bytes are hashed and counted as they are decoded, records are parsed,
 * validated and, in a second thread, inserted in batches into the load's own table. Nothing of the file
 * is visible until the final transaction marks the load LOADED (and the earlier load of the same file,
 * if any, REPLACED). A crash before that leaves a LOADING row whose table the next run drops.
 */
public final class FileLoader {
    private static final Logger LOG = LoggerFactory.getLogger(FileLoader.class);
    private static final int BATCH = 5_000;
    private static final List<Object[]> END = new ArrayList<>();
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    private static final CSVFormat REJECTS = CSVFormat.DEFAULT.builder()
            .setHeader("record", "reason", "message", "raw").setRecordSeparator("\n").get();
    private static final CSVFormat RAW = CSVFormat.DEFAULT.builder().setRecordSeparator("").get();

    private final Jdbi jdbi;
    private final Path outDir;

    /**
     * @param jdbi   a Jdbi that is not bound to Spring transactions: the loader commits batch by batch
     * @param outDir {@code <home>/out/ingest}
     */
    public FileLoader(Jdbi jdbi, Path outDir) {
        this.jdbi = jdbi;
        this.outDir = outDir;
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
        FileLoadDao dao = jdbi.onDemand(FileLoadDao.class);
        var previous = dao.findLoaded(delivery.name(), entry.file());
        if (!force && previous.isPresent() && previous.get().sha256().equals(entry.sha256())) {
            return FileReport.skipped(delivery.name(), entry.file(), "already loaded (same sha256)");
        }
        Path file = delivery.dir().resolve(entry.file());
        long started = System.nanoTime();
        long loadId = dao.begin(delivery.name(), delivery.date(), source.id(), entry.file(), entry.sha256(),
                entry.charset().name(), entry.rows(), LocalDateTime.now(), jobExecutionId);
        String table = "kz_" + source.id() + "_" + loadId;
        dao.setTable(loadId, table);
        jdbi.useHandle(h -> h.execute(SqlFiles.withTable("kuozhong/ingest/sql/create-" + source.id() + ".sql", table)));

        Path rejectsDir = outDir.resolve(delivery.name());
        Path rejectsFile = rejectsDir.resolve("rejects-" + entry.file());
        Path rejectsPart = rejectsDir.resolve("rejects-" + entry.file() + ".part");
        Counts counts = new Counts();
        try {
            Files.createDirectories(rejectsDir);
            if (!Files.isRegularFile(file)) {
                throw new FileFailure("MANIFEST_MISMATCH", "the manifest lists " + entry.file()
                        + " but the delivery folder does not hold it");
            }
            stream(delivery, entry, source, file, loadId, table, rejectsPart, knownLoans, counts);
            check(entry, counts, maxRejectRatio, source);
            double secs = (System.nanoTime() - started) / 1e9;
            String replacedTable = previous.map(FileLoad::dataTable).orElse(null);
            // the rejects file first: a crash before the commit below leaves the load unpublished, and the
            // next run loads the file and writes its rejects again
            AtomicFiles.moveOver(rejectsPart, rejectsFile);
            jdbi.useTransaction(h -> {
                FileLoadDao tx = h.attach(FileLoadDao.class);
                tx.markReplaced(delivery.name(), entry.file(), "replaced by load " + loadId + " (new sha256)");
                tx.finish(loadId, "LOADED", counts.records, counts.loaded, counts.rejected(), counts.text(),
                        LocalDateTime.now(), seconds(secs), null);
            });
            if (replacedTable != null) {
                dropQuietly(replacedTable);
            }
            return new FileReport(delivery.name(), entry.file(), "LOADED", counts.records, counts.loaded,
                    counts.rejected(), counts.byReason, secs, counts.bytes, null,
                    previous.isPresent() ? "replaces the earlier load of this file" : null);
        } catch (FileFailure f) {
            double secs = (System.nanoTime() - started) / 1e9;
            dropQuietly(table);
            dao.finish(loadId, "FAILED", counts.records, 0, counts.rejected(), counts.text(), LocalDateTime.now(),
                    seconds(secs), f.code() + ": " + f.getMessage());
            try {
                if (f.code().equals("TOO_MANY_REJECTS") && Files.exists(rejectsPart)) {
                    Files.move(rejectsPart, rejectsFile, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(rejectsPart);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new FileReport(delivery.name(), entry.file(), "FAILED", counts.records, 0, counts.rejected(),
                    counts.byReason, secs, counts.bytes, f.code(), f.getMessage());
        } catch (IOException e) {
            abandon(dao, loadId, table, e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            abandon(dao, loadId, table, e);
            throw e;
        }
    }

    /** An unexpected error (not a problem of the file): nothing of the load stays, the next run does it again. */
    private void abandon(FileLoadDao dao, long loadId, String table, Exception cause) {
        try {
            dropQuietly(table);
            dao.abandon(loadId, "interrupted by an error: " + cause.getMessage());
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static void check(Manifest.Entry entry, Counts counts, double maxRejectRatio, Source source) {
        if (!counts.sha256.equals(entry.sha256())) {
            throw new FileFailure("MANIFEST_MISMATCH", "its sha256 is " + counts.sha256 + " but the manifest says "
                    + entry.sha256() + "; the file was changed or truncated after the manifest was written");
        }
        if (counts.records != entry.rows()) {
            throw new FileFailure("MANIFEST_MISMATCH", "it holds " + counts.records
                    + " records but the manifest says " + entry.rows());
        }
        double allowed = maxRejectRatio * counts.records;
        if (counts.rejected() > allowed) {
            throw new FileFailure("TOO_MANY_REJECTS", counts.rejected() + " of " + counts.records
                    + " records were rejected (" + counts.text() + "), more than the "
                    + (source.isBankLedger() ? "0 allowed for the bank ledger" : (maxRejectRatio * 100) + "% allowed")
                    + "; see the rejects file");
        }
    }

    private void stream(Delivery delivery, Manifest.Entry entry, Source source, Path file, long loadId,
            String table, Path rejectsPart, Set<String> knownLoans, Counts counts) throws IOException {
        BlockingQueue<List<Object[]>> queue = new ArrayBlockingQueue<>(4);
        ExecutorService parser = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kz-parse-" + source.id());
            t.setDaemon(true);
            return t;
        });
        try (Progress progress = Progress.start(delivery.name() + "/" + entry.file(), Files.size(file))) {
            Future<?> parsing = parser.submit(() -> {
                try {
                    parse(entry, source, delivery.date(), file, loadId, rejectsPart, knownLoans, counts, queue,
                            progress);
                } finally {
                    putQuietly(queue, END);
                }
                return null;
            });
            insertAll(source, table, queue);
            try {
                parsing.get();
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
            }
        } finally {
            parser.shutdownNow();
        }
    }

    private void insertAll(Source source, String table, BlockingQueue<List<Object[]>> queue) {
        String sql = SqlFiles.withTable("kuozhong/ingest/sql/insert-" + source.id() + ".sql", table);
        int[] sqlTypes = sqlTypes(source);
        try (Handle h = jdbi.open()) {
            Connection c = h.getConnection();
            if (c.isWrapperFor(org.postgresql.PGConnection.class)) {
                copyAll(c, SqlFiles.withTable("kuozhong/ingest/sql/copy-" + source.id() + ".sql", table), queue);
                return;
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                while (true) {
                    List<Object[]> batch = queue.take();
                    if (batch == END) {
                        break;
                    }
                    for (Object[] row : batch) {
                        for (int i = 0; i < row.length; i++) {
                            Batches.bind(ps, i + 1, row[i], sqlTypes[i]);
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    c.commit();
                }
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("inserting into " + table + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            // let a parser blocked on a full queue finish
            queue.clear();
        }
    }

    /** PostgreSQL's bulk path: one COPY ... FROM STDIN per batch, each committed. */
    private static void copyAll(Connection c, String copySql, BlockingQueue<List<Object[]>> queue)
            throws SQLException, InterruptedException {
        org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            StringBuilder sb = new StringBuilder(1 << 20);
            while (true) {
                List<Object[]> batch = queue.take();
                if (batch == END) {
                    break;
                }
                sb.setLength(0);
                for (Object[] row : batch) {
                    for (int i = 0; i < row.length; i++) {
                        if (i > 0) {
                            sb.append(',');
                        }
                        Object v = row[i];
                        if (v instanceof String s) {
                            sb.append('"').append(s.replace("\"", "\"\"")).append('"');
                        } else if (v instanceof BigDecimal d) {
                            sb.append(d.toPlainString());
                        } else if (v != null) {
                            sb.append(v);
                        }
                    }
                    sb.append('\n');
                }
                try {
                    copy.copyIn(copySql, new java.io.StringReader(sb.toString()));
                } catch (IOException e) {
                    throw new SQLException(e);
                }
                c.commit();
            }
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static int[] sqlTypes(Source source) {
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

    private static void parse(Manifest.Entry entry, Source source, java.time.LocalDate deliveryDate, Path file,
            long loadId, Path rejectsPart,
            Set<String> knownLoans, Counts counts, BlockingQueue<List<Object[]>> queue, Progress progress)
            throws IOException, InterruptedException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Field> fields = source.fields();
        RecordValidator validator = new RecordValidator(fields, source.crossCheck(), deliveryDate);
        DuplicateKeys keys = duplicateKeys(source);
        int loanColumn = source == Source.LOAN_TRANSACTIONS ? source.indexOf("loan_no") : -1;
        // the rejects hold the records as sent, identity numbers included: readable by the owner only (README.md)
        Files.deleteIfExists(rejectsPart);
        try {
            Files.createFile(rejectsPart, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX permissions
        }
        CountingStream counting = new CountingStream(Files.newInputStream(file));
        try (InputStream in = new BufferedInputStream(new DigestInputStream(counting, sha), 1 << 16);
             Writer rejectsOut = Files.newBufferedWriter(rejectsPart, StandardCharsets.UTF_8);
             CSVPrinter rejects = new CSVPrinter(rejectsOut, REJECTS)) {
            if (entry.charset().equals(StandardCharsets.UTF_8)) {
                skipBom(in);
            }
            Reader reader = new InputStreamReader(in, entry.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            try (CSVParser parser = READ.parse(reader)) {
                Iterator<CSVRecord> it = parser.iterator();
                if (!it.hasNext()) {
                    throw new FileFailure("BAD_HEADER", "the file is empty: it has no header line");
                }
                HeaderMap header = header(it.next(), fields);
                int[] columnOf = header.columnOf();
                String[] raw = new String[fields.size()];
                List<Object[]> batch = new ArrayList<>(BATCH);
                while (it.hasNext()) {
                    CSVRecord r = it.next();
                    if (r.size() == 1 && RecordValidator.trim(r.get(0)).isEmpty()) {
                        continue;
                    }
                    long recordNo = ++counts.records;
                    Object[] row = new Object[fields.size() + 2];
                    Reject reject;
                    if (r.size() != header.size()) {
                        reject = new Reject(RejectReason.WRONG_FIELD_COUNT,
                                "has " + r.size() + " fields, the header has " + header.size());
                    } else {
                        for (int i = 0; i < raw.length; i++) {
                            raw[i] = columnOf[i] < 0 ? null : r.get(columnOf[i]);
                        }
                        Object[] typed = new Object[fields.size()];
                        reject = validator.validate(raw, typed);
                        if (reject == null && !keys.add(typed)) {
                            reject = new Reject(RejectReason.DUPLICATE_KEY, "the key (" + String.join(", ", source.key())
                                    + ") repeats an earlier record");
                        }
                        if (reject == null && loanColumn >= 0 && !knownLoans.contains((String) typed[loanColumn])) {
                            reject = new Reject(RejectReason.UNKNOWN_LOAN,
                                    "loan_no is not in the loans.csv of this delivery");
                        }
                        System.arraycopy(typed, 0, row, 2, typed.length);
                    }
                    if (reject != null) {
                        counts.reject(reject.reason());
                        rejects.printRecord(recordNo, reject.reason(), reject.message(), RAW.format(r.values()));
                        continue;
                    }
                    row[0] = loadId;
                    row[1] = recordNo;
                    batch.add(row);
                    counts.loaded++;
                    if (batch.size() == BATCH) {
                        queue.put(batch);
                        batch = new ArrayList<>(BATCH);
                        progress.update(counting.count, counts.records);
                    }
                }
                if (!batch.isEmpty()) {
                    queue.put(batch);
                }
                progress.update(counting.count, counts.records);
                // read to the end so that the digest covers every byte (trailing blank lines included)
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (UncheckedIOException e) {
                throw undecodable(e.getCause(), counts);
            } catch (CharacterCodingException e) {
                throw undecodable(e, counts);
            }
        }
        counts.bytes = counting.count;
        counts.sha256 = HexFormat.of().formatHex(sha.digest());
    }

    private static RuntimeException undecodable(Throwable cause, Counts counts) {
        if (cause instanceof CharacterCodingException) {
            return new FileFailure("UNDECODABLE", "its bytes are not valid in the declared encoding (near record "
                    + (counts.records + 1) + "); check the encoding column of MANIFEST.csv");
        }
        return new UncheckedIOException(cause instanceof IOException io ? io : new IOException(cause));
    }

    /** Maps each column of the source to its position in the file; fails the file when one is missing. */
    private static HeaderMap header(CSVRecord header, List<Field> fields) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(RecordValidator.trim(header.get(i)).replace("\uFEFF", ""), i);
        }
        int[] columnOf = new int[fields.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Integer p = positions.get(fields.get(i).name());
            if (p == null && fields.get(i).required()) {
                missing.add(fields.get(i).name());
            }
            columnOf[i] = p == null ? -1 : p;
        }
        if (!missing.isEmpty()) {
            throw new FileFailure("BAD_HEADER", "the header lacks the required column(s) " + String.join(", ", missing));
        }
        return new HeaderMap(columnOf, header.size());
    }

    /** Where each column of the source stands in the file (-1: an optional column the file lacks), and how many columns the header has. */
    private record HeaderMap(int[] columnOf, int size) {
    }

    private static DuplicateKeys duplicateKeys(Source source) {
        int[] cols = source.key().stream().mapToInt(source::indexOf).toArray();
        return switch (source) {
            case PERSON -> new DuplicateKeys(cols, true, null);
            case PROVIDENT_FUND, MEDICAL_SELF_PAY -> new DuplicateKeys(cols, true, null);
            case SOCIAL_INSURANCE -> new DuplicateKeys(cols, true,
                    new String[] {"EMPLOYEE_PENSION", "RETIREE_PENSION", "RESIDENT_PENSION"});
            default -> new DuplicateKeys(cols, false, null);
        };
    }

    private static void skipBom(InputStream in) throws IOException {
        in.mark(3);
        byte[] b = in.readNBytes(3);
        if (!(b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    private void dropQuietly(String table) {
        try {
            jdbi.useHandle(h -> h.execute(SqlFiles.withTable("kuozhong/ingest/sql/drop-table.sql", table)));
        } catch (RuntimeException e) {
            LOG.warn("could not drop {}: {} (it is dropped at the next run)", table, e.getMessage());
        }
    }

    private static void putQuietly(BlockingQueue<List<Object[]>> q, List<Object[]> item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static BigDecimal seconds(double secs) {
        return BigDecimal.valueOf(Math.round(secs * 1000), 3);
    }

    /** Figures of one file, filled by the parsing thread and read after it ended. */
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

    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

}
