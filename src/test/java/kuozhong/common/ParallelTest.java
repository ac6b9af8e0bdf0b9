package kuozhong.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Tasks at once: all of them run to their end, the first failure in task order is thrown as it was. */
class ParallelTest {

    @AfterEach
    void clear() {
        System.clearProperty(Parallel.THREADS_PROPERTY);
        MDC.clear();
    }

    @Test
    void tasksRunAtOnceOnSeveralThreadsWithTheCallersLogContext() {
        System.setProperty(Parallel.THREADS_PROPERTY, "2");
        MDC.put("jobExecutionId", "7");
        CountDownLatch both = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Set<String> contexts = ConcurrentHashMap.newKeySet();
        Runnable task = () -> {
            threads.add(Thread.currentThread().getName());
            contexts.add(String.valueOf(MDC.get("jobExecutionId")));
            both.countDown();
            try {
                // each waits for the other: only tasks that run at the same time end
                assertThat(both.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        Parallel.run(List.of(task, task));
        assertThat(threads).hasSize(2).noneMatch(t -> t.equals(Thread.currentThread().getName()));
        assertThat(contexts).containsExactly("7");
    }

    @Test
    void theFailureOfTheFirstFailingTaskInOrderIsThrownAfterEveryTaskHasEnded() {
        System.setProperty(Parallel.THREADS_PROPERTY, "4");
        AtomicInteger ended = new AtomicInteger();
        CountDownLatch laterFailed = new CountDownLatch(1);
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(ended::incrementAndGet);
        tasks.add(() -> {
            try {
                laterFailed.await(10, TimeUnit.SECONDS); // the later task fails first in time
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            ended.incrementAndGet();
            throw new IllegalArgumentException("first in order");
        });
        tasks.add(() -> {
            ended.incrementAndGet();
            laterFailed.countDown();
            throw new IllegalStateException("second in order");
        });
        tasks.add(() -> {
            sleep(200);
            ended.incrementAndGet();
        });
        assertThatThrownBy(() -> Parallel.run(tasks)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first in order");
        assertThat(ended).hasValue(4);
    }

    @Test
    void anErrorIsThrownAsItWas() {
        System.setProperty(Parallel.THREADS_PROPERTY, "2");
        assertThatThrownBy(() -> Parallel.run(List.of(() -> { }, () -> {
            throw new OutOfMemoryError("test");
        }))).isInstanceOf(OutOfMemoryError.class).hasMessage("test");
    }

    @Test
    void withOneThreadTheTasksRunOneAfterAnotherOnTheCallingThread() {
        System.setProperty(Parallel.THREADS_PROPERTY, "1");
        List<String> seen = new ArrayList<>();
        Runnable task = () -> seen.add(Thread.currentThread().getName());
        assertThatThrownBy(() -> Parallel.run(List.of(task, () -> {
            throw new IllegalStateException("stop");
        }, task))).hasMessage("stop");
        assertThat(seen).containsExactly(Thread.currentThread().getName()); // as a loop: the third never ran
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
