package fr.socle.learning.boundary;

import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.boundary.ActivityKind;
import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.Caller;
import fr.socle.identity.entity.Account;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import fr.socle.learning.control.AssignmentFiles;
import fr.socle.learning.control.Xapi;
import fr.socle.learning.entity.ActivityResult;
import fr.socle.learning.entity.Submission;
import fr.socle.learning.entity.SubmissionFilePart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Assignments: a learner hands in a file (checked: size, type by extension and by content) as many
 * times as needed until it is graded as passed; each submission is kept, bytes never overwritten.
 * Trainers and administrators of the enrolment's organisation grade the latest one, once: at or above
 * the activity's pass mark (50 when it has none) the activity is completed through
 * {@link Learning#complete}, like any other; below it, the learner may hand in again.
 */
@ApplicationScoped
@Transactional
public class Assignments {

    public static final int DEFAULT_PASS_MARK = 50;
    public static final int MAX_LIST = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Enrolments enrolments;

    @Inject
    Learning learning;

    @Inject
    LearningRecords records;

    /** A submission with its assignment and where it stands. */
    public record Entry(Submission submission, Activity activity, Submission.Status status, int passMark) {
    }

    /** Which submissions a trainer lists. */
    public enum Filter { PENDING, GRADED }

    /** The learner hands in a file for an assignment of its own enrolment. */
    public Entry submit(Caller caller, String enrolmentId, String activityId, String fileName, byte[] content, String comment) {
        Enrolment e = learning.open(caller, enrolmentId);
        Activity a = assignment(e, activityId);
        if (comment != null && comment.length() > Submission.MAX_LEARNER_COMMENT) {
            throw Problem.badRequest("socle.submission.commentTooLong", Submission.MAX_LEARNER_COMMENT);
        }
        AssignmentFiles.Checked file = AssignmentFiles.check(fileName, content);
        List<Submission> previous = history(e, a);
        if (previous.stream().anyMatch(s -> Boolean.TRUE.equals(s.getPassed())) || learning.result(e, a).isCompleted()) {
            throw Problem.conflict("socle.submission.alreadyPassed");
        }
        Instant now = clock.now();
        int number = previous.isEmpty() ? 1 : previous.get(0).getNumber() + 1;
        Submission s = new Submission(e, a.getId(), number, file.fileName(), file.type().mediaType, file.content().length, comment, now);
        em.persist(s);
        SubmissionFilePart.split(s, file.content()).forEach(em::persist);
        records.record(e, Xapi.SUBMITTED, a.getId(), a.getTitle(), null, null, null);
        e.enter(now);
        em.flush();
        return new Entry(s, a, Submission.Status.PENDING, passMark(a));
    }

    /** The submissions of one assignment of an enrolment, latest first: for its learner and its trainers. */
    public List<Entry> history(Caller caller, String enrolmentId, String activityId) {
        Enrolment e = enrolments.find(caller, enrolmentId);
        if (!readable(caller, e)) {
            throw Problem.notFound("socle.enrolment.notFound");
        }
        Activity a = assignment(e, activityId);
        List<Submission> all = history(e, a);
        int latest = all.isEmpty() ? 0 : all.get(0).getNumber();
        return all.stream().map(s -> new Entry(s, a, s.status(latest), passMark(a))).toList();
    }

    /**
     * What a trainer grades or has graded: the submissions of the organisations it trains in (every
     * organisation for a platform administrator). Pending ones are the latest of their assignment, oldest first.
     */
    public List<Entry> inMyOrganisations(Caller caller, Filter filter) {
        Set<String> taught = caller.taught();
        if (!caller.platformAdmin() && taught.isEmpty()) {
            throw Problem.forbidden("socle.submission.notATrainer");
        }
        String scope = caller.platformAdmin() ? "" : " AND s.organisationId IN :orgs";
        String jpql = filter == Filter.PENDING
                ? "SELECT s FROM Submission s WHERE s.gradedAt IS NULL" + scope + " AND s.number = (SELECT MAX(o.number) FROM Submission o"
                        + " WHERE o.enrolment = s.enrolment AND o.activityId = s.activityId) ORDER BY s.submittedAt"
                : "SELECT s FROM Submission s WHERE s.gradedAt IS NOT NULL" + scope + " ORDER BY s.gradedAt DESC";
        TypedQuery<Submission> q = em.createQuery(jpql, Submission.class).setMaxResults(MAX_LIST);
        if (!caller.platformAdmin()) {
            q.setParameter("orgs", taught);
        }
        return q.getResultStream().map(s -> {
            Activity a = activityOf(s);
            return new Entry(s, a, filter == Filter.PENDING ? Submission.Status.PENDING : s.status(s.getNumber()), passMark(a));
        }).toList();
    }

    /** One submission: for its learner and the trainers of its organisation; 404 for anybody else. */
    public Entry find(Caller caller, String id) {
        Submission s = id == null ? null : em.find(Submission.class, id);
        if (s == null || !readable(caller, s.getEnrolment())) {
            throw Problem.notFound("socle.submission.notFound");
        }
        Activity a = activityOf(s);
        return new Entry(s, a, s.status(latest(s)), passMark(a));
    }

    /** The bytes of a submitted file, for the same people as {@link #find}. */
    public byte[] content(Caller caller, String id) {
        find(caller, id);
        return SubmissionFilePart.join(em.createNamedQuery(SubmissionFilePart.OF_SUBMISSION, SubmissionFilePart.class)
                .setParameter("submission", id).getResultList());
    }

    /**
     * A trainer grades the latest submission of an assignment, once (409 afterwards). A pass completes
     * the activity (its minutes to the ledger, once) and may complete the enrolment.
     */
    public Entry grade(Caller caller, String id, Integer score, String comment) {
        Entry found = find(caller, id);
        Submission s = found.submission();
        Enrolment e = s.getEnrolment();
        if (!caller.teaches(s.getOrganisationId())) {
            throw Problem.forbidden("socle.submission.notATrainer");
        }
        if (s.isGraded()) {
            throw Problem.conflict("socle.submission.alreadyGraded");
        }
        if (found.status() == Submission.Status.SUPERSEDED) {
            throw Problem.conflict("socle.submission.superseded");
        }
        if (e.getStatus().isEnded() && e.getStatus() != EnrolmentStatus.TERMINE) {
            throw Problem.conflict("socle.learning.ended");
        }
        if (score == null || score < 0 || score > 100) {
            throw Problem.badRequest("socle.submission.badScore");
        }
        if (comment != null && comment.length() > Submission.MAX_TRAINER_COMMENT) {
            throw Problem.badRequest("socle.submission.commentTooLong", Submission.MAX_TRAINER_COMMENT);
        }
        Activity a = assignment(e, s.getActivityId());
        Instant now = clock.now();
        boolean passed = s.grade(score, found.passMark(), comment, em.find(Account.class, caller.accountId()), now);
        ActivityResult result = learning.result(e, a);
        result.attempt(score, now);
        records.record(e, Xapi.SCORED, a.getId(), a.getTitle(), score, passed, null);
        if (passed) {
            learning.complete(e, a, result);
        }
        em.flush();
        return new Entry(s, a, s.status(s.getNumber()), found.passMark());
    }

    /** The pass mark of an assignment: its own, or 50. */
    public static int passMark(Activity a) {
        return a.getPassMark() == null ? DEFAULT_PASS_MARK : a.getPassMark();
    }

    private static boolean readable(Caller caller, Enrolment e) {
        return e.getLearner().getId().equals(caller.accountId()) || caller.teaches(e.getOrganisation().getId());
    }

    private static Activity assignment(Enrolment e, String activityId) {
        Activity a = Learning.activity(e, activityId);
        if (a.getKind() != ActivityKind.ASSIGNMENT) {
            throw Problem.badRequest("socle.submission.notAnAssignment");
        }
        return a;
    }

    /** The submission's assignment, in the programme version of its enrolment. */
    private static Activity activityOf(Submission s) {
        return s.getEnrolment().getVersion().modules().stream().flatMap(m -> m.getActivities().stream())
                .filter(a -> a.getId().equals(s.getActivityId())).findFirst().orElseThrow();
    }

    private List<Submission> history(Enrolment e, Activity a) {
        return em.createNamedQuery(Submission.OF_ACTIVITY, Submission.class).setParameter("enrolment", e.getId())
                .setParameter("activity", a.getId()).getResultList();
    }

    private int latest(Submission s) {
        return em.createNamedQuery(Submission.LATEST, Integer.class).setParameter("enrolment", s.getEnrolment().getId())
                .setParameter("activity", s.getActivityId()).getSingleResult();
    }
}
