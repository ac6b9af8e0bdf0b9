package kuozhong.db;

import kuozhong.common.Messages;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The run lock in the database ({@code kz_run_lock}), for servers that share one database. Held for a
 * whole run and refreshed every {@link #HEARTBEAT}; a lock of a dead process on this host, or one not
 * refreshed for {@link #EXPIRY}, is taken over with a message saying so.
 */
public final class RunLock implements AutoCloseable {
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);
    public static final Duration EXPIRY = Duration.ofMinutes(10);
    private static final String NAME = "kz";

    private final Jdbi jdbi;
    private final String holder;
    private final ScheduledExecutorService beat;

    /** One row of the lock table. */
    public record Holder(String lockName, String holder, String host, long pid, LocalDateTime acquiredAt,
            LocalDateTime heartbeatAt) {
    }

    /** SQL of the lock. */
    @RegisterConstructorMapper(Holder.class)
    public interface Dao {
        @SqlUpdate("""
                INSERT INTO kz_run_lock (lock_name, holder, host, pid, acquired_at, heartbeat_at)
                VALUES (:name, :holder, :host, :pid, :now, :now)
                """)
        void insert(@Bind("name") String name, @Bind("holder") String holder, @Bind("host") String host,
                @Bind("pid") long pid, @Bind("now") LocalDateTime now);

        @SqlQuery("SELECT * FROM kz_run_lock WHERE lock_name = :name")
        Optional<Holder> find(@Bind("name") String name);

        @SqlUpdate("DELETE FROM kz_run_lock WHERE lock_name = :name AND holder = :holder AND acquired_at = :acquiredAt")
        int takeOver(@Bind("name") String name, @Bind("holder") String holder,
                @Bind("acquiredAt") LocalDateTime acquiredAt);

        @SqlUpdate("UPDATE kz_run_lock SET heartbeat_at = :now WHERE lock_name = :name AND holder = :holder")
        int beat(@Bind("name") String name, @Bind("holder") String holder, @Bind("now") LocalDateTime now);

        @SqlUpdate("DELETE FROM kz_run_lock WHERE lock_name = :name AND holder = :holder")
        int release(@Bind("name") String name, @Bind("holder") String holder);
    }

    private RunLock(Jdbi jdbi, String holder) {
        this.jdbi = jdbi;
        this.holder = holder;
        this.beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kz-run-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        beat.scheduleAtFixedRate(() -> {
            try {
                jdbi.onDemand(Dao.class).beat(NAME, holder, now());
            } catch (RuntimeException e) {
                // the next beat tries again; the run itself reports database trouble
            }
        }, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Takes the lock or throws {@link Locked} naming the holder and since when.
     *
     * @param notices told when a dead or expired lock is taken over
     */
    public static RunLock acquire(Jdbi jdbi, String command, Consumer<String> notices) {
        String host = hostName();
        long pid = ProcessHandle.current().pid();
        String holder = host + " pid " + pid + " (" + command + ")";
        Dao dao = jdbi.onDemand(Dao.class);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                dao.insert(NAME, holder, host, pid, now());
                return new RunLock(jdbi, holder);
            } catch (RuntimeException duplicate) {
                Optional<Holder> current = dao.find(NAME);
                if (current.isEmpty()) {
                    continue; // released in between
                }
                Holder h = current.get();
                String why = staleReason(h, host);
                if (why == null) {
                    throw new Locked(Messages.text("lock.database", h.holder(),
                            h.acquiredAt().truncatedTo(ChronoUnit.SECONDS), h.heartbeatAt().truncatedTo(ChronoUnit.SECONDS)));
                }
                if (dao.takeOver(NAME, h.holder(), h.acquiredAt()) == 1) {
                    notices.accept(Messages.get("lock.takenOver", h.holder(), h.acquiredAt().truncatedTo(ChronoUnit.SECONDS),
                            why));
                }
            }
        }
        throw new Locked(Messages.text("lock.race"));
    }

    private static String staleReason(Holder h, String host) {
        if (h.host().equals(host) && ProcessHandle.of(h.pid()).map(p -> !p.isAlive()).orElse(true)) {
            return Messages.get("lock.holderGone");
        }
        if (h.heartbeatAt().isBefore(now().minus(EXPIRY))) {
            return Messages.get("lock.expired", EXPIRY.toMinutes());
        }
        return null;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    @Override
    public void close() {
        beat.shutdownNow();
        try {
            jdbi.onDemand(Dao.class).release(NAME, holder);
        } catch (RuntimeException e) {
            // the next run takes the lock over as expired
        }
    }

    /** The database lock is held by another run (exit 3). */
    public static final class Locked extends kuozhong.common.LocalizedException {
        public Locked(String message) {
            super(message);
        }

        public Locked(Messages.Text text) {
            super(text);
        }
    }
}
