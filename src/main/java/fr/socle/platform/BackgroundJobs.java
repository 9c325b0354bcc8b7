package fr.socle.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;

/**
 * Long work in the background (bulk issuance, exports): on the container's managed executor, and at
 * most {@link #PARALLEL} pieces at a time whatever their kind; the others wait their turn. Each job
 * keeps its own state in the database (status, counters), so that a page or the API follows it and a
 * restart finds what was left unfinished.
 */
@ApplicationScoped
public class BackgroundJobs {

    /**
     * How many jobs work at once. The executor gives each job a thread of its own, and a job holds a
     * database connection while it renders and seals; rendering is bound by the processors, so more jobs
     * do not finish sooner, they only take the connection pool (32): fifty jobs started together used it
     * all, and jobs and requests then failed after waiting 60 s for a connection.
     */
    public static final int PARALLEL = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    private final Semaphore running = new Semaphore(PARALLEL, true);

    @Resource
    ManagedExecutorService executor;

    /** Runs the work on the managed executor, once one of the {@link #PARALLEL} places is free. */
    public void submit(Runnable work) {
        executor.submit(() -> run(work));
    }

    /**
     * Runs the work in the calling thread once a place is free; returns without running it if the thread
     * is interrupted while it waits (the job stays as it was, and is taken up again at the next start).
     */
    public void run(Runnable work) {
        try {
            running.acquire();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            work.run();
        } finally {
            running.release();
        }
    }
}
