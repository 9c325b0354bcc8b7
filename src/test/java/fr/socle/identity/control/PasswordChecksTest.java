package fr.socle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bounded room for password checks: full means "no" at once, without doing the work. */
class PasswordChecksTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    /** Occupies a place until the test releases it; waits until the work has really started. */
    private Future<Optional<String>> occupy(PasswordChecks checks) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Future<Optional<String>> f = pool.submit(() -> checks.run(() -> {
            started.countDown();
            await(release);
            return "done";
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS), "the work started");
        return f;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void runsTheWorkWhenThereIsRoom() {
        assertEquals(Optional.of(42), new PasswordChecks(1, 0, Duration.ofSeconds(1)).run(() -> 42));
    }

    @Test
    void refusesAtOnceWithoutWorkingWhenEveryPlaceIsTaken() throws Exception {
        PasswordChecks checks = new PasswordChecks(2, 0, Duration.ofSeconds(30));
        Future<Optional<String>> first = occupy(checks);
        Future<Optional<String>> second = occupy(checks);
        AtomicInteger worked = new AtomicInteger();
        long start = System.nanoTime();
        Optional<Integer> refused = checks.run(worked::incrementAndGet);
        assertTrue(refused.isEmpty(), "no room");
        assertEquals(0, worked.get(), "the work was not done");
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "refused at once, not after the 30 s wait");
        release.countDown();
        assertEquals(Optional.of("done"), first.get(10, TimeUnit.SECONDS));
        assertEquals(Optional.of("done"), second.get(10, TimeUnit.SECONDS));
        assertEquals(Optional.of(1), checks.run(worked::incrementAndGet), "room again once they are done");
    }

    @Test
    void aFewWaitInLineAndGoOnWhenAPlaceFrees() throws Exception {
        PasswordChecks checks = new PasswordChecks(1, 1, Duration.ofSeconds(30));
        Future<Optional<String>> running = occupy(checks);
        Future<Optional<String>> waiting = pool.submit(() -> checks.run(() -> "waited"));
        for (int i = 0; i < 1000 && checks.waiting() < 1; i++) {
            Thread.sleep(10);
        }
        assertEquals(1, checks.waiting(), "one in line");
        AtomicInteger worked = new AtomicInteger();
        assertTrue(checks.run(worked::incrementAndGet).isEmpty(), "one running and one in line: the third is refused");
        assertEquals(0, worked.get());
        release.countDown();
        assertEquals(Optional.of("done"), running.get(10, TimeUnit.SECONDS));
        assertEquals(Optional.of("waited"), waiting.get(10, TimeUnit.SECONDS), "the one in line went on");
    }

    @Test
    void givesUpAfterTheLongestWait() throws Exception {
        PasswordChecks checks = new PasswordChecks(1, 5, Duration.ofMillis(200));
        occupy(checks);
        AtomicInteger worked = new AtomicInteger();
        assertTrue(checks.run(worked::incrementAndGet).isEmpty(), "waited 200 ms in line, then gave up");
        assertEquals(0, worked.get());
    }
}
