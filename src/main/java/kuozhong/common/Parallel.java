package kuozhong.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.MDC;

/**
 * Runs the independent tasks of one step at once (issue 12: the list build reads its snapshots, decides its
 * households and writes its files on every core), on at most {@link #threads()} threads, and waits for all of
 * them. What each task does is the same as one after another; only the time differs:
 * <ul>
 * <li>a task writes only structures of its own (or disjoint parts of a shared one), so the results do not
 * depend on the order the tasks run in; the caller reads them after {@link #run} returns (which happens after
 * every task);
 * <li>a failure is the one of the first failing task in the order given, thrown as that task threw it (a
 * RuntimeException or Error; the same message and so the same exit code as before). Every task runs to its end
 * first: none is interrupted (an interrupted H2 session closes the database file), so nothing hangs and
 * nothing is left running;
 * <li>with one processor (or {@code -Dkz.threads=1}) the tasks run one after another on the calling thread,
 * exactly as before.
 * </ul>
 * Worker threads carry the caller's log context (the job's execution id), so their log lines and progress
 * lines are attributed as the caller's.
 */
public final class Parallel {
    /** The system property limiting the threads (default: the processors this process may use). */
    public static final String THREADS_PROPERTY = "kz.threads";
    private static final AtomicInteger POOL = new AtomicInteger();

    private Parallel() {
    }

    /** The threads a step may use: the processors available to the process, or {@code kz.threads}. */
    public static int threads() {
        int n = Integer.getInteger(THREADS_PROPERTY, Runtime.getRuntime().availableProcessors());
        return Math.max(1, n);
    }

    /** Runs the tasks, at most {@link #threads()} at a time; returns when all have ended (see the class). */
    public static void run(List<Runnable> tasks) {
        int n = Math.min(threads(), tasks.size());
        if (n <= 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        Map<String, String> context = MDC.getCopyOfContextMap();
        int pool = POOL.incrementAndGet();
        AtomicInteger number = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "kz-worker-" + pool + "-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(tasks.size());
            for (Runnable task : tasks) {
                futures.add(executor.submit(() -> {
                    if (context != null) {
                        MDC.setContextMap(context);
                    }
                    try {
                        task.run();
                    } finally {
                        MDC.clear();
                    }
                }));
            }
            Throwable first = null;
            boolean interrupted = false;
            for (Future<?> f : futures) {
                while (true) {
                    try {
                        f.get();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true; // the tasks are waited for anyway; the flag is restored below
                    } catch (ExecutionException e) {
                        if (first == null) {
                            first = e.getCause();
                        }
                        break;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (first instanceof RuntimeException r) {
                throw r;
            }
            if (first instanceof Error err) {
                throw err;
            }
            if (first != null) {
                throw new IllegalStateException(first); // a Runnable throws no checked exception
            }
        } finally {
            executor.shutdown();
        }
    }
}
