package kuozhong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The counting form of {@link Progress} without a terminal: a log line once the interval has passed and one an
 * interval after that (told by a timer thread that stops with the task), none for a task shorter than the
 * interval, counting that costs a store, and nothing but the label, numbers and the unit in a line.
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
                if (i % 10_000 == 0) {
                    c.tick(); // the timer looks at it
                }
            }
        }
        assertThat(lines).isEmpty();
    }

    @Test
    void aLongTaskLogsAfterTheIntervalAndThenAboutOnceAnInterval() {
        try (Progress.Count c = count(60_000)) {
            for (int k = 1; k <= 6; k++) {
                now[0] += 3 * SECOND;   // the timer looks every 3 s
                c.add(10_000);
                c.tick();
                if (k == 1) {
                    assertThat(lines).as("3 s: before the interval").isEmpty();
                }
            }
            c.tick();
        }
        now[0] += 10 * SECOND;
        // 6 s (1 s late: the next one is due at 10 s), 12 s (due at 15 s), 15 s; 18 s is too early
        assertThat(lines).containsExactly(
                "reading the person snapshot: 20,000 of 60,000 rows (33%)",
                "reading the person snapshot: 40,000 of 60,000 rows (67%)",
                "reading the person snapshot: 50,000 of 60,000 rows (83%)");
    }

    @Test
    void aLongTaskLogsFromTheTimerThreadAndStopsWhenClosed() throws Exception {
        System.setProperty(Progress.INTERVAL_PROPERTY, "20");
        List<String> logged = java.util.Collections.synchronizedList(new ArrayList<>());
        Progress.Count c = new Progress.Count(new Progress.CountLog("storing list version 3", 1_000, "rows",
                Progress.interval(), System::nanoTime, logged::add), Progress.interval());
        c.add(5);
        String five = "storing list version 3: 5 of 1,000 rows (1%)";
        // the timer may also have looked before add(5), on a busy machine: wait for the line with the 5
        for (int i = 0; i < 200 && !logged.contains(five); i++) {
            Thread.sleep(10);
        }
        c.close();
        assertThat(logged).contains(five);
        int n = logged.size();
        Thread.sleep(100);
        assertThat(logged).hasSize(n);
    }

    @Test
    void countingCostsAStoreTheDisplayIsToldOnlyByTheTimer() {
        long[] shown = {0};
        Progress.Display d = new Progress.Display() {
            @Override
            public void show(long done) {
                shown[0] = done;
            }

            @Override
            public void close(long done) {
            }
        };
        Progress.Count c = new Progress.Count(d);
        for (int i = 0; i < 10_005; i++) {
            c.step();
        }
        c.add(300);
        assertThat(shown[0]).isZero();
        c.tick();
        assertThat(shown[0]).isEqualTo(10_305);
        List<Integer> seen = new ArrayList<>();
        c.over(List.of(1, 2, 3)).forEach(seen::add);
        assertThat(seen).containsExactly(1, 2, 3);
        assertThat(c.done()).isEqualTo(10_308);
    }

    @Test
    void aLineHoldsTheLabelNumbersAndUnitOnlyNeverAnIdentityNumber() {
        try (Progress.Count c = count(0)) {
            now[0] = 6 * SECOND;
            c.add(4_096);
            c.tick();
        }
        assertThat(lines).containsExactly("reading the person snapshot: 4,096 of 0 rows (100%)");
        assertThat(lines.get(0)).matches("[a-z_ ]+: [0-9,]+ of [0-9,]+ rows \\([0-9]+%\\)");
        assertThat(lines.get(0)).doesNotContainPattern("[0-9]{15}");
    }

    @Test
    void aStepWithoutACountLogsTheTimeItHasRun() {
        try (Progress.Count c = new Progress.Count(new Progress.CountLog("publishing list version 3", -1, "rows",
                Duration.ofSeconds(5), () -> now[0], lines::add))) {
            now[0] = 4 * SECOND;
            c.tick();
            now[0] = 7 * SECOND;
            c.tick();
        }
        assertThat(lines).containsExactly("publishing list version 3: running for 7 s");
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
