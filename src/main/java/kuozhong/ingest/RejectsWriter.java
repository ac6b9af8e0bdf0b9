package kuozhong.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import kuozhong.common.AtomicFiles;

/**
 * The rejects writer of a load: {@code out/ingest/<delivery>/rejects-<file>.csv} with
 * {@code record,reason,message,raw} (extracts.md, "Validation and rejects"), {@code raw} being the record
 * exactly as read. The file holds identity numbers and names as the departments sent them: it is created
 * with mode 0600 before any byte is written (README.md, "Output files"). It is written as a {@code .part}
 * file next to the target and only {@link #publish() published} (renamed over the target) when the load
 * ends with its records counted; {@link #discard()} removes it, so a failed file leaves no partial rejects.
 */
final class RejectsWriter implements ItemWriter<CheckedRecord.Rejected>, AutoCloseable {
    private static final CSVFormat REJECTS = CSVFormat.DEFAULT.builder()
            .setHeader("record", "reason", "message", "raw").setRecordSeparator("\n").get();

    private final Path target;
    private final Path part;
    private final CSVPrinter out;
    private boolean closed;

    private RejectsWriter(Path target, Path part, CSVPrinter out) {
        this.target = target;
        this.part = part;
        this.out = out;
    }

    /** Starts the rejects file of one delivery file; a part file that a killed run left is replaced. */
    static RejectsWriter open(Path dir, String fileName) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve("rejects-" + fileName);
        Path part = dir.resolve("rejects-" + fileName + ".part");
        Files.deleteIfExists(part);
        if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(part);
        }
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(part, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16);
        return new RejectsWriter(target, part, new CSVPrinter(w, REJECTS));
    }

    @Override
    public void write(Chunk<? extends CheckedRecord.Rejected> chunk) throws IOException {
        for (CheckedRecord.Rejected r : chunk) {
            write(r);
        }
    }

    /** Writes one rejected record. */
    void write(CheckedRecord.Rejected r) throws IOException {
        out.printRecord(r.record().number(), r.reject().reason(), r.reject().message(), r.record().raw());
    }

    /** Closes the part file and renames it over the rejects file. */
    void publish() throws IOException {
        close();
        AtomicFiles.moveOver(part, target);
    }

    /** Closes and deletes the part file: nothing of it stays. */
    void discard() {
        try {
            close();
        } catch (UncheckedIOException e) {
            // deleted below anyway
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
