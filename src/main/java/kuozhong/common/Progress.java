package kuozhong.common;

import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * The interval can be shortened with the system property {@code kz.progressIntervalMillis} (tests).
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
        if (onTerminal()) {
            return new Count(new CountBar(label.local(), total, Messages.get(unit.key), System::nanoTime));
        }
        return new Count(new CountLog(label.english(), total, Messages.english(unit.key), interval(),
                System::nanoTime, CountLog.LOG::info));
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
     * Items done of a total. {@link #step} costs an increment: the display is told only every {@link #EVERY}
     * items (and it looks at the clock only then), so that counting every row of a build costs nothing
     * measurable.
     */
    final class Count implements AutoCloseable {
        /** Items between two updates of the display. */
        public static final int EVERY = 4096;
        private final Display display;
        private long done;

        Count(Display display) {
            this.display = display;
        }

        /** Counts and shows nothing. */
        public static Count none() {
            return new Count(null);
        }

        /** One more item done. */
        public void step() {
            if ((++done & (EVERY - 1)) == 0 && display != null) {
                display.show(done);
            }
        }

        /** {@code n} more items done. */
        public void add(long n) {
            long before = done;
            done += n;
            if (before / EVERY != done / EVERY && display != null) {
                display.show(done);
            }
        }

        public long done() {
            return done;
        }

        /** The same items, each one counted as it is taken. */
        public <T> Iterator<T> over(Iterator<T> items) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return items.hasNext();
                }

                @Override
                public T next() {
                    T t = items.next();
                    step();
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
            if (display != null) {
                display.close(done);
            }
        }
    }

    /** How a {@link Count} shows. */
    interface Display {
        void show(long done);

        void close(long done);
    }

    /** A bar on a terminal, built once the task has run for {@link #BAR_DELAY}. */
    final class CountBar implements Display {
        private final String label;
        private final long total;
        private final String unit;
        private final LongSupplier clock;
        private final long appearAt;
        private ProgressBar bar;

        CountBar(String label, long total, String unit, LongSupplier clock) {
            this.label = label;
            this.total = total;
            this.unit = unit;
            this.clock = clock;
            this.appearAt = clock.getAsLong() + BAR_DELAY.toNanos();
        }

        @Override
        public void show(long done) {
            if (bar == null) {
                if (clock.getAsLong() < appearAt) {
                    return;
                }
                bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(Math.max(1, total))
                        .setUnit(" " + unit, 1).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                        .continuousUpdate().build();
            }
            bar.stepTo(done);
        }

        @Override
        public void close(long done) {
            if (bar != null) {
                bar.stepTo(done);
                bar.close();
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
        private long next;

        CountLog(String label, long total, String unit, Duration interval, LongSupplier clock, Consumer<String> log) {
            this.label = label;
            this.total = total;
            this.unit = unit;
            this.intervalNanos = interval.toNanos();
            this.clock = clock;
            this.log = log;
            this.next = clock.getAsLong() + intervalNanos;
        }

        @Override
        public void show(long done) {
            long now = clock.getAsLong();
            if (now - next < 0) {
                return;
            }
            next = now + intervalNanos;
            log.accept(String.format(Locale.ROOT, "%s: %,d of %,d %s (%.0f%%)", label, done, total, unit,
                    total <= 0 ? 100.0 : Math.min(100.0, 100.0 * done / total)));
        }

        @Override
        public void close(long done) {
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
