package kuozhong.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What H2's lock file says about a home's database while a child {@code kz} process holds it.
 *
 * <p>With {@code AUTO_SERVER=TRUE} the process that opens the database first serves it to the others. A test that
 * watches a child must connect only once the child serves the database: connecting earlier, or through a lock
 * file a killed child left behind, makes the test's JVM open the database and take the lock while the child is
 * taking it (the child then fails with "Lock file recently modified").
 */
public final class H2Server {
    private static final long STALE_LOCK_MILLIS = 2_500;

    private H2Server() {
    }

    /** Whether the lock file was written since {@code sinceMillis} and names a server: a child started then serves it. */
    public static boolean servedSince(Path home, long sinceMillis) {
        Path lockFile = home.resolve("data/kz.lock.db");
        try {
            return Files.getLastModifiedTime(lockFile).toMillis() >= sinceMillis
                    && Files.readString(lockFile, StandardCharsets.ISO_8859_1).contains("server=");
        } catch (IOException notThereYet) {
            return false;
        }
    }

    /**
     * Waits until H2 takes the lock file of a dead process for stale (not touched for two seconds; half a second
     * more for the clock's granularity): a process opening the database sooner fails as if it were in use.
     */
    public static void awaitStaleLock(Path home) throws InterruptedException {
        Path lockFile = home.resolve("data/kz.lock.db");
        try {
            while (Files.exists(lockFile)
                    && System.currentTimeMillis() - Files.getLastModifiedTime(lockFile).toMillis() < STALE_LOCK_MILLIS) {
                Thread.sleep(100);
            }
        } catch (IOException gone) {
            // removed meanwhile
        }
    }
}
