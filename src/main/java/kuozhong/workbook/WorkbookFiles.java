package kuozhong.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * Writes a workbook file all or nothing: into a new sibling file, then renamed over the target. A
 * failed write leaves the previous file as it was and no partial file behind; a partial file that a killed
 * process left is removed by the next write of the same target (kz writes a home's outputs one process at a
 * time: the run lock).
 */
final class WorkbookFiles {

    /** Writes the content of a workbook to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private WorkbookFiles() {
    }

    /**
     * @param ownerOnly create the file with mode 0600 before any byte is written (on file systems
     *                  without POSIX permissions the file gets the default permissions)
     */
    static void write(Path target, boolean ownerOnly, Content content) throws IOException {
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
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void deleteLeftOverParts(Path dir, String name) throws IOException {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "." + name + ".*.part")) {
            for (Path p : parts) {
                Files.deleteIfExists(p);
            }
        }
    }

    static boolean isPosix(Path dir) throws IOException {
        return Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    }
}
