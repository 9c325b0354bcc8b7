package fr.socle.certification.boundary;

import fr.socle.certification.entity.CertificationJob;
import fr.socle.delivery.boundary.Sessions;
import fr.socle.delivery.entity.TrainingSession;
import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.Caller;
import fr.socle.platform.BackgroundJobs;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import fr.socle.platform.SchemaReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk issuance for a whole session, in the background (the container's managed executor): one
 * document per learner, each in its own transaction through the same idempotent issuance, the job's
 * counters committed as it goes. Jobs a crash interrupted are resumed at start. At most
 * {@link #PARALLEL} jobs issue at the same time; the others wait, QUEUED.
 */
@ApplicationScoped
public class CertificationJobs {

    private static final Logger LOG = Logger.getLogger(CertificationJobs.class.getName());

    /** How many jobs issue at once, with the other background jobs: see {@link BackgroundJobs#PARALLEL}. */
    static final int PARALLEL = BackgroundJobs.PARALLEL;

    @PersistenceContext
    EntityManager em;

    @Inject
    Sessions sessions;

    @Inject
    Certificates certificates;

    @Inject
    JobSteps steps;

    @Inject
    Clock clock;

    @Inject
    BackgroundJobs background;

    /** A trainer or administrator of the session's organisation starts the issuance of a kind of document for all its learners. */
    public CertificationJob start(Caller caller, String sessionId, DocumentKind kind) {
        TrainingSession s = sessions.find(caller, sessionId);
        if (!caller.teaches(s.getOrganisation().getId())) {
            throw Problem.notFound("socle.session.notFound");
        }
        if (kind == null) {
            throw Problem.badRequest("socle.certificate.kindRequired");
        }
        CertificationJob job = steps.create(s, kind, caller.email());
        background.submit(() -> issueAll(job.getId()));
        return job;
    }

    public CertificationJob find(Caller caller, String id) {
        CertificationJob job = id == null ? null : em.find(CertificationJob.class, id);
        if (job == null || !caller.teaches(job.getOrganisationId())) {
            throw Problem.notFound("socle.job.notFound");
        }
        return job;
    }

    public List<CertificationJob> ofSession(Caller caller, String sessionId) {
        TrainingSession s = sessions.find(caller, sessionId);
        return em.createNamedQuery(CertificationJob.OF_SESSION, CertificationJob.class).setParameter("session", s.getId())
                .setMaxResults(10).getResultList();
    }

    /**
     * Runs a job to its end, once one of the {@link #PARALLEL} places is free; safe to run again (each
     * issuance returns the document already there).
     */
    void run(String jobId) {
        background.run(() -> issueAll(jobId)); // if interrupted while waiting, still QUEUED: resumed at the next start
    }

    private void issueAll(String jobId) {
        List<String> enrolmentIds = steps.begin(jobId);
        if (enrolmentIds == null) {
            return;
        }
        DocumentKind kind = steps.kind(jobId);
        String actor = steps.actor(jobId);
        try {
            for (String enrolmentId : enrolmentIds) {
                try {
                    certificates.issueOnce(kind, enrolmentId, actor, null);
                    steps.progress(jobId, 1, 0, null);
                } catch (Problem p) {
                    steps.progress(jobId, 0, 1, enrolmentId + " : " + p.getMessage());
                } catch (RuntimeException e) {
                    // one learner's failure does not stop the others; the job says which one
                    LOG.log(Level.WARNING, "Bulk issuance " + jobId + ": enrolment " + enrolmentId, e);
                    steps.progress(jobId, 0, 1, enrolmentId + " : " + e);
                }
            }
            steps.finish(jobId, null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Bulk issuance " + jobId + " failed", e);
            steps.finish(jobId, e.toString());
        }
    }

    /** At start: the jobs a stop or a crash left unfinished go on. */
    void onSchemaReady(@Observes @Priority(310) SchemaReady ready) {
        em.createNamedQuery(CertificationJob.UNFINISHED, CertificationJob.class).getResultList().forEach(job -> {
            LOG.info(() -> "Resuming bulk issuance " + job.getId());
            background.submit(() -> issueAll(job.getId()));
        });
    }

    /** The job's own transactions, short ones, so that its progress shows while it runs. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public static class JobSteps {

        @PersistenceContext
        EntityManager em;

        @Inject
        Clock clock;

        public CertificationJob create(TrainingSession s, DocumentKind kind, String by) {
            CertificationJob job = new CertificationJob(s.getId(), s.getOrganisation().getId(), kind, s.getLearners().size(), by, clock.now());
            em.persist(job);
            return job;
        }

        /** Marks the job running and lists its learners' enrolments; null when it is already finished. */
        public List<String> begin(String jobId) {
            CertificationJob job = em.find(CertificationJob.class, jobId);
            if (job == null || job.isFinished()) {
                return null;
            }
            job.start();
            TrainingSession s = em.find(TrainingSession.class, job.getSessionId());
            return s.getLearners().stream().map(Enrolment::getId).toList();
        }

        public DocumentKind kind(String jobId) {
            return em.find(CertificationJob.class, jobId).getKind();
        }

        public String actor(String jobId) {
            return em.find(CertificationJob.class, jobId).getRequestedBy();
        }

        public void progress(String jobId, int issued, int skipped, String problem) {
            em.find(CertificationJob.class, jobId).progress(issued, skipped, problem);
        }

        public void finish(String jobId, String failure) {
            em.find(CertificationJob.class, jobId).finish(clock.now(), failure);
        }
    }
}
