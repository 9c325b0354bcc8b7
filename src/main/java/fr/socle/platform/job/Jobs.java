package fr.socle.platform.job;

import fr.socle.platform.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background jobs in the database: created here, read by their features, their progress written by
 * their handlers (each call joins the caller's transaction, or opens its own), and their leases taken,
 * renewed and released by the {@link JobEngine}, each in a transaction of its own.
 * <p>
 * A handler's writes check that this instance still holds the job's lease, and throw {@link LeaseLost}
 * otherwise: an instance that lost a job to another never writes over it.
 */
@ApplicationScoped
@Transactional
public class Jobs {

    static final List<JobStatus> UNFINISHED = List.of(JobStatus.QUEUED, JobStatus.RUNNING);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "socle.instance")
    Optional<String> configuredInstance;

    private volatile String instance;

    /** This instance's name in {@code claimed_by}: {@code socle.instance}, or the host's name. */
    public String instance() {
        if (instance == null) {
            String name = configuredInstance == null ? null : configuredInstance.map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
            if (name == null) {
                try {
                    name = InetAddress.getLocalHost().getHostName();
                } catch (UnknownHostException e) {
                    name = "localhost";
                }
            }
            instance = name.length() > 100 ? name.substring(0, 100) : name;
        }
        return instance;
    }

    /** A new job, QUEUED, committed at once (so that the engine finds it): see {@link JobEngine#start}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public JobState create(String kind, String organisationId, String subjectId, String owner, String parameters, int total) {
        BackgroundJob job = new BackgroundJob(kind, organisationId, subjectId, owner, parameters, total, clock.now());
        em.persist(job);
        return job.state();
    }

    public Optional<JobState> find(String id) {
        BackgroundJob job = id == null ? null : em.find(BackgroundJob.class, id);
        return Optional.ofNullable(job).map(BackgroundJob::state);
    }

    /** The jobs of a kind about a subject, latest first. */
    public List<JobState> ofSubject(String kind, String subjectId, int max) {
        return em.createNamedQuery(BackgroundJob.OF_SUBJECT, BackgroundJob.class).setParameter("kind", kind).setParameter("subject", subjectId)
                .setMaxResults(max).getResultList().stream().map(BackgroundJob::state).toList();
    }

    /** The jobs of a kind of some organisations, latest first. */
    public List<JobState> ofOrganisations(String kind, Collection<String> organisationIds, int max) {
        List<String> ids = organisationIds.isEmpty() ? List.of("-") : List.copyOf(organisationIds);
        return em.createNamedQuery(BackgroundJob.OF_ORGANISATIONS, BackgroundJob.class).setParameter("kind", kind)
                .setParameter("organisations", ids).setMaxResults(max).getResultList().stream().map(BackgroundJob::state).toList();
    }

    // --- a handler's progress, on a job this instance runs

    /** Its counters start again (a resumed run goes over its work again): a total (0: not known yet), nothing done. */
    public void restart(String id, int total) {
        mine(id).restart(total);
    }

    public void total(String id, int total) {
        mine(id).total(total);
    }

    public void step(String id) {
        mine(id).step();
    }

    public void progress(String id, int done, int skipped, String problem) {
        mine(id).progress(done, skipped, problem);
    }

    /**
     * Ends the job in the caller's transaction (with the result it stores): DONE with every step done
     * (failure null), or FAILED with a message.
     */
    public void finish(String id, String failure) {
        BackgroundJob job = mine(id);
        if (failure == null) {
            job.allDone();
        }
        job.finish(failure, clock.now());
    }

    private BackgroundJob mine(String id) {
        BackgroundJob job = em.find(BackgroundJob.class, id);
        if (job == null || !job.heldBy(instance())) {
            throw new LeaseLost(id);
        }
        return job;
    }

    // --- the engine's leases

    /** The jobs no instance holds a live lease on, oldest first: QUEUED ones, and those whose instance stopped. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<JobState> claimable() {
        return em.createNamedQuery(BackgroundJob.CLAIMABLE, BackgroundJob.class).setParameter("unfinished", UNFINISHED)
                .setParameter("now", clock.now()).getResultList().stream().map(BackgroundJob::state).toList();
    }

    /**
     * Claims a job for this instance for a while, in one UPDATE that only a job no live lease holds
     * matches: true when this instance got it (one row), false when another holds it or it is finished.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<JobState> claim(String id, long leaseSeconds) {
        Instant now = clock.now();
        int claimed = em.createNamedQuery(BackgroundJob.CLAIM).setParameter("me", instance()).setParameter("until", now.plusSeconds(leaseSeconds))
                .setParameter("running", JobStatus.RUNNING).setParameter("now", now).setParameter("id", id)
                .setParameter("unfinished", UNFINISHED).executeUpdate();
        return claimed == 1 ? find(id) : Optional.empty();
    }

    /** Renews this instance's leases on the jobs it runs; how many it still holds. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int renew(Collection<String> ids, long leaseSeconds) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(BackgroundJob.RENEW).setParameter("until", clock.now().plusSeconds(leaseSeconds))
                .setParameter("ids", List.copyOf(ids)).setParameter("me", instance()).setParameter("unfinished", UNFINISHED).executeUpdate();
    }

    /**
     * At start: the leases this instance's name still holds are from before it stopped (or crashed),
     * since it runs nothing yet: released, the jobs are taken up at once rather than when they run out.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseAllMine() {
        return em.createNamedQuery(BackgroundJob.RELEASE_ALL_OF).setParameter("me", instance()).setParameter("unfinished", UNFINISHED)
                .executeUpdate();
    }

    /**
     * After its handler: the job ends DONE (failure null) or FAILED, unless the handler ended it already;
     * nothing when this instance no longer holds it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ended(String id, String failure) {
        BackgroundJob job = em.find(BackgroundJob.class, id);
        if (job != null) {
            job.endIfHeldBy(instance(), failure, clock.now());
        }
    }
}
