package fr.socle.learning.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a quiz is over for a learner, and so when its explanations (which give answers away) may be shown. */
class ActivityResultTest {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void whileAttemptsRemainTheQuizIsNotSettled() {
        ActivityResult r = new ActivityResult(null, "quiz", NOW);
        r.attempt(40, NOW);
        assertEquals(2, r.attemptsLeft(3));
        assertFalse(r.isSettled(3));
        r.attempt(50, NOW);
        assertEquals(1, r.attemptsLeft(3));
        assertFalse(r.isSettled(3));
        r.attempt(60, NOW);
        assertEquals(0, r.attemptsLeft(3));
        assertTrue(r.isSettled(3), "every attempt used");
    }

    @Test
    void withoutALimitOnlyAPassSettlesIt() {
        ActivityResult r = new ActivityResult(null, "quiz", NOW);
        for (int i = 0; i < 20; i++) {
            r.attempt(10, NOW);
        }
        assertNull(r.attemptsLeft(0));
        assertNull(r.attemptsLeft(null));
        assertFalse(r.isSettled(0));
        assertFalse(r.isSettled(null));
        r.attempt(100, NOW);
        r.complete(NOW);
        assertTrue(r.isSettled(0));
    }

    @Test
    void aPassSettlesItAndLeavesPracticeOpen() {
        ActivityResult r = new ActivityResult(null, "quiz", NOW);
        r.attempt(80, NOW);
        r.complete(NOW);
        assertTrue(r.isSettled(3));
        assertNull(r.attemptsLeft(3), "after a pass, attempts are no longer counted");
    }
}
