package kuozhong.common;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of one long task: a progress bar on a terminal, a plain log line every few seconds otherwise
 * (cron). Labels never carry personal data.
 */
public interface Progress extends AutoCloseable {

    void update(long bytes, long records);

    @Override
    void close();

    /** Chooses the bar when standard output is a terminal, else log lines every five seconds. */
    static Progress start(String label, long totalBytes) {
        if (System.console() != null && !Boolean.getBoolean("kz.noProgressBar")) {
            return new Bar(label, totalBytes);
        }
        return new LogLines(label, totalBytes, Duration.ofSeconds(5));
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
