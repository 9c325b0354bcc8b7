package fr.socle.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.catalogue.boundary.ActivityKind;
import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.entity.Question;
import fr.socle.learning.entity.ActivityResult;
import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.entity.HoursEntry;
import fr.socle.platform.Problem;
import fr.socle.testing.Harness;
import fr.socle.testing.World;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The Learning facade on a real database (EclipseLink over H2, the project's migrations), outside the container. */
class LearningTest {

    /** The world's quiz: a single choice whose first choice is right, then a true/false whose answer is true. */
    private static final List<Question.Answer> ALL_RIGHT = List.of(new Question.Answer(Set.of(0), null, null),
            new Question.Answer(Set.of(), true, null));
    private static final List<Question.Answer> HALF_RIGHT = List.of(new Question.Answer(Set.of(0), null, null),
            new Question.Answer(Set.of(), false, null));
    private static final List<Question.Answer> ALL_WRONG = List.of(new Question.Answer(Set.of(1), null, null),
            new Question.Answer(Set.of(), false, null));

    private static Harness harness;
    private World world;
    private Learning learning;
    private String enrolment;

    @BeforeAll
    static void database() {
        harness = new Harness();
    }

    @AfterAll
    static void close() {
        harness.close();
    }

    @BeforeEach
    void world() {
        harness.clean();
        world = World.build(harness);
        learning = harness.bean(Learning.class);
        enrolment = harness.tx(() -> harness.bean(Enrolments.class).enrolSelf(world.learner.caller(), World.PROGRAMME)).getId();
    }

    private String activity(ActivityKind kind) {
        return harness.tx(() -> harness.em().find(Enrolment.class, enrolment).modules().stream().flatMap(m -> m.getActivities().stream())
                .filter(a -> a.getKind() == kind).map(Activity::getId).findFirst().orElseThrow());
    }

    private List<HoursEntry> hours() {
        return harness.tx(() -> learning.hours(enrolment));
    }

    private Enrolment stored() {
        return harness.tx(() -> harness.em().find(Enrolment.class, enrolment));
    }

    private void markDone(ActivityKind kind) {
        String id = activity(kind);
        harness.run(() -> learning.markDone(world.learner.caller(), enrolment, id));
    }

    private Learning.Graded quiz(List<Question.Answer> answers) {
        String id = activity(ActivityKind.QUIZ);
        return harness.tx(() -> learning.submitQuiz(world.learner.caller(), enrolment, id, answers));
    }

    private static void problem(Problem.Kind kind, String key, Executable call) {
        Problem p = assertThrows(Problem.class, call);
        assertEquals(kind, p.kind(), p.key());
        assertEquals(key, p.key());
    }

    @Test
    void markingALessonDonePostsItsMinutesToTheHoursLedgerAndEntersTheEnrolment() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        harness.clock.set(now);

        markDone(ActivityKind.LESSON);

        List<HoursEntry> hours = hours();
        assertEquals(1, hours.size());
        assertEquals(World.LESSON_MINUTES, hours.get(0).getMinutes());
        assertEquals(HoursEntry.Source.ACTIVITY, hours.get(0).getSource());
        assertEquals(World.MODULE, hours.get(0).getModuleCode());
        assertEquals(activity(ActivityKind.LESSON), hours.get(0).getActivityId());
        Enrolment e = stored();
        assertEquals(EnrolmentStatus.ENTRE, e.getStatus(), "the first activity done enters the training");
        assertEquals(now, e.getEnteredAt());
        assertEquals(World.LESSON_MINUTES, harness.tx(() -> learning.standing(world.learner.caller(), enrolment)).minutes());
    }

    @Test
    void anActivityDoneTwicePostsItsHoursOnce() {
        markDone(ActivityKind.TUTORIAL);
        markDone(ActivityKind.TUTORIAL);

        assertEquals(List.of(World.TUTORIAL_MINUTES), hours().stream().map(HoursEntry::getMinutes).toList());
    }

    @Test
    void aQuizIsNotMarkedDoneByHand() {
        problem(Problem.Kind.BAD_REQUEST, "socle.learning.notSelfCompleted", () -> markDone(ActivityKind.QUIZ));
        assertEquals(List.of(), hours());
    }

    @Test
    void aFailedQuizAttemptIsGradedRecordedAndPostsNoHoursAndItsExplanationsWaitWhileAttemptsRemain() {
        Learning.Graded graded = quiz(ALL_WRONG);

        assertEquals(1, graded.number());
        assertEquals(0, graded.score());
        assertFalse(graded.passed());
        assertEquals(50, graded.passMark());
        assertEquals(List.of(false, false), graded.right());
        assertEquals(1, graded.attemptsLeft());
        assertFalse(graded.explained());
        assertEquals(java.util.Arrays.asList(null, null), graded.feedback(), "no explanation while an attempt is left");
        assertEquals(List.of(), hours(), "a failed quiz posts no hours");
        long attempts = harness.tx(() -> harness.em().createQuery("SELECT COUNT(q) FROM QuizAttempt q", Long.class).getSingleResult());
        assertEquals(1, attempts, "the attempt is kept");
        ActivityResult result = harness.tx(() -> harness.em().createNamedQuery(ActivityResult.OF_ENROLMENT, ActivityResult.class)
                .setParameter("enrolment", enrolment).getSingleResult());
        assertEquals(0, result.getBestScore());
        assertFalse(result.isCompleted());
    }

    @Test
    void aQuizAtItsPassMarkPassesCompletesTheQuizAndPostsItsMinutes() {
        Learning.Graded graded = quiz(HALF_RIGHT);

        assertEquals(50, graded.score());
        assertTrue(graded.passed());
        assertEquals(List.of(true, false), graded.right());
        assertTrue(graded.explained(), "once passed, the explanations are given");
        assertEquals("La bonne réponse est oui.", graded.feedback().get(0));
        assertEquals(List.of(World.QUIZ_MINUTES), hours().stream().map(HoursEntry::getMinutes).toList());
    }

    @Test
    void noAttemptIsTakenBeyondTheQuizsLimit() {
        quiz(ALL_WRONG);
        Learning.Graded last = quiz(ALL_WRONG);
        assertEquals(0, last.attemptsLeft());
        assertTrue(last.explained(), "no attempt left: the explanations are given");

        problem(Problem.Kind.CONFLICT, "socle.learning.noAttemptLeft", () -> quiz(ALL_RIGHT));
        assertEquals(List.of(), hours());
    }

    @Test
    void aQuizMustAnswerEveryQuestion() {
        problem(Problem.Kind.BAD_REQUEST, "socle.learning.answerEveryQuestion", () -> quiz(ALL_RIGHT.subList(0, 1)));
    }

    @Test
    void completingEveryRequiredActivityEndsTheEnrolmentAsTermineOnceAndSaysSo() {
        markDone(ActivityKind.LESSON);
        markDone(ActivityKind.TUTORIAL);
        assertEquals(EnrolmentStatus.ENTRE, stored().getStatus(), "not complete while the quiz is not passed");
        assertEquals(List.of(), harness.fired(EnrolmentCompleted.class));

        quiz(ALL_RIGHT);

        Enrolment e = stored();
        assertEquals(EnrolmentStatus.TERMINE, e.getStatus());
        assertNotNull(e.getEndedAt());
        assertEquals(List.of(new EnrolmentCompleted(enrolment)), harness.fired(EnrolmentCompleted.class));
        assertEquals(World.LESSON_MINUTES + World.TUTORIAL_MINUTES + World.QUIZ_MINUTES,
                hours().stream().mapToInt(HoursEntry::getMinutes).sum());

        markDone(ActivityKind.LESSON);
        assertEquals(1, harness.fired(EnrolmentCompleted.class).size(), "completed once");
    }

    @Test
    void onlyTheLearnerLearnsInItsEnrolment() {
        String lesson = activity(ActivityKind.LESSON);

        problem(Problem.Kind.FORBIDDEN, "socle.enrolment.notYours",
                () -> harness.run(() -> learning.markDone(world.trainer.caller(), enrolment, lesson)));
        problem(Problem.Kind.NOT_FOUND, "socle.enrolment.notFound",
                () -> harness.run(() -> learning.markDone(world.outsider.caller(), enrolment, lesson)));
        problem(Problem.Kind.NOT_FOUND, "socle.enrolment.notFound",
                () -> harness.run(() -> learning.markDone(world.learner2.caller(), enrolment, lesson)));
        assertEquals(List.of(), hours());
        assertNull(stored().getEnteredAt());
    }

    @Test
    void anActivityOfAnotherProgrammeIsNotFound() {
        problem(Problem.Kind.NOT_FOUND, "socle.learning.activityNotFound",
                () -> harness.run(() -> learning.markDone(world.learner.caller(), enrolment, "no-such-activity")));
    }
}
