package fr.socle.learning.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.identity.entity.Account;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubmissionTest {

    private static final Instant NOW = EnrolmentFixture.NOW;
    private final Enrolment enrolment = EnrolmentFixture.enrolment(EnrolmentFixture.cursus());
    private final Account trainer = new Account("formateur@example.org", "Formateur", "hash", NOW);

    private Submission submission(int number) {
        return new Submission(enrolment, "activity-1", number, "rapport.pdf", "application/pdf", 1200, "  Voici mon travail  ", NOW);
    }

    @Test
    void aSubmissionBelongsToTheEnrolmentsOrganisationAndWaitsForItsGrade() {
        Submission s = submission(1);
        assertEquals(enrolment.getOrganisation().getId(), s.getOrganisationId());
        assertEquals("Voici mon travail", s.getLearnerComment());
        assertFalse(s.isGraded());
        assertEquals(Submission.Status.PENDING, s.status(1));
        assertEquals(Submission.Status.SUPERSEDED, s.status(2), "a newer submission replaces it");
    }

    @Test
    void theScoreAtThePassMarkPassesAndOneBelowFails() {
        Submission pass = submission(1);
        assertTrue(pass.grade(50, 50, "Bien", trainer, NOW));
        assertEquals(Submission.Status.PASSED, pass.status(2), "graded stays graded");
        assertEquals(trainer, pass.getGradedBy());
        Submission fail = submission(2);
        assertFalse(fail.grade(49, 50, " ", trainer, NOW));
        assertEquals(Submission.Status.FAILED, fail.status(2));
        assertNull(fail.getTrainerComment());
    }

    @Test
    void aGradeIsGivenOnceAndWithinZeroToOneHundred() {
        Submission s = submission(1);
        assertThrows(IllegalArgumentException.class, () -> s.grade(101, 50, null, trainer, NOW));
        assertThrows(IllegalArgumentException.class, () -> s.grade(-1, 50, null, trainer, NOW));
        assertThrows(IllegalArgumentException.class, () -> s.grade(80, 50, "x".repeat(Submission.MAX_TRAINER_COMMENT + 1), trainer, NOW));
        assertFalse(s.isGraded(), "a refused grade leaves it pending");
        s.grade(80, 50, null, trainer, NOW);
        assertThrows(IllegalStateException.class, () -> s.grade(90, 50, null, trainer, NOW));
        assertEquals(80, s.getScore());
    }

    @Test
    void aSubmissionHasAFileANameAndANumber() {
        assertThrows(IllegalArgumentException.class, () -> new Submission(enrolment, "a", 0, "x.pdf", "application/pdf", 1, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Submission(enrolment, "a", 1, "x.pdf", "application/pdf", 0, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Submission(enrolment, "a", 1, " ", "application/pdf", 1, null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Submission(enrolment, "a", 1, "x.pdf", "application/pdf", 1,
                "x".repeat(Submission.MAX_LEARNER_COMMENT + 1), NOW));
        Submission s = submission(1);
        assertThrows(IllegalArgumentException.class, () -> SubmissionFilePart.split(s, new byte[3]), "the bytes are the size it says");
    }

    @Test
    void aFileIsStoredInPartsOfAtMostOneMegabyteAndJoinedBackInOrder() {
        byte[] content = new byte[2 * SubmissionFilePart.MAX_PART + 5];
        new java.util.Random(42).nextBytes(content);
        Submission s = new Submission(enrolment, "activity-1", 1, "gros.pdf", "application/pdf", content.length, null, NOW);
        var parts = new java.util.ArrayList<>(SubmissionFilePart.split(s, content));
        assertEquals(3, parts.size());
        assertEquals(java.util.List.of(0, 1, 2), parts.stream().map(SubmissionFilePart::getNumber).toList());
        java.util.Collections.reverse(parts);
        org.junit.jupiter.api.Assertions.assertArrayEquals(content, SubmissionFilePart.join(parts));
        assertEquals(1, SubmissionFilePart.split(submission(1), new byte[1200]).size());
    }
}
