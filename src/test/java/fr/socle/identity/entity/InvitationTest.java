package fr.socle.identity.entity;

import fr.socle.platform.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.boundary.OrganisationKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An existing account joins an organisation only when the person accepts, within the invitation's life, once. */
class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration LIFE = Duration.ofDays(14);
    private static final String HASH = "pbkdf2-sha256$10000$c2FsdA$aGFzaA";

    private final Organisation inviting = new Organisation("Médiation Plus Formation", OrganisationKind.ORGANISME_DE_FORMATION, null, null, NOW);
    private final Organisation home = new Organisation("Commune A", OrganisationKind.COMMUNE, null, null, NOW);
    private final Account person = new Account("lea@example.org", "Léa Agent", HASH, NOW);
    private final Account admin = new Account("of@example.org", "Sacha Gestionnaire", HASH, NOW);

    private Invitation invitation() {
        person.grant(home, Role.LEARNER, NOW);
        return new Invitation(inviting, person, " LEA@example.org ", Role.LEARNER, admin, NOW, LIFE);
    }

    @Test
    void grantsNothingUntilThePersonAccepts() {
        Invitation i = invitation();
        assertEquals(Invitation.Status.PENDING, i.statusAt(NOW));
        assertEquals("lea@example.org", i.getEmail());
        assertEquals(NOW.plus(LIFE), i.getExpiresAt());
        assertTrue(person.getMemberships().stream().noneMatch(m -> m.getOrganisation() == inviting), "no role before the answer");

        i.accept(person.getId(), NOW.plusSeconds(60));
        assertEquals(Invitation.Status.ACCEPTED, i.getStatus());
        assertTrue(person.getMemberships().stream().anyMatch(m -> m.getOrganisation() == inviting && m.getRole() == Role.LEARNER));
        assertEquals(person.getId(), i.getAnsweredBy());
    }

    @Test
    void onlyTheInvitedPersonAnswers() {
        Invitation i = invitation();
        assertThrows(IllegalArgumentException.class, () -> i.accept(admin.getId(), NOW));
        assertThrows(IllegalArgumentException.class, () -> i.decline(admin.getId(), NOW));
        assertTrue(i.isOpen(NOW));
    }

    @Test
    void aDeclinedInvitationGrantsNothingAndCannotBeAcceptedAfter() {
        Invitation i = invitation();
        i.decline(person.getId(), NOW);
        assertEquals(Invitation.Status.DECLINED, i.statusAt(NOW));
        assertThrows(IllegalStateException.class, () -> i.accept(person.getId(), NOW));
        assertEquals(1, person.getMemberships().size(), "only its own organisation");
    }

    @Test
    void aCancelledInvitationCannotBeAccepted() {
        Invitation i = invitation();
        i.cancel(admin.getId(), NOW);
        assertEquals(Invitation.Status.CANCELLED, i.getStatus());
        assertEquals(admin.getId(), i.getAnsweredBy());
        assertThrows(IllegalStateException.class, () -> i.accept(person.getId(), NOW));
        assertThrows(IllegalStateException.class, () -> i.cancel(admin.getId(), NOW));
    }

    @Test
    void expiresAtItsDateAndThenNothingIsGranted() {
        Invitation i = invitation();
        Instant end = NOW.plus(LIFE);
        assertTrue(i.isOpen(end.minusMillis(1)));
        assertEquals(Invitation.Status.EXPIRED, i.statusAt(end));
        assertFalse(i.isOpen(end));
        assertThrows(IllegalStateException.class, () -> i.accept(person.getId(), end));
        assertThrows(IllegalStateException.class, () -> i.cancel(admin.getId(), end));
        assertEquals(Invitation.Status.PENDING, i.getStatus(), "stored as it was: expiry is read with the date");
        assertEquals(1, person.getMemberships().size());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PLATFORM_ADMIN", "REGISTRAR"})
    void neverInvitesToAPlatformWideRole(Role role) {
        assertThrows(IllegalArgumentException.class, () -> new Invitation(inviting, person, person.getEmail(), role, admin, NOW, LIFE));
    }

    @Test
    void needsAPositiveLifeAndSomeoneElseToInvite() {
        assertThrows(IllegalArgumentException.class, () -> new Invitation(inviting, person, person.getEmail(), Role.LEARNER, admin, NOW, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Invitation(inviting, person, person.getEmail(), Role.LEARNER, person, NOW, LIFE));
        assertThrows(IllegalArgumentException.class, () -> new Invitation(null, person, person.getEmail(), Role.LEARNER, admin, NOW, LIFE));
    }
}
