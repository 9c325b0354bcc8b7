package fr.socle.platform.job;

import fr.socle.platform.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one engine of background jobs (bulk issuance, exports, any later kind): each job is a
 * {@link BackgroundJob} row, run on the container's managed executor by the {@link JobHandler} of its
 * kind, at most {@link #PARALLEL} at a time on an instance whatever their kind (the others wait their
 * turn, QUEUED).
 * <p>
 * One rule for every kind: a job runs only on the instance that claimed it, by one UPDATE that matches
 * only a job no live lease holds ({@link Jobs#claim}); the lease ({@link #LEASE_SECONDS}) is renewed
 * every {@link #TICK_SECONDS} while it runs, so two instances never run the same job. At start, and at
 * each tick, the instance takes up the jobs no lease holds: QUEUED ones, and RUNNING ones whose instance
 * stopped or crashed (its lease ran out; at its own start an instance releases at once the leases its
 * name held before). Handlers are resumable, so a job taken up again does only what is missing.
 */
@ApplicationScoped
public class JobEngine {

    private static final Logger LOG = Logger.getLogger(JobEngine.class.getName());

    /**
     * How many jobs work at once. The executor gives each job a thread of its own, and a job holds a
     * database connection while it renders and seals; rendering is bound by the processors, so more jobs
     * do not finish sooner, they only take the connection pool (32): fifty jobs started together used it
     * all, and jobs and requests then failed after waiting 60 s for a connection.
     */
    public static final int PARALLEL = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    /** How long a claim holds without being renewed: how long a crashed instance's jobs wait for another. */
    static final long LEASE_SECONDS = 60;

    /** How often the leases of the running jobs are renewed, and the jobs no lease holds are looked for. */
    static final long TICK_SECONDS = 20;

    private final Semaphore places = new Semaphore(PARALLEL, true);
    /** The jobs handed to the executor here and not ended yet (waiting for a place, or running). */
    private final Set<String> here = ConcurrentHashMap.newKeySet();
    /** The jobs this instance claimed and runs: their leases are renewed. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private volatile ScheduledFuture<?> ticker;

    @Inject
    Jobs jobs;

    @Inject
    @Any
    Instance<JobHandler> handlers;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /**
     * A new job of a kind, QUEUED and committed, then run in the background as soon as a place is free.
     *
     * @param subjectId what it is about (e.g. a session), or null
     * @param owner who asked, as the feature names them
     * @param parameters the feature's parameters, as JSON text
     * @param total its steps, when known (0 otherwise)
     */
    public JobState start(String kind, String organisationId, String subjectId, String owner, String parameters, int total) {
        JobState job = jobs.create(kind, organisationId, subjectId, owner, parameters, total);
        submit(job.id());
        return job;
    }

    /** Hands a job to the executor, unless it is here already. */
    void submit(String id) {
        if (!here.add(id)) {
            return;
        }
        try {
            execute(() -> run(id));
        } catch (RuntimeException rejected) {
            here.remove(id); // taken up at the next tick
            LOG.log(Level.WARNING, "Background job " + id + " not handed to the executor", rejected);
        }
    }

    void execute(Runnable work) {
        executor.submit(work);
    }

    /**
     * Runs a job in the calling thread once one of the {@link #PARALLEL} places is free, if this instance
     * can claim it; returns without running it if the thread is interrupted while it waits (the job stays
     * as it was, and is taken up again).
     */
    void run(String id) {
        try {
            try {
                places.acquire();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                runClaimed(id);
            } finally {
                places.release();
            }
        } finally {
            here.remove(id);
        }
    }

    private void runClaimed(String id) {
        Optional<JobState> claimed = jobs.claim(id, LEASE_SECONDS);
        if (claimed.isEmpty()) {
            return; // another instance runs it, or it is finished
        }
        JobState job = claimed.get();
        running.add(id);
        try {
            Optional<JobHandler> handler = handler(job.kind());
            String failure = null;
            if (handler.isEmpty()) {
                failure = "No handler for the jobs of kind " + job.kind();
                LOG.severe(failure + ": job " + id);
            } else {
                try {
                    handler.get().run(job);
                } catch (LeaseLost lost) {
                    LOG.warning(() -> "Background job " + id + " left to the instance that took it over");
                    return;
                } catch (JobFailure f) {
                    failure = f.getMessage() == null ? f.toString() : f.getMessage();
                } catch (Exception e) {
                    LOG.log(Level.WARNING, handler.get().title() + " " + id + " failed", e);
                    failure = e.toString();
                }
            }
            jobs.ended(id, failure);
        } catch (RuntimeException e) {
            // its end could not be written: the lease runs out and the job is taken up again
            LOG.log(Level.WARNING, "Background job " + id + ": its end not recorded", e);
        } finally {
            running.remove(id);
        }
    }

    Optional<JobHandler> handler(String kind) {
        return handlers.stream().filter(h -> h.kind().equals(kind)).findFirst();
    }

    /** Renews the leases of the jobs running here, then takes up the jobs no lease holds. */
    void tick() {
        try {
            if (!running.isEmpty()) {
                jobs.renew(Set.copyOf(running), LEASE_SECONDS);
            }
            resume();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Background jobs: renewing the leases or looking for jobs failed", e);
        }
    }

    /** Hands to the executor the jobs no live lease holds (and not already here). */
    void resume() {
        for (JobState job : jobs.claimable()) {
            if (!here.contains(job.id())) {
                LOG.info(() -> "Resuming " + handler(job.kind()).map(JobHandler::title).orElse(job.kind()) + " " + job.id());
                submit(job.id());
            }
        }
    }

    /** At start: this instance's former leases released, the unfinished jobs taken up, then a tick every {@link #TICK_SECONDS}. */
    void onSchemaReady(@Observes @Priority(310) SchemaReady ready) {
        takeUp();
        ticker = scheduler.scheduleWithFixedDelay(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /** At start: the leases this instance's name held before it stopped released, then the unfinished jobs taken up. */
    void takeUp() {
        int released = jobs.releaseAllMine();
        if (released > 0) {
            LOG.info(() -> released + " background job(s) this instance (" + jobs.instance() + ") ran before it stopped");
        }
        resume();
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> t = ticker;
        if (t != null) {
            t.cancel(false);
        }
    }

    /** The jobs running on this instance now. */
    Set<String> running() {
        return Set.copyOf(running);
    }
}
