package fr.socle.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A trainer's qualification: what it must state, when it is held, and withdrawal instead of deletion. */
class TrainerQualificationTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static TrainerQualification held(LocalDate obtained, LocalDate until) {
        return new TrainerQualification("org", "trainer", " Titre REMN ", "Ministère du Travail", obtained, until, "  ", "admin", NOW, TODAY);
    }

    @Test
    void itIsHeldFromTheDayObtainedToItsEndOfValidity() {
        var q = held(LocalDate.of(2021, 6, 30), LocalDate.of(2026, 6, 30));
        assertEquals("Titre REMN", q.getTitle());
        assertEquals(null, q.getDescription(), "a blank description is none");
        assertFalse(q.validOn(LocalDate.of(2021, 6, 29)));
        assertTrue(q.validOn(LocalDate.of(2021, 6, 30)));
        assertTrue(q.validOn(LocalDate.of(2026, 6, 30)));
        assertFalse(q.validOn(LocalDate.of(2026, 7, 1)));
        assertTrue(held(LocalDate.of(2021, 6, 30), null).validOn(LocalDate.of(2040, 1, 1)), "no end: held for good");
    }

    @Test
    void aWithdrawnQualificationStaysMarkedWithWhoWhenAndWhyAndIsNoLongerHeld() {
        var q = held(LocalDate.of(2021, 6, 30), null);
        q.withdraw("admin2", " Saisie en double ", NOW);
        assertTrue(q.isWithdrawn());
        assertEquals("Saisie en double", q.getWithdrawalReason());
        assertEquals("admin2", q.getWithdrawnBy());
        assertFalse(q.validOn(TODAY));
        assertThrows(IllegalStateException.class, () -> q.withdraw("admin2", "encore", NOW), "once");
        assertThrows(IllegalArgumentException.class, () -> held(LocalDate.of(2021, 6, 30), null).withdraw("admin", " ", NOW), "a reason");
    }

    @Test
    void titleAwardingBodyAndAPastDateAreRequiredAndValidityFollowsTheDate() {
        assertThrows(IllegalArgumentException.class, () -> held(TODAY.plusDays(1), null), "not obtained yet");
        assertThrows(IllegalArgumentException.class, () -> held(null, null));
        assertThrows(IllegalArgumentException.class, () -> held(LocalDate.of(2021, 6, 30), LocalDate.of(2021, 6, 29)));
        assertThrows(IllegalArgumentException.class, () -> new TrainerQualification("org", "t", " ", "X", TODAY, null, null, "a", NOW, TODAY));
        assertThrows(IllegalArgumentException.class, () -> new TrainerQualification("org", "t", "X", null, TODAY, null, null, "a", NOW, TODAY));
    }
}
