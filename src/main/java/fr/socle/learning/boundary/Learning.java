package fr.socle.learning.boundary;

import fr.socle.learning.control.Xapi;
import fr.socle.catalogue.boundary.Completion;
import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.boundary.ActivityKind;
import fr.socle.catalogue.entity.Question;
import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.Caller;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import fr.socle.learning.control.CompletionRules;
import fr.socle.learning.control.HoursLedger;
import fr.socle.learning.entity.ActivityResult;
import fr.socle.learning.entity.HoursEntry;
import fr.socle.learning.entity.QuizAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import fr.socle.learning.boundary.EnrolmentCompleted;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a learner does in a programme: reading lessons, opening tutorials, answering quizzes. Each
 * completed activity adds its tracked time to the hours ledger, once; completing every required
 * activity ends the enrolment as TERMINE.
 */
@ApplicationScoped
@Transactional
public class Learning {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Enrolments enrolments;

    @Inject
    LearningRecords records;

    @Inject
    Event<EnrolmentCompleted> completed;

    /**
     * How a quiz attempt went, question by question: whether each answer was right, never which
     * answer is. The questions' explanations ({@code feedback}, null each until then) come only once
     * the quiz is over for the learner ({@code explained}: passed, or no attempt left), since they
     * often give the answer away; {@code attemptsLeft} is null when attempts are not limited.
     */
    public record Graded(int number, int score, boolean passed, int passMark, Integer attemptsLeft, boolean explained,
                         List<Boolean> right, List<String> feedback) {
    }

    /** Where a learner stands: the rules applied to its results, and its hours. */
    public record Standing(Enrolment enrolment, CompletionRules rules, Map<String, ActivityResult> results, int minutes) {
    }

    public Standing standing(Caller caller, String enrolmentId) {
        Enrolment e = enrolments.find(caller, enrolmentId);
        return standing(e);
    }

    Standing standing(Enrolment e) {
        Map<String, ActivityResult> results = em.createNamedQuery(ActivityResult.OF_ENROLMENT, ActivityResult.class)
                .setParameter("enrolment", e.getId()).getResultStream()
                .collect(Collectors.toMap(ActivityResult::getActivityId, r -> r));
        Set<String> completed = results.values().stream().filter(ActivityResult::isCompleted).map(ActivityResult::getActivityId)
                .collect(Collectors.toSet());
        return new Standing(e, new CompletionRules(e, completed), results, HoursLedger.totalMinutes(hours(e.getId())));
    }

    public List<HoursEntry> hours(String enrolmentId) {
        return em.createNamedQuery(HoursEntry.OF_ENROLMENT, HoursEntry.class).setParameter("enrolment", enrolmentId).getResultList();
    }

    /** The learner has read a lesson to the end, or opened a tutorial. */
    public Standing markDone(Caller caller, String enrolmentId, String activityId) {
        Enrolment e = open(caller, enrolmentId);
        Activity a = activity(e, activityId);
        if (a.getKind() != ActivityKind.LESSON && a.getKind() != ActivityKind.TUTORIAL) {
            throw Problem.badRequest("socle.learning.notSelfCompleted");
        }
        complete(e, a, result(e, a));
        return standing(e);
    }

    /** Grades a quiz attempt; a pass completes the quiz. Attempts beyond the quiz's limit are refused. */
    public Graded submitQuiz(Caller caller, String enrolmentId, String activityId, List<Question.Answer> answers) {
        Enrolment e = open(caller, enrolmentId);
        Activity quiz = activity(e, activityId);
        if (quiz.getKind() != ActivityKind.QUIZ) {
            throw Problem.badRequest("socle.learning.notAQuiz");
        }
        ActivityResult result = result(e, quiz);
        Integer limit = quiz.getAttempts();
        if (limit != null && limit > 0 && result.getAttempts() >= limit && !result.isCompleted()) {
            throw Problem.conflict("socle.learning.noAttemptLeft", limit);
        }
        List<Question> questions = quiz.getQuestions();
        if (answers == null || answers.size() != questions.size()) {
            throw Problem.badRequest("socle.learning.answerEveryQuestion");
        }
        List<Boolean> right = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            right.add(questions.get(i).isRight(answers.get(i)));
        }
        int score = questions.isEmpty() ? 0 : Math.round(100f * right.stream().filter(b -> b).count() / questions.size());
        int passMark = quiz.getPassMark() == null ? 0 : quiz.getPassMark();
        boolean passed = score >= passMark;
        Instant now = clock.now();
        int number = result.attempt(score, now);
        em.persist(new QuizAttempt(e, quiz.getId(), number, score, passed, answers.toString(), now));
        records.record(e, passed ? Xapi.PASSED : Xapi.FAILED, quiz.getId(),
                quiz.getTitle(), score, passed, null);
        e.enter(now);
        if (passed) {
            complete(e, quiz, result);
        }
        boolean explained = result.isSettled(limit);
        List<String> feedback = questions.stream().map(q -> explained ? q.getFeedback() : null).toList();
        return new Graded(number, score, passed, passMark, result.attemptsLeft(limit), explained, right, feedback);
    }

    /**
     * Delivery posts a signed half-day: its minutes go to the ledger as attendance (when the learner
     * signed), and the module's attended activities are done.
     */
    public void postAttendance(String enrolmentId, String moduleCode, int minutes, Instant signedAt) {
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        Instant now = clock.now();
        em.persist(HoursEntry.of(e, moduleCode, null, HoursEntry.Source.ATTENDANCE, minutes, signedAt, now));
        attended(e, moduleCode);
    }

    /** Delivery posts a correction of a sealed half-day: minutes added (the activities then done) or removed. */
    public void postCorrection(String enrolmentId, String moduleCode, int minutes) {
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        Instant now = clock.now();
        em.persist(HoursEntry.of(e, moduleCode, null, HoursEntry.Source.CORRECTION, minutes, now, now));
        if (minutes > 0) {
            attended(e, moduleCode);
        }
    }

    /**
     * A signed, counter-signed half-day of a module: its workshops and virtual classes are done (their
     * hours are the attendance's, already in the ledger, so no activity time is added).
     */
    public void attended(Enrolment e, String moduleCode) {
        Instant now = clock.now();
        e.enter(now);
        e.modules().stream().filter(m -> m.getCode().equals(moduleCode)).flatMap(m -> m.getActivities().stream())
                .filter(a -> a.getCompletion() == Completion.ATTENDED)
                .forEach(a -> {
                    if (result(e, a).complete(now)) {
                        records.record(e, Xapi.COMPLETED, a.getId(), a.getTitle(), null, null, true);
                    }
                });
        em.flush();
        if (e.getStatus() == EnrolmentStatus.ENTRE && standing(e).rules().isComplete()) {
            completeEnrolment(e, now);
        }
    }

    /**
     * Completes an activity, once: its minutes go to the hours ledger, and the enrolment ends as
     * TERMINE when everything required is done. Quizzes, lessons and graded assignments all end here.
     */
    void complete(Enrolment e, Activity a, ActivityResult result) {
        Instant now = clock.now();
        e.enter(now);
        if (result.complete(now)) {
            em.persist(HoursEntry.of(e, a.getModule().getCode(), a.getId(), HoursEntry.Source.ACTIVITY, a.getMinutes(), now, now));
            records.record(e, Xapi.COMPLETED, a.getId(), a.getTitle(), null, null, true);
            em.flush();
            if (e.getStatus() == EnrolmentStatus.ENTRE && standing(e).rules().isComplete()) {
                completeEnrolment(e, now);
            }
        }
    }

    /**
     * Records an activity as done on the training body's word (prior learning it recognises, or demo
     * data): the same completion as any other, hours to the ledger included.
     */
    public void credit(Enrolment e, String activityId) {
        Activity a = activity(e, activityId);
        complete(e, a, result(e, a));
    }

    /** Everything required is done: the enrolment ends as TERMINE, and whoever issues documents hears of it after commit. */
    private void completeEnrolment(Enrolment e, Instant now) {
        e.complete(now);
        records.record(e, Xapi.COMPLETED, null, e.getVersion().getTitle(), null, null, true);
        completed.fire(new EnrolmentCompleted(e.getId()));
    }

    /** The caller's own enrolment, while it is open to learning (or finished). */
    Enrolment open(Caller caller, String enrolmentId) {
        Enrolment e = enrolments.own(caller, enrolmentId);
        if (e.getStatus().isEnded() && e.getStatus() != EnrolmentStatus.TERMINE) {
            throw Problem.conflict("socle.learning.ended");
        }
        return e;
    }

    static Activity activity(Enrolment e, String activityId) {
        return e.modules().stream().flatMap(m -> m.getActivities().stream()).filter(a -> a.getId().equals(activityId)).findFirst()
                .orElseThrow(() -> Problem.notFound("socle.learning.activityNotFound"));
    }

    ActivityResult result(Enrolment e, Activity a) {
        return em.createNamedQuery(ActivityResult.ONE, ActivityResult.class).setParameter("enrolment", e.getId())
                .setParameter("activity", a.getId()).getResultStream().findFirst().orElseGet(() -> {
                    ActivityResult r = new ActivityResult(e, a.getId(), clock.now());
                    em.persist(r);
                    return r;
                });
    }
}
