package fr.socle.identity.control;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bounded room for the expensive part of signing in (PBKDF2, hundreds of milliseconds of CPU):
 * {@code running} checks at once (as many as the cores by default), {@code waiting} more in line for
 * at most {@code maxWait}; beyond that, or after that wait, the work is not done at all and the
 * caller answers "too many attempts, try again in a moment" (429). A flood of sign-ins thus costs
 * the server a few cores at most, and leaves its request threads free for everything else.
 */
public final class PasswordChecks {

    private final Semaphore admitted;
    private final Semaphore running;
    private final long maxWaitNanos;

    public PasswordChecks(int running, int waiting, Duration maxWait) {
        if (running < 1 || waiting < 0) {
            throw new IllegalArgumentException("at least one check at a time, and no negative queue");
        }
        this.admitted = new Semaphore(running + waiting);
        this.running = new Semaphore(running, true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    /** The number of checks at once when none is configured: the processors available. */
    public static int defaultRunning() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Runs the work when there is room; empty, without running it, when there is none. The work must not return null. */
    public <T> Optional<T> run(Supplier<T> work) {
        if (!admitted.tryAcquire()) {
            return Optional.empty();
        }
        try {
            if (!running.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            } finally {
                running.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            admitted.release();
        }
    }

    /** How many wait in line now (for tests). */
    int waiting() {
        return running.getQueueLength();
    }
}
