package kuozhong.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kuozhong.testing.Kz;
import kuozhong.testing.TestDatabase;

/** The run lock in the database: a live holder blocks (exit 3), a dead or expired one is taken over. */
class RunLockIT {
    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLiveHolderOnAnotherServerBlocksADeadOrExpiredOneIsTakenOver(TestDatabase database) throws Exception {
        Kz kz = Kz.at(home, database);
        assertThat(kz.run("status").exitCode()).isZero(); // creates the schema
        LocalDateTime since = LocalDateTime.of(2025, 6, 16, 2, 0, 5);
        insert(kz, "server-b pid 4242 (kz nightly)", "server-b", 4242, since, LocalDateTime.now());

        Kz.Result blocked = kz.run("ingest");
        assertThat(blocked.exitCode()).isEqualTo(3);
        assertThat(blocked.err()).contains("another kz run holds the database lock: server-b pid 4242 (kz nightly), "
                + "since 2025-06-16T02:00:05");

        kz.jdbi().useHandle(h -> h.execute("UPDATE kz_run_lock SET heartbeat_at = ?",
                LocalDateTime.now().minusMinutes(11)));
        Kz.Result expired = kz.run("ingest");
        assertThat(expired.exitCode()).as(expired.all()).isZero();
        assertThat(expired.err()).contains("took over the database lock of server-b pid 4242 (kz nightly)")
                .contains("expired");

        String host = java.net.InetAddress.getLocalHost().getHostName();
        insert(kz, host + " pid 999999999 (kz ingest)", host, 999_999_999L, since, LocalDateTime.now());
        Kz.Result dead = kz.run("ingest");
        assertThat(dead.exitCode()).as(dead.all()).isZero();
        assertThat(dead.err()).contains("that process is no longer running");
        long rows = kz.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM kz_run_lock").mapTo(Long.class).one());
        assertThat(rows).as("released at the end of the run").isZero();
    }

    @Test
    void anH2FileAnotherProcessIsOpeningThisMomentExitsThreeAndSaysToWait() throws Exception {
        Kz kz = Kz.at(home, TestDatabase.H2);
        assertThat(kz.run("status").exitCode()).isZero(); // creates the database; closed again at the end
        Path lockFile = home.resolve("data/kz.lock.db");
        AtomicBoolean opening = new AtomicBoolean(true);
        // another process in the middle of H2's lock-file protocol: a lock file that keeps being rewritten
        Thread other = new Thread(() -> {
            while (opening.get()) {
                try {
                    Files.writeString(lockFile, "#FileLock\nmethod=file\nid=another-process\n");
                    Thread.sleep(200);
                } catch (Exception e) {
                    return;
                }
            }
        });
        Files.writeString(lockFile, "#FileLock\nmethod=file\nid=another-process\n");
        other.start();
        try {
            Kz.Result r = kz.run("status");
            assertThat(r.exitCode()).as(r.all()).isEqualTo(3);
            assertThat(r.err()).contains("the database file is in use by another process").contains("run again");
        } finally {
            opening.set(false);
            other.join();
        }
    }

    private static void insert(Kz kz, String holder, String host, long pid, LocalDateTime since, LocalDateTime beat) {
        kz.jdbi().useHandle(h -> h.execute("INSERT INTO kz_run_lock (lock_name, holder, host, pid, acquired_at, "
                + "heartbeat_at) VALUES ('kz', ?, ?, ?, ?, ?)", holder, host, pid, since, beat));
    }
}
