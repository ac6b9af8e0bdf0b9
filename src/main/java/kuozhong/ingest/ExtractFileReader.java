package kuozhong.ingest;

import kuozhong.common.Messages;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemReader;

import kuozhong.ingest.csv.CsvRecordReader;
import kuozhong.ingest.csv.CsvSyntaxException;

/**
 * The reader of a load: the records of one delivery file, each with its number and its raw text. The
 * file's bytes are hashed and counted as they are decoded (strictly: a byte sequence that is not valid in
 * the declared encoding is an error, never a replacement character).
 *
 * <p>Whatever goes wrong while reading is this file's failure ({@link FileFailure}), never the run's:
 * {@code UNREADABLE} (not a regular file of the delivery folder, or an I/O error), {@code UNDECODABLE},
 * {@code UNPARSEABLE} (not RFC 4180 CSV from some record on), {@code BAD_HEADER} (an empty file).
 */
final class ExtractFileReader implements ItemReader<RawRecord>, AutoCloseable {
    private final String fileName;
    private final CountingStream counting;
    private final MessageDigest sha;
    private final InputStream in;
    private final CsvRecordReader csv;
    private List<String> header;

    private ExtractFileReader(String fileName, CountingStream counting, MessageDigest sha, Charset charset) {
        this.fileName = fileName;
        this.counting = counting;
        this.sha = sha;
        this.in = new BufferedInputStream(new DigestInputStream(counting, sha), 1 << 16);
        this.csv = new CsvRecordReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /**
     * Opens a delivery file for reading: only a regular file, never through a symbolic link.
     *
     * @throws FileFailure MANIFEST_MISMATCH when the file is missing, UNREADABLE when it is not a regular file
     *                     or cannot be opened
     */
    static ExtractFileReader open(Path file, Charset charset) {
        String name = file.getFileName().toString();
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new FileFailure("MANIFEST_MISMATCH", Messages.text("ingest.fileMissing", name));
        } catch (IOException e) {
            throw unreadable(e);
        }
        String what = a.isSymbolicLink() ? "ingest.symlink" : a.isDirectory() ? "ingest.directory"
                : a.isRegularFile() ? null : "ingest.special";
        if (what != null) {
            throw new FileFailure("UNREADABLE", Messages.text("ingest.notAFile", Messages.text(what)));
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try {
            return new ExtractFileReader(name, new CountingStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)),
                    sha, charset);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The header's fields (the first record that is not blank). */
    List<String> header() {
        if (header == null) {
            if (!next()) {
                throw new FileFailure("BAD_HEADER", Messages.text("ingest.emptyFile"));
            }
            header = csv.fields();
        }
        return header;
    }

    /** The next data record, or null at the end of the file. */
    @Override
    public RawRecord read() {
        header();
        if (!next()) {
            return null;
        }
        long number = csv.index();
        return new RawRecord(number, csv.line(), csv.fields(), () -> {
            if (csv.index() != number) {
                throw new IllegalStateException("the raw text of record " + number + " is asked after record "
                        + csv.index() + " was read");
            }
            return csv.raw();
        });
    }

    /** Reads to the end, so that the digest covers every byte (trailing blank lines included). */
    void finish() {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Bytes read so far (any thread). */
    long bytesRead() {
        return counting.count;
    }

    /** The hex sha256 of the bytes read, once {@link #finish()} has read them all. */
    String sha256() {
        return HexFormat.of().formatHex(sha.digest());
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            // the file was only read
        }
    }

    private boolean next() {
        try {
            return csv.next();
        } catch (CsvSyntaxException e) {
            Messages.Text where = e.recordIndex() == 0 ? Messages.text("ingest.whereHeader", e.line())
                    : Messages.text("ingest.whereRecord", e.recordIndex(), e.line());
            throw new FileFailure("UNPARSEABLE", Messages.text("ingest.unparseable", where, e.problem(), fileName));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private FileFailure failure(IOException e) {
        if (e instanceof CharacterCodingException) {
            return new FileFailure("UNDECODABLE", Messages.text("ingest.undecodable", csv.index() + 1));
        }
        return unreadable(e);
    }

    private static FileFailure unreadable(IOException e) {
        Object why = e instanceof AccessDeniedException ? Messages.text("ingest.permissionDenied")
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new FileFailure("UNREADABLE", Messages.text("ingest.unreadable", why));
    }

    /** Counts the bytes that pass, for the progress line and the report. */
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
