package kuozhong.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * Writes an output file (a CSV file, a workbook) all or nothing: into a new sibling file, then renamed over
 * the target. A failed write leaves the previous file as it was and no partial file behind; a partial file
 * that a killed process left is removed by the next write of the same target (kz writes a home's outputs one
 * process at a time: the run lock).
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content of a text file. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer w) throws IOException;
    }

    private AtomicFiles() {
    }

    /** A UTF-8 text file. */
    public static void writeText(Path target, Text text) throws IOException {
        write(target, false, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.writeTo(w);
            w.flush();
        });
    }

    /**
     * @param ownerOnly create the file with mode 0600 before any byte is written (on file systems
     *                  without POSIX permissions the file gets the default permissions)
     */
    public static void write(Path target, boolean ownerOnly, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        deleteLeftOverParts(dir, target.getFileName().toString());
        // a fresh name next to the target, so that the rename is atomic; created like any new file
        // (permissions from the umask), or 0600 from the start for files with personal data
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        if (ownerOnly && isPosix(dir)) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            } catch (java.nio.file.FileSystemException e) {
                throw e;
            } catch (IOException e) {
                // a write that failed (a full disk) says which file it was writing
                throw (IOException) new java.nio.file.FileSystemException(target.toString(), null, e.getMessage())
                        .initCause(e);
            }
            moveOver(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Renames a finished file over a target in the same folder, atomically where the file system can. */
    public static void moveOver(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteLeftOverParts(Path dir, String name) throws IOException {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "." + name + ".*.part")) {
            for (Path p : parts) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static boolean isPosix(Path dir) throws IOException {
        return Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    }
}
