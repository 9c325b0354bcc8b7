package fr.socle.identity.entity;

import fr.socle.platform.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.boundary.OrganisationKind;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String HASH = "pbkdf2-sha256$10000$c2FsdA$aGFzaA";

    private static Account account() {
        return new Account("camille@example.org", "Camille", HASH, NOW);
    }

    private static Organisation organisation(String name) {
        return new Organisation(name, OrganisationKind.COMMUNE, null, null, NOW);
    }

    @Nested
    class Creation {

        @Test
        void normalisesTheEmailToStrippedLowerCase() {
            Account a = new Account("  Camille.Dupont@Example.ORG \t", "Camille", HASH, NOW);
            assertEquals("camille.dupont@example.org", a.getEmail());
        }

        @Test
        void lowerCasesIndependentlyOfTheDefaultLocale() {
            // Locale.ROOT: in a Turkish default locale "I".toLowerCase() would be a dotless ı.
            assertEquals("ida@example.org", Account.normaliseEmail("IDA@EXAMPLE.ORG"));
        }

        @Test
        void stripsTheDisplayName() {
            assertEquals("Camille Dupont", new Account("c@example.org", "  Camille Dupont ", HASH, NOW).getDisplayName());
        }

        @Test
        void startsActiveAtTheFirstCredentialsGenerationAndWithoutMemberships() {
            Account a = account();
            assertTrue(a.isActive());
            assertEquals(0, a.getCredentialsGeneration());
            assertTrue(a.getMemberships().isEmpty());
            assertEquals(NOW, a.getCreatedAt());
            assertEquals(HASH, a.getPasswordHash());
        }

        @Test
        void getsADistinctIdentifier() {
            assertFalse(account().getId().equals(account().getId()));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n"})
        void refusesABlankEmail(String email) {
            assertThrows(IllegalArgumentException.class, () -> new Account(email, "Camille", HASH, NOW));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n"})
        void refusesABlankDisplayName(String displayName) {
            assertThrows(IllegalArgumentException.class, () -> new Account("c@example.org", displayName, HASH, NOW));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n"})
        void refusesABlankPasswordHash(String hash) {
            assertThrows(IllegalArgumentException.class, () -> new Account("c@example.org", "Camille", hash, NOW));
        }

        @Test
        void refusesToChangeToABlankEmailAndKeepsTheOldOne() {
            Account a = account();
            assertThrows(IllegalArgumentException.class, () -> a.changeEmail(" ", NOW));
            assertEquals("camille@example.org", a.getEmail());
        }
    }

    @Nested
    class Passwords {

        @Test
        void aNewPasswordRaisesTheCredentialsGenerationSoThatOlderSessionsEnd() {
            Account a = account();
            long before = a.getCredentialsGeneration();
            Instant later = NOW.plusSeconds(60);
            assertEquals(before + 1, a.replacePassword("pbkdf2-sha256$10000$c2Vs$bmV3", later));
            assertEquals(before + 1, a.getCredentialsGeneration());
            assertEquals("pbkdf2-sha256$10000$c2Vs$bmV3", a.getPasswordHash());
        }

        @Test
        void aRehashOfTheSamePasswordKeepsTheSessions() {
            Account a = account();
            long before = a.getCredentialsGeneration();
            a.changePasswordHash("pbkdf2-sha256$600000$c2Vs$c2FtZQ", NOW);
            assertEquals(before, a.getCredentialsGeneration());
        }

        @Test
        void aSuccessfulLoginRecordsTheTime() {
            Account a = account();
            Instant later = NOW.plusSeconds(1);
            a.recordSuccessfulLogin(later);
            assertEquals(later, a.getLastLoginAt());
        }
    }

    @Nested
    class Memberships {

        @Test
        void grantingTheSameRoleInTheSameOrganisationTwiceKeepsOneMembership() {
            Account a = account();
            Organisation org = organisation("Mairie de Lyon");
            Membership first = a.grant(org, Role.LEARNER, NOW);
            Membership second = a.grant(org, Role.LEARNER, NOW.plusSeconds(60));
            assertSame(first, second);
            assertEquals(1, a.getMemberships().size());
        }

        @Test
        void grantingAnotherRoleOrAnotherOrganisationAddsAMembership() {
            Account a = account();
            Organisation lyon = organisation("Mairie de Lyon");
            Organisation brest = organisation("Mairie de Brest");
            a.grant(lyon, Role.LEARNER, NOW);
            a.grant(lyon, Role.TRAINER, NOW);
            a.grant(brest, Role.LEARNER, NOW);
            assertEquals(3, a.getMemberships().size());
            assertTrue(a.hasRole(Role.LEARNER));
            assertTrue(a.hasRole(Role.TRAINER));
            assertFalse(a.hasRole(Role.ORG_ADMIN));
        }

        @Test
        void recordsWhoWhereWhatAndWhen() {
            Account a = account();
            Organisation org = organisation("Mairie de Lyon");
            Membership m = a.grant(org, Role.ORG_ADMIN, NOW);
            assertSame(a, m.getAccount());
            assertSame(org, m.getOrganisation());
            assertEquals(org.getId(), m.getOrganisationId());
            assertEquals(Role.ORG_ADMIN, m.getRole());
            assertEquals(NOW, m.getCreatedAt());
        }

        @Test
        void grantsPlatformAdminWithoutAnOrganisation() {
            Account a = account();
            Membership m = a.grant(null, Role.PLATFORM_ADMIN, NOW);
            assertNull(m.getOrganisationId());
            assertTrue(a.hasRole(Role.PLATFORM_ADMIN));
            assertSame(m, a.grant(null, Role.PLATFORM_ADMIN, NOW));
            assertEquals(1, a.getMemberships().size());
        }

        @Test
        void refusesPlatformAdminWithinAnOrganisation() {
            Account a = account();
            assertThrows(IllegalArgumentException.class, () -> a.grant(organisation("Mairie"), Role.PLATFORM_ADMIN, NOW));
            assertTrue(a.getMemberships().isEmpty());
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = "PLATFORM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
        void refusesAnOrganisationRoleWithoutAnOrganisation(Role role) {
            Account a = account();
            assertThrows(IllegalArgumentException.class, () -> a.grant(null, role, NOW));
            assertTrue(a.getMemberships().isEmpty());
        }

        @Test
        void refusesANullRole() {
            assertThrows(IllegalArgumentException.class, () -> account().grant(organisation("Mairie"), null, NOW));
        }

        @Test
        void revokeRemovesOnlyTheMatchingMembership() {
            Account a = account();
            Organisation org = organisation("Mairie de Lyon");
            a.grant(org, Role.LEARNER, NOW);
            a.grant(org, Role.TRAINER, NOW);

            assertTrue(a.revoke(org.getId(), Role.LEARNER));

            assertFalse(a.hasRole(Role.LEARNER));
            assertTrue(a.hasRole(Role.TRAINER));
            assertEquals(1, a.getMemberships().size());
        }

        @Test
        void revokeReportsWhenThereWasNothingToRemove() {
            Account a = account();
            Organisation org = organisation("Mairie de Lyon");
            a.grant(org, Role.LEARNER, NOW);
            assertFalse(a.revoke(org.getId(), Role.TRAINER));
            assertFalse(a.revoke(organisation("Autre").getId(), Role.LEARNER));
            assertEquals(1, a.getMemberships().size());
        }

        @Test
        void exposesMembershipsReadOnly() {
            Account a = account();
            a.grant(organisation("Mairie"), Role.LEARNER, NOW);
            assertThrows(UnsupportedOperationException.class, () -> a.getMemberships().clear());
        }
    }

    @Test
    void deactivateAndActivateToggleActive() {
        Account a = account();
        a.deactivate(NOW);
        assertFalse(a.isActive());
        a.activate(NOW);
        assertTrue(a.isActive());
    }
}
