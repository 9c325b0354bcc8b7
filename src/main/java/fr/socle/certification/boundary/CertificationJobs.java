package fr.socle.certification.boundary;

import fr.socle.delivery.boundary.Sessions;
import fr.socle.delivery.entity.TrainingSession;
import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.Caller;
import fr.socle.platform.Problem;
import fr.socle.platform.job.JobEngine;
import fr.socle.platform.job.JobHandler;
import fr.socle.platform.job.JobState;
import fr.socle.platform.job.Jobs;
import fr.socle.platform.job.LeaseLost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk issuance for a whole session, in the background, as the {@link JobHandler} of the
 * {@value #KIND} jobs of the {@link JobEngine} (which runs them on the managed executor, a few at a
 * time, and takes up those a crash interrupted): one document per learner, each in its own transaction
 * through the same idempotent issuance, the job's counters committed as it goes.
 */
@ApplicationScoped
public class CertificationJobs implements JobHandler {

    private static final Logger LOG = Logger.getLogger(CertificationJobs.class.getName());

    static final String KIND = "BULK_ISSUANCE";

    @Inject
    Sessions sessions;

    @Inject
    Certificates certificates;

    @Inject
    JobSteps steps;

    @Inject
    JobEngine engine;

    @Inject
    Jobs jobs;

    /** A trainer or administrator of the session's organisation starts the issuance of a kind of document for all its learners. */
    public CertificationJob start(Caller caller, String sessionId, DocumentKind kind) {
        TrainingSession s = sessions.find(caller, sessionId);
        if (!caller.teaches(s.getOrganisation().getId())) {
            throw Problem.notFound("socle.session.notFound");
        }
        if (kind == null) {
            throw Problem.badRequest("socle.certificate.kindRequired");
        }
        return new CertificationJob(engine.start(KIND, s.getOrganisation().getId(), s.getId(), caller.email(),
                CertificationJob.parameters(kind), s.getLearners().size()));
    }

    public CertificationJob find(Caller caller, String id) {
        return jobs.find(id).filter(j -> KIND.equals(j.kind()) && caller.teaches(j.organisationId())).map(CertificationJob::new)
                .orElseThrow(() -> Problem.notFound("socle.job.notFound"));
    }

    public List<CertificationJob> ofSession(Caller caller, String sessionId) {
        TrainingSession s = sessions.find(caller, sessionId);
        return jobs.ofSubject(KIND, s.getId(), 10).stream().map(CertificationJob::new).toList();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return "bulk issuance";
    }

    /**
     * Issues the job's document to every learner of its session; safe to run again (each issuance
     * returns the document already there). One learner's failure does not stop the others: the job
     * counts it skipped and says which one.
     */
    @Override
    public void run(JobState job) {
        String jobId = job.id();
        List<String> enrolmentIds = steps.begin(job);
        DocumentKind kind = CertificationJob.kindOf(job.parameters());
        for (String enrolmentId : enrolmentIds) {
            try {
                certificates.issueOnce(kind, enrolmentId, job.owner(), null);
                steps.progress(jobId, 1, 0, null);
            } catch (Problem p) {
                steps.progress(jobId, 0, 1, enrolmentId + " : " + p.getMessage());
            } catch (LeaseLost lost) {
                throw lost;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Bulk issuance " + jobId + ": enrolment " + enrolmentId, e);
                steps.progress(jobId, 0, 1, enrolmentId + " : " + e);
            }
        }
    }

    /** The job's own transactions, short ones, so that its progress shows while it runs. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public static class JobSteps {

        @PersistenceContext
        EntityManager em;

        @Inject
        Jobs jobs;

        /** Starts the job's counters again (a resumed run goes over every learner) and lists its learners' enrolments. */
        public List<String> begin(JobState job) {
            jobs.restart(job.id(), job.total());
            TrainingSession s = em.find(TrainingSession.class, job.subjectId());
            return s == null ? List.of() : s.getLearners().stream().map(Enrolment::getId).toList();
        }

        public void progress(String jobId, int issued, int skipped, String problem) {
            jobs.progress(jobId, issued, skipped, problem);
        }
    }
}
