package kuozhong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which failures are resource faults, and the one line each gets. */
class ResourceFaultTest {

    @Test
    void aFullDiskNamesTheFileAndSaysToFreeSpace() {
        var e = new IllegalStateException("step failed", new UncheckedIOException(new FileSystemException(
                "/srv/kz/out/list/2025-06-15/target-list.csv", null, "No space left on device")));
        assertThat(ResourceFault.of(e)).hasValue(new ResourceFault("/srv/kz/out/list/2025-06-15/target-list.csv",
                ResourceFault.FULL));
        assertThat(ResourceFault.of(e).orElseThrow().message()).isEqualTo("could not write "
                + "/srv/kz/out/list/2025-06-15/target-list.csv: the disk is full. Free space on that disk (df -h shows"
                + " how much is left) and run the same command again; it finishes the work (earlier list versions and"
                + " settlements are unchanged).");
    }

    @Test
    void aReadOnlyFileSystemAndAMissingPermission() {
        assertThat(ResourceFault.of(new FileSystemException("/srv/kz/data/kz.lock", null, "Read-only file system")))
                .hasValue(new ResourceFault("/srv/kz/data/kz.lock", ResourceFault.READ_ONLY));
        assertThat(ResourceFault.of(new AccessDeniedException("/srv/kz/out")))
                .hasValue(new ResourceFault("/srv/kz/out", ResourceFault.DENIED));
    }

    @Test
    void theDatabaseFilesOfH2AndTheDiskOfPostgresql() {
        SQLException h2 = new SQLException("IO Exception: \"java.io.IOException: No space left on device\"; "
                + "\"/srv/kz/data/kz.mv.db\" [90028-240]", "90028", 90028);
        assertThat(ResourceFault.of(new RuntimeException(h2)))
                .hasValue(new ResourceFault("/srv/kz/data/kz.mv.db", ResourceFault.FULL));
        SQLException pg = new SQLException("could not extend file \"base/16384/16385\"", "53100");
        assertThat(ResourceFault.of(pg)).hasValue(new ResourceFault("the PostgreSQL server's data folder",
                ResourceFault.FULL));
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ResourceFault.of(new IOException("Stream closed"))).isEmpty();
        assertThat(ResourceFault.of(new java.nio.file.NoSuchFileException("/srv/kz/inbox/x.csv"))).isEmpty();
        assertThat(ResourceFault.of(new SQLException("Unique index violation", "23505", 23505))).isEmpty();
    }
}
