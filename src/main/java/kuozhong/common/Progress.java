package kuozhong.common;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of one long task: a progress bar on a terminal, a plain log line every {@link #INTERVAL} otherwise
 * (cron). Two forms: bytes of a file ({@link #start}, ingest) and items of a total ({@link #count}: rows,
 * households, loans; list build and settle). Labels never carry personal data: only fixed texts, source
 * and file names, numbers.
 *
 * <p>Nothing extra is printed for a short task: a log line comes only once the task has run for the interval
 * (and then one an interval), a bar on a terminal only once a counted task has run for {@link #BAR_DELAY}.
 * The interval can be changed with the system property {@code kz.progressIntervalMillis} (README; tests
 * shorten it).
 */
public interface Progress extends AutoCloseable {
    /** Time between two log lines of one task when there is no terminal (and before the first). */
    Duration INTERVAL = Duration.ofSeconds(5);
    /** The system property overriding {@link #INTERVAL}, in milliseconds. */
    String INTERVAL_PROPERTY = "kz.progressIntervalMillis";
    /** How long a counted task runs before its bar appears on a terminal. */
    Duration BAR_DELAY = Duration.ofSeconds(1);

    void update(long bytes, long records);

    @Override
    void close();

    /** The interval between log lines: {@link #INTERVAL} unless {@code kz.progressIntervalMillis} is set. */
    static Duration interval() {
        return Duration.ofMillis(Long.getLong(INTERVAL_PROPERTY, INTERVAL.toMillis()));
    }

    /** Whether progress shows as a bar: standard output is a terminal and {@code kz.noProgressBar} is not set. */
    static boolean onTerminal() {
        return System.console() != null && !Boolean.getBoolean("kz.noProgressBar");
    }

    /** Chooses the bar when standard output is a terminal, else log lines every {@link #interval()}. */
    static Progress start(String label, long totalBytes) {
        if (onTerminal()) {
            return new Bar(label, totalBytes);
        }
        return new LogLines(label, totalBytes, interval());
    }

    /**
     * Progress of a task of {@code total} items: a bar (after {@link #BAR_DELAY}) on a terminal, else a log
     * line every {@link #interval()}. {@code label} is shown in the operator's language on the bar and in
     * English in the log.
     */
    static Count count(Messages.Text label, long total, Unit unit) {
        Display d = onTerminal()
                ? new CountBar(label.local(), total, unit == null ? "" : Messages.get(unit.key), System::nanoTime)
                : new CountLog(label.english(), total, unit == null ? "" : Messages.english(unit.key), interval(),
                        System::nanoTime, CountLog.LOG::info);
        return new Count(d, onTerminal() ? Duration.ofMillis(250) : interval());
    }

    /**
     * Progress of a step whose items cannot be counted (a delete, a read-back, a workbook with charts): the
     * time it has run, on a bar (after {@link #BAR_DELAY}) or in a log line every {@link #interval()}.
     */
    static Count phase(Messages.Text label) {
        return count(label, -1, null);
    }

    /** What is counted: its word in the bundles ({@code progress.unit.*}). */
    enum Unit {
        ROWS("progress.unit.rows"), HOUSEHOLDS("progress.unit.households"), LOANS("progress.unit.loans");

        final String key;

        Unit(String key) {
            this.key = key;
        }
    }

    /**
     * Items done of a total. {@link #step} costs an increment and a plain store; the display looks at the
     * count from a timer thread ({@link Ticks}), so a task of few slow items, or one that goes on after its
     * last item (a workbook being zipped and encrypted), shows too.
     */
    final class Count implements AutoCloseable {
        private static final VarHandle DONE;

        static {
            try {
                DONE = MethodHandles.lookup().findVarHandle(Count.class, "done", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final Display display;
        private final ScheduledFuture<?> ticks;
        private long done;

        /** A count shown by {@code display}, looked at every {@code period} (none: {@code null} display). */
        Count(Display display, Duration period) {
            this.display = display;
            this.ticks = display == null ? null : Ticks.every(period, this::tick);
        }

        /** A count whose display is told only when {@link #tick} is called (tests). */
        Count(Display display) {
            this.display = display;
            this.ticks = null;
        }

        /** Counts and shows nothing. */
        public static Count none() {
            return new Count(null);
        }

        /** One more item done. */
        public void step() {
            DONE.setOpaque(this, done + 1);
        }

        /** {@code n} more items done. */
        public void add(long n) {
            DONE.setOpaque(this, done + n);
        }

        /** One more item done, by one of several threads counting at once ({@link Parallel}). */
        public void stepShared() {
            DONE.getAndAddRelease(this, 1L);
        }

        /** The items done so far (from any thread). */
        public long done() {
            return (long) DONE.getOpaque(this);
        }

        /** Tells the display the count now (the timer thread). */
        void tick() {
            if (display != null) {
                display.show(done());
            }
        }

        /** The same items, each one counted as it is taken. */
        public <T> Iterator<T> over(Iterator<T> items) {
            return counted(items, this::step);
        }

        /** The same items, each one counted as it is taken, by one of several threads counting at once. */
        public <T> Iterator<T> overShared(Iterator<T> items) {
            return counted(items, this::stepShared);
        }

        private static <T> Iterator<T> counted(Iterator<T> items, Runnable step) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return items.hasNext();
                }

                @Override
                public T next() {
                    T t = items.next();
                    step.run();
                    return t;
                }
            };
        }

        /** The same items, each one counted as it is taken. */
        public <T> Iterable<T> over(Iterable<T> items) {
            return () -> over(items.iterator());
        }

        /** Ends the task: a bar shows its last count and closes; a log says nothing more. */
        @Override
        public void close() {
            if (ticks != null) {
                ticks.cancel(false);
            }
            if (display != null) {
                display.close(done());
            }
        }
    }

    /** The one daemon thread that looks at every open {@link Count}, carrying the job's log context. */
    final class Ticks {
        private static final ScheduledThreadPoolExecutor TIMER = timer();

        private Ticks() {
        }

        private static ScheduledThreadPoolExecutor timer() {
            ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
                Thread thread = new Thread(r, "kz-progress");
                thread.setDaemon(true);
                return thread;
            });
            t.setRemoveOnCancelPolicy(true);
            return t;
        }

        static ScheduledFuture<?> every(Duration period, Runnable tick) {
            Map<String, String> context = MDC.getCopyOfContextMap();
            long nanos = Math.max(1_000_000L, period.toNanos());
            return TIMER.scheduleAtFixedRate(() -> {
                if (context != null) {
                    MDC.setContextMap(context);
                }
                try {
                    tick.run();
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(Progress.class).debug("progress display failed", e);
                } finally {
                    MDC.clear();
                }
            }, nanos, nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** How a {@link Count} shows; told from the timer thread, closed from the counting one. */
    interface Display {
        void show(long done);

        void close(long done);
    }

    /**
     * A bar on a terminal, built once the task has run for {@link #BAR_DELAY}. Tasks counted at once (the
     * snapshots a list build reads on several threads) take turns: one bar is on the terminal at a time, the
     * next one appears when it closes (bars of two threads would overwrite each other's line); the log has a
     * line for each.
     */
    final class CountBar implements Display {
        /** the bar on the terminal now, or null */
        private static final java.util.concurrent.atomic.AtomicReference<CountBar> SHOWN =
                new java.util.concurrent.atomic.AtomicReference<>();
        private final String label;
        private final long total;
        private final String unit;
        private final LongSupplier clock;
        private final long appearAt;
        private ProgressBar bar;
        private boolean closed;

        CountBar(String label, long total, String unit, LongSupplier clock) {
            this.label = label;
            this.total = total;
            this.unit = unit;
            this.clock = clock;
            this.appearAt = clock.getAsLong() + BAR_DELAY.toNanos();
        }

        @Override
        public synchronized void show(long done) {
            if (closed) {
                return;
            }
            if (bar == null) {
                if (clock.getAsLong() - appearAt < 0 || !SHOWN.compareAndSet(null, this)) {
                    return;
                }
                bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(total < 0 ? -1 : Math.max(1, total))
                        .setUnit(unit.isEmpty() ? "" : " " + unit, 1).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                        .continuousUpdate().build();
            }
            bar.stepTo(done);
        }

        @Override
        public synchronized void close(long done) {
            closed = true;
            if (bar != null) {
                bar.stepTo(done);
                bar.close();
                SHOWN.compareAndSet(this, null);
            }
        }
    }

    /** One log line an interval, none before the first interval has passed: label, items of total, percent. */
    final class CountLog implements Display {
        static final Logger LOG = LoggerFactory.getLogger(Progress.class);
        private final String label;
        private final long total;
        private final String unit;
        private final long intervalNanos;
        private final LongSupplier clock;
        private final Consumer<String> log;
        private final long start;
        private long next;
        private boolean closed;

        CountLog(String label, long total, String unit, Duration interval, LongSupplier clock, Consumer<String> log) {
            this.label = label;
            this.total = total;
            this.unit = unit;
            this.intervalNanos = interval.toNanos();
            this.clock = clock;
            this.log = log;
            this.start = clock.getAsLong();
            this.next = start + intervalNanos;
        }

        @Override
        public synchronized void show(long done) {
            long now = clock.getAsLong();
            if (closed || now - next < 0) {
                return;
            }
            // a timer a little early or late: the next line an interval after this one
            next = now + intervalNanos - Math.min(intervalNanos / 2, Math.max(0, now - next));
            log.accept(total < 0
                    ? String.format(Locale.ROOT, "%s: running for %d s", label, (now - start) / 1_000_000_000L)
                    : String.format(Locale.ROOT, "%s: %,d of %,d %s (%.0f%%)", label, done, total, unit,
                            total == 0 ? 100.0 : Math.min(100.0, 100.0 * done / total)));
        }

        @Override
        public synchronized void close(long done) {
            closed = true;
        }
    }

    /** A terminal progress bar in MB with the speed, and the records in the extra message. */
    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(String label, long totalBytes) {
            bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(Math.max(1, totalBytes))
                    .setUnit(" MB", 1L << 20).showSpeed().setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500).continuousUpdate().build();
        }

        @Override
        public void update(long bytes, long records) {
            bar.stepTo(bytes);
            bar.setExtraMessage(Messages.get("progress.records", records));
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** One log line every interval: label, percent, records, MB/s. */
    final class LogLines implements Progress {
        private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
        private final String label;
        private final long totalBytes;
        private final long intervalNanos;
        private final long start = System.nanoTime();
        private long next;

        LogLines(String label, long totalBytes, Duration interval) {
            this.label = label;
            this.totalBytes = totalBytes;
            this.intervalNanos = interval.toNanos();
            this.next = start + intervalNanos;
        }

        @Override
        public void update(long bytes, long records) {
            long now = System.nanoTime();
            if (now < next) {
                return;
            }
            next = now + intervalNanos;
            double secs = (now - start) / 1e9;
            LOG.info(String.format(Locale.ROOT, "%s: %.0f%% (%,d records, %.1f MB/s)", label,
                    totalBytes == 0 ? 100.0 : 100.0 * bytes / totalBytes, records, bytes / 1048576.0 / secs));
        }

        @Override
        public void close() {
        }
    }
}
