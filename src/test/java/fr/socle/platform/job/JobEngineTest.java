package fr.socle.platform.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine's rules: claimed by one instance only, a lease renewed while it runs, jobs no lease holds taken up. */
class JobEngineTest {

    private final MemoryJobs.Table table = new MemoryJobs.Table();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** A handler that counts its runs, each job's. */
    static final class Counting implements JobHandler {
        final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        volatile CountDownLatch hold = new CountDownLatch(0);

        @Override
        public String kind() {
            return "TEST";
        }

        @Override
        public void run(JobState job) throws Exception {
            runs.computeIfAbsent(job.id(), k -> new AtomicInteger()).incrementAndGet();
            hold.await(10, TimeUnit.SECONDS);
        }

        int runs(String id) {
            AtomicInteger n = runs.get(id);
            return n == null ? 0 : n.get();
        }
    }

    private JobStatus status(String id) {
        return table.row(id).getStatus();
    }

    private void waitFor(String id, JobStatus status) throws InterruptedException {
        for (int i = 0; i < 500 && status(id) != status; i++) {
            Thread.sleep(10);
        }
        assertEquals(status, status(id));
    }

    @Test
    void theClaimRuleIsNoLiveLease() {
        Instant now = Instant.parse("2026-12-05T10:00:00Z");
        BackgroundJob job = new BackgroundJob("TEST", "org", null, "me", "{}", 0, now);
        assertTrue(job.claimableAt(now), "QUEUED and never claimed");
        assertTrue(job.claim("a", now, now.plusSeconds(60)));
        assertEquals(JobStatus.RUNNING, job.getStatus());
        assertFalse(job.claim("b", now.plusSeconds(59), now.plusSeconds(119)), "a live lease holds");
        assertFalse(job.claim("a", now.plusSeconds(59), now.plusSeconds(119)), "not even for its own instance");
        assertTrue(job.claim("b", now.plusSeconds(61), now.plusSeconds(121)), "a lease run out is taken over");
        assertFalse(job.renew("a", now.plusSeconds(200)), "the instance that lost it renews nothing");
        assertTrue(job.endIfHeldBy("b", null, now.plusSeconds(70)));
        assertEquals(JobStatus.DONE, job.getStatus());
        assertFalse(job.claimableAt(now.plusSeconds(1000)), "a finished job is never claimed again");
    }

    @Test
    void aStartedJobRunsAndEndsDone() throws Exception {
        Counting handler = new Counting();
        JobEngine engine = new MemoryJobs(table, "a").engine(threads, handler);
        JobState job = engine.start("TEST", "org", null, "me", "{}", 0);
        assertEquals(JobStatus.QUEUED, job.status());
        waitFor(job.id(), JobStatus.DONE);
        assertEquals(1, handler.runs(job.id()));
        assertEquals("a", table.row(job.id()).getClaimedBy());
        assertNull(table.row(job.id()).getLeaseUntil(), "its lease ended with it");
    }

    @Test
    void twoInstancesNeverRunTheSameJob() throws Exception {
        Counting handler = new Counting();
        MemoryJobs a = new MemoryJobs(table, "a");
        JobEngine engineA = a.engine(threads, handler);
        JobEngine engineB = new MemoryJobs(table, "b").engine(threads, handler);
        String[] ids = new String[20];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = a.create("TEST", "org", null, "me", "{}", 0).id();
        }
        engineA.resume(); // both instances find every job unclaimed at once
        engineB.resume();
        for (String id : ids) {
            waitFor(id, JobStatus.DONE);
            assertEquals(1, handler.runs(id), "run once, by one instance");
        }
    }

    @Test
    void aLiveLeaseIsLeftAloneAndAnExpiredOneIsTakenUp() throws Exception {
        MemoryJobs crashed = new MemoryJobs(table, "crashed");
        String id = crashed.create("TEST", "org", null, "me", "{}", 0).id();
        assertTrue(crashed.claim(id, JobEngine.LEASE_SECONDS).isPresent()); // then the instance dies
        Counting handler = new Counting();
        JobEngine other = new MemoryJobs(table, "other").engine(threads, handler);
        other.resume();
        Thread.sleep(100);
        assertEquals(0, handler.runs(id), "its lease still holds");
        assertEquals(JobStatus.RUNNING, status(id));
        table.advance(JobEngine.LEASE_SECONDS + 1);
        other.tick();
        waitFor(id, JobStatus.DONE);
        assertEquals(1, handler.runs(id));
        assertEquals("other", table.row(id).getClaimedBy());
    }

    @Test
    void atStartAnInstanceTakesBackTheJobsItsNameHeldBeforeItStopped() throws Exception {
        MemoryJobs before = new MemoryJobs(table, "a");
        String running = before.create("TEST", "org", null, "me", "{}", 0).id();
        String queued = before.create("TEST", "org", null, "me", "{}", 0).id();
        before.claim(running, JobEngine.LEASE_SECONDS); // kill -9 here: RUNNING, its lease still live
        Counting handler = new Counting();
        new MemoryJobs(table, "a").engine(threads, handler).takeUp(); // the same instance, restarted
        waitFor(running, JobStatus.DONE);
        waitFor(queued, JobStatus.DONE);
        assertEquals(1, handler.runs(running));
        assertEquals(1, handler.runs(queued));
    }

    @Test
    void theLeaseIsRenewedWhileTheJobRuns() throws Exception {
        Counting handler = new Counting();
        handler.hold = new CountDownLatch(1);
        JobEngine engine = new MemoryJobs(table, "a").engine(threads, handler);
        String id = engine.start("TEST", "org", null, "me", "{}", 0).id();
        for (int i = 0; i < 500 && !engine.running().contains(id); i++) {
            Thread.sleep(10);
        }
        for (int i = 0; i < 5; i++) { // five minutes in ticks, well past one lease
            table.advance(JobEngine.TICK_SECONDS);
            engine.tick();
            assertTrue(table.row(id).getLeaseUntil().isAfter(table.now()), "renewed at each tick");
        }
        Counting other = new Counting();
        new MemoryJobs(table, "b").engine(threads, other).resume();
        handler.hold.countDown();
        waitFor(id, JobStatus.DONE);
        assertEquals(0, other.runs(id), "never taken over while it runs");
        assertEquals(1, handler.runs(id));
    }

    @Test
    void aHandlerEndsItsJobFailedWithItsMessageOrLeavesItToTheInstanceThatTookItOver() throws Exception {
        MemoryJobs a = new MemoryJobs(table, "a");
        JobHandler failing = new JobHandler() {
            @Override
            public String kind() {
                return "FAILING";
            }

            @Override
            public void run(JobState job) {
                throw new JobFailure("Rien à faire");
            }
        };
        JobEngine engine = a.engine(threads, failing);
        String id = engine.start("FAILING", "org", null, "me", "{}", 0).id();
        waitFor(id, JobStatus.FAILED);
        assertEquals("Rien à faire", a.find(id).orElseThrow().error());

        String unknown = engine.start("NO_SUCH_KIND", "org", null, "me", "{}", 0).id();
        waitFor(unknown, JobStatus.FAILED);
    }

    @Test
    void aHandlerThatLostItsLeaseWritesNothing() {
        MemoryJobs a = new MemoryJobs(table, "a");
        String id = a.create("TEST", "org", null, "me", "{}", 3).id();
        a.claim(id, JobEngine.LEASE_SECONDS);
        table.advance(JobEngine.LEASE_SECONDS + 1);
        MemoryJobs b = new MemoryJobs(table, "b");
        assertTrue(b.claim(id, JobEngine.LEASE_SECONDS).isPresent());
        try {
            a.progress(id, 1, 0, null);
            throw new AssertionError("written by the instance that lost it");
        } catch (LeaseLost expected) {
            // the run stops
        }
        a.ended(id, null);
        assertEquals(JobStatus.RUNNING, status(id), "the instance that took it over ends it");
    }
}
