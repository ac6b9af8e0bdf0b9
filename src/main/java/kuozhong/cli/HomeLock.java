package kuozhong.cli;

import kuozhong.common.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * An exclusive lock on {@code <home>/data/kz.lock}, held for a whole run. The operating system releases
 * it when the process ends, however it ends, so a killed run never blocks the next one. The file's text
 * names the holder for the message a second run prints.
 */
final class HomeLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static HomeLock acquire(Path home, String command) {
        try {
            Path file = home.resolve("data").resolve("kz.lock");
            if (!Files.isDirectory(file.getParent())) {
                // data/ holds the database, with full identity numbers: its owner's only, whatever the umask
                Files.createDirectories(file.getParent());
                if (Files.getFileStore(file.getParent()).supportsFileAttributeView(
                        java.nio.file.attribute.PosixFileAttributeView.class)) {
                    Files.setPosixFilePermissions(file.getParent(),
                            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
                }
            }
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException held) {
                l = null; // held by this very process (tests run several commands in one JVM)
            }
            if (l == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                ch.close();
                throw new LockedException(Messages.text("lock.held", home.toAbsolutePath().normalize(),
                        holder.isEmpty() ? "" : " (" + holder + ")"));
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", " + command + ", since "
                    + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)).getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new HomeLock(ch, l);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // released by the operating system when the process ends
        }
    }
}
