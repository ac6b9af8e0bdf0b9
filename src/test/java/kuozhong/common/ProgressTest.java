package kuozhong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The counting form of {@link Progress} without a terminal: a log line once the interval has passed and one an
 * interval after that, none for a task shorter than the interval, the display told only every
 * {@link Progress.Count#EVERY} items, and nothing but the label, numbers and the unit in a line.
 */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;
    private final long[] now = {0};
    private final List<String> lines = new ArrayList<>();

    @AfterEach
    void clear() {
        System.clearProperty(Progress.INTERVAL_PROPERTY);
    }

    private Progress.Count count(long total) {
        return new Progress.Count(new Progress.CountLog("reading the person snapshot", total, "rows",
                Duration.ofSeconds(5), () -> now[0], lines::add));
    }

    @Test
    void aTaskShorterThanTheIntervalLogsNothing() {
        try (Progress.Count c = count(100_000)) {
            for (int i = 0; i < 100_000; i++) {
                c.step();
                now[0] += 40_000; // 4 s in all
            }
        }
        assertThat(lines).isEmpty();
    }

    @Test
    void aLongTaskLogsAfterTheIntervalAndThenOnceAnInterval() {
        try (Progress.Count c = count(5 * Progress.Count.EVERY)) {
            for (int k = 1; k <= 5; k++) {
                now[0] += 3 * SECOND; // each batch of EVERY items takes 3 s
                for (int i = 0; i < Progress.Count.EVERY; i++) {
                    c.step();
                }
                if (k == 1) {
                    assertThat(lines).as("3 s: before the interval").isEmpty();
                }
            }
        }
        // shown at 6 s (next 11 s), 12 s (next 17 s), 15 s no; closing adds nothing
        assertThat(lines).containsExactly(
                "reading the person snapshot: 8,192 of 20,480 rows (40%)",
                "reading the person snapshot: 16,384 of 20,480 rows (80%)");
    }

    @Test
    void theDisplayIsToldOnlyEveryFewThousandItems() {
        long[] shown = {0};
        Progress.Display d = new Progress.Display() {
            @Override
            public void show(long done) {
                shown[0]++;
            }

            @Override
            public void close(long done) {
            }
        };
        Progress.Count c = new Progress.Count(d);
        for (int i = 0; i < 10 * Progress.Count.EVERY + 5; i++) {
            c.step();
        }
        c.add(3 * Progress.Count.EVERY);
        assertThat(shown[0]).isEqualTo(11);
        assertThat(c.done()).isEqualTo(13L * Progress.Count.EVERY + 5);
        List<Integer> seen = new ArrayList<>();
        c.over(List.of(1, 2, 3)).forEach(seen::add);
        assertThat(seen).containsExactly(1, 2, 3);
        assertThat(c.done()).isEqualTo(13L * Progress.Count.EVERY + 8);
    }

    @Test
    void aLineHoldsTheLabelNumbersAndUnitOnlyNeverAnIdentityNumber() {
        try (Progress.Count c = count(0)) {
            now[0] = 6 * SECOND;
            for (int i = 0; i < Progress.Count.EVERY; i++) {
                c.step();
            }
        }
        assertThat(lines).containsExactly("reading the person snapshot: 4,096 of 0 rows (100%)");
        assertThat(lines.get(0)).matches("[a-z_ ]+: [0-9,]+ of [0-9,]+ rows \\([0-9]+%\\)");
        assertThat(lines.get(0)).doesNotContainPattern("[0-9]{15}");
    }

    @Test
    void theIntervalIsFiveSecondsUnlessTheSystemPropertySaysOtherwise() {
        assertThat(Progress.interval()).isEqualTo(Duration.ofSeconds(5)).isEqualTo(Progress.INTERVAL);
        System.setProperty(Progress.INTERVAL_PROPERTY, "20");
        assertThat(Progress.interval()).isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void theLabelsAreInBothLanguagesAndTheLogStaysEnglish() {
        Messages.Text label = Messages.text("progress.list.storing", 7);
        assertThat(label.english()).isEqualTo("storing list version 7");
        assertThat(Messages.format(Messages.bundle(Language.ZH), "progress.list.storing", 7))
                .isEqualTo("保存名单版本 7");
        for (Progress.Unit u : Progress.Unit.values()) {
            assertThat(Messages.bundle(Language.EN).getString(u.key)).isNotBlank();
            assertThat(Messages.bundle(Language.ZH).getString(u.key)).isNotBlank();
        }
    }
}
