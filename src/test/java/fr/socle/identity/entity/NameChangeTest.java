package fr.socle.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The name documents carry changes only through a decision that is not the person's own, and each change is kept. */
class NameChangeTest {

    private static final Instant ASKED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-03-03T10:00:00Z");
    private static final String HASH = "pbkdf2-sha256$10000$c2FsdA$aGFzaA";

    private final Account learner = new Account("martine@example.org", "Martine Rousseau", HASH, ASKED);
    private final Account admin = new Account("admin@example.org", "Sacha Gestionnaire", HASH, ASKED);

    @Test
    void aRequestLeavesTheNameAsItIsUntilAccepted() {
        NameChange n = NameChange.request(learner, "  Martine   Rousseau-Leroy ", "Mariage", ASKED);
        assertEquals("Martine Rousseau", learner.getDisplayName(), "asking changes nothing");
        assertEquals(NameChange.Status.PENDING, n.getStatus());
        assertEquals("Martine Rousseau", n.getPreviousName());
        assertEquals("Martine Rousseau-Leroy", n.getRequestedName(), "spaces made one, as documents print it");
        assertEquals(learner, n.getRequester());
        assertFalse(n.isDirect());

        n.accept(admin, null, DECIDED);
        assertEquals("Martine Rousseau-Leroy", learner.getDisplayName());
        assertEquals(NameChange.Status.ACCEPTED, n.getStatus());
        assertEquals(admin, n.getDecider());
        assertEquals(DECIDED, n.getDecidedAt());
    }

    @Test
    void nobodyAcceptsOrRefusesTheirOwnRequest() {
        NameChange n = NameChange.request(learner, "Martine Leroy", null, ASKED);
        assertThrows(IllegalArgumentException.class, () -> n.accept(learner, null, DECIDED));
        assertThrows(IllegalArgumentException.class, () -> n.refuse(learner, null, DECIDED));
        assertThrows(IllegalArgumentException.class, () -> n.accept(null, null, DECIDED));
        assertTrue(n.isPending());
        assertEquals("Martine Rousseau", learner.getDisplayName());
    }

    @Test
    void aRefusalKeepsTheNameAndItsNote() {
        NameChange n = NameChange.request(learner, "Martine Leroy", null, ASKED);
        n.refuse(admin, "  Pièce justificative manquante ", DECIDED);
        assertEquals(NameChange.Status.REFUSED, n.getStatus());
        assertEquals("Pièce justificative manquante", n.getDecisionNote());
        assertEquals("Martine Rousseau", learner.getDisplayName());
    }

    @Test
    void aDecisionIsTakenOnce() {
        NameChange n = NameChange.request(learner, "Martine Leroy", null, ASKED);
        n.refuse(admin, null, DECIDED);
        assertThrows(IllegalStateException.class, () -> n.accept(admin, null, DECIDED));
        assertThrows(IllegalStateException.class, () -> n.withdraw(learner, DECIDED));
        assertEquals("Martine Rousseau", learner.getDisplayName());
    }

    @Test
    void onlyThePersonWithdrawsItsPendingRequest() {
        NameChange n = NameChange.request(learner, "Martine Leroy", null, ASKED);
        assertThrows(IllegalArgumentException.class, () -> n.withdraw(admin, DECIDED));
        n.withdraw(learner, DECIDED);
        assertEquals(NameChange.Status.WITHDRAWN, n.getStatus());
        assertThrows(IllegalStateException.class, () -> n.accept(admin, null, DECIDED));
    }

    @Test
    void anAdministratorsDirectChangeIsRecordedAsAskedAndDecidedByThem() {
        NameChange n = NameChange.direct(learner, "Martine Rousseau-Leroy", null, admin, DECIDED);
        assertEquals("Martine Rousseau-Leroy", learner.getDisplayName());
        assertTrue(n.isDirect());
        assertEquals(NameChange.Status.ACCEPTED, n.getStatus());
        assertEquals(admin, n.getRequester());
        assertEquals(admin, n.getDecider());
        assertEquals("Martine Rousseau", n.getPreviousName());
    }

    @Test
    void theCurrentNameIsNoChange() {
        assertThrows(IllegalArgumentException.class, () -> NameChange.request(learner, " Martine  Rousseau ", null, ASKED));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Martine\u0000Leroy", "Martine\u0007", "\u0085"})
    void refusesANameThatIsNoneOrHasControlCharacters(String name) {
        assertThrows(IllegalArgumentException.class, () -> NameChange.request(learner, name, null, ASKED));
    }

    @Test
    void aLineBreakInANameBecomesASpace() {
        assertEquals("Martine Leroy", NameChange.normaliseName("Martine\nLeroy"));
    }

    @Test
    void limitsTheNameAndTheTexts() {
        assertEquals(200, NameChange.normaliseName("x".repeat(200)).length());
        assertThrows(IllegalArgumentException.class, () -> NameChange.request(learner, "x".repeat(201), null, ASKED));
        assertThrows(IllegalArgumentException.class, () -> NameChange.request(learner, "Martine Leroy", "r".repeat(1001), ASKED));
        NameChange n = NameChange.request(learner, "Martine Leroy", "   ", ASKED);
        assertNull(n.getReason(), "a blank reason is none");
        assertThrows(IllegalArgumentException.class, () -> n.refuse(admin, "n".repeat(1001), DECIDED));
        assertTrue(n.isPending(), "a refused note leaves the request pending");
    }
}
