package fr.socle.identity.control;

import fr.socle.platform.Caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.platform.Role;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallerTest {

    private static final String A = "org-a";
    private static final String A_MEMBER = "org-a-member";
    private static final String B = "org-b";

    private static Caller caller(boolean platformAdmin, Map<String, Set<Role>> roles, Set<String> administered) {
        return new Caller("account-1", "someone@example.org", "Someone", platformAdmin, roles, administered);
    }

    private static Caller platformAdmin() {
        return caller(true, Map.of(), Set.of());
    }

    private static Caller registrar() {
        return caller(false, Map.of(A, Set.of(Role.REGISTRAR)), Set.of());
    }

    private static Caller orgAdminOfA() {
        return caller(false, Map.of(A, Set.of(Role.ORG_ADMIN)), Set.of(A, A_MEMBER));
    }

    private static Caller learnerOfA() {
        return caller(false, Map.of(A, Set.of(Role.LEARNER)), Set.of());
    }

    @Nested
    class PlatformAdmin {

        @ParameterizedTest
        @ValueSource(strings = {A, A_MEMBER, B, "any-other"})
        void readsAndAdministersEveryOrganisation(String organisation) {
            Caller admin = platformAdmin();
            assertTrue(admin.canRead(organisation));
            assertTrue(admin.canAdminister(organisation));
        }

        @Test
        void isNotLimitedToAnyScope() {
            Caller admin = platformAdmin();
            assertEquals(Optional.empty(), admin.readScope());
            assertEquals(Optional.empty(), admin.administerScope());
        }

        @Test
        void administersSomethingEvenWithoutMemberships() {
            assertTrue(platformAdmin().administersAny());
        }

        @Test
        void holdsThePlatformAdminRoleWithoutAnyOrganisation() {
            Caller admin = platformAdmin();
            assertTrue(admin.hasRole(Role.PLATFORM_ADMIN));
            assertEquals(Set.of(Role.PLATFORM_ADMIN), admin.roles());
        }
    }

    @Nested
    class Registrar {

        @ParameterizedTest
        @ValueSource(strings = {A, A_MEMBER, B, "any-other"})
        void readsEveryOrganisation(String organisation) {
            assertTrue(registrar().canRead(organisation));
        }

        @ParameterizedTest
        @ValueSource(strings = {A, A_MEMBER, B})
        void administersNoOrganisationNotEvenItsOwn(String organisation) {
            assertFalse(registrar().canAdminister(organisation));
        }

        @Test
        void readsWithoutScopeButChangesWithinAnEmptyScope() {
            Caller registrar = registrar();
            assertEquals(Optional.empty(), registrar.readScope());
            assertEquals(Optional.of(Set.of()), registrar.administerScope());
            assertFalse(registrar.administersAny());
        }

        @Test
        void isRecognisedAsRegistrar() {
            assertTrue(registrar().isRegistrar());
            assertFalse(orgAdminOfA().isRegistrar());
            assertFalse(platformAdmin().isRegistrar());
        }
    }

    @Nested
    class OrgAdmin {

        @ParameterizedTest
        @ValueSource(strings = {A, A_MEMBER})
        void readsAndAdministersItsOrganisationAndItsMembers(String organisation) {
            Caller admin = orgAdminOfA();
            assertTrue(admin.canRead(organisation));
            assertTrue(admin.canAdminister(organisation));
        }

        @Test
        void neitherReadsNorAdministersAnUnrelatedOrganisation() {
            Caller admin = orgAdminOfA();
            assertFalse(admin.canRead(B));
            assertFalse(admin.canAdminister(B));
        }

        @Test
        void isScopedToItsOrganisationAndItsMembers() {
            Caller admin = orgAdminOfA();
            assertEquals(Optional.of(Set.of(A, A_MEMBER)), admin.readScope());
            assertEquals(Optional.of(Set.of(A, A_MEMBER)), admin.administerScope());
            assertTrue(admin.administersAny());
        }

        @Test
        void administersNothingWhenAskedAboutNoOrganisation() {
            assertFalse(orgAdminOfA().canAdminister(null));
        }
    }

    @Nested
    class Learner {

        @Test
        void readsOnlyItsOwnOrganisation() {
            Caller learner = learnerOfA();
            assertTrue(learner.canRead(A));
            assertFalse(learner.canRead(A_MEMBER));
            assertFalse(learner.canRead(B));
            assertEquals(Optional.of(Set.of(A)), learner.readScope());
        }

        @ParameterizedTest
        @ValueSource(strings = {A, A_MEMBER, B})
        void administersNothing(String organisation) {
            assertFalse(learnerOfA().canAdminister(organisation));
        }

        @Test
        void hasAnEmptyAdministerScopeAndAdministersNone() {
            Caller learner = learnerOfA();
            assertEquals(Optional.of(Set.of()), learner.administerScope());
            assertFalse(learner.administersAny());
        }

        @Test
        void readsEveryOrganisationItBelongsTo() {
            Caller both = caller(false, Map.of(A, Set.of(Role.LEARNER), B, Set.of(Role.TRAINER)), Set.of());
            assertTrue(both.canRead(A));
            assertTrue(both.canRead(B));
            assertFalse(both.canRead(A_MEMBER));
            assertEquals(Optional.of(Set.of(A, B)), both.readScope());
        }
    }

    @Nested
    class CanGrant {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"PLATFORM_ADMIN", "REGISTRAR"})
        void platformWideRolesAreGrantableByAPlatformAdminOnly(Role role) {
            assertTrue(platformAdmin().canGrant(role, A));
            assertTrue(platformAdmin().canGrant(role, null));
            assertFalse(orgAdminOfA().canGrant(role, A));
            assertFalse(registrar().canGrant(role, A));
            assertFalse(learnerOfA().canGrant(role, A));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"LEARNER", "TRAINER", "ORG_ADMIN"})
        void organisationRolesAreGrantableInAdministeredOrganisations(Role role) {
            Caller admin = orgAdminOfA();
            assertTrue(admin.canGrant(role, A));
            assertTrue(admin.canGrant(role, A_MEMBER));
            assertFalse(admin.canGrant(role, B));
            assertFalse(admin.canGrant(role, null));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"LEARNER", "TRAINER", "ORG_ADMIN"})
        void organisationRolesAreNotGrantableByNonAdministrators(Role role) {
            assertFalse(learnerOfA().canGrant(role, A));
            assertFalse(registrar().canGrant(role, A));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"LEARNER", "TRAINER", "ORG_ADMIN"})
        void organisationRolesAreGrantableAnywhereByAPlatformAdmin(Role role) {
            assertTrue(platformAdmin().canGrant(role, B));
        }
    }

    @Nested
    class Roles {

        @Test
        void unitesTheRolesHeldInEveryOrganisation() {
            Caller c = caller(false, Map.of(A, Set.of(Role.LEARNER), B, Set.of(Role.TRAINER, Role.ORG_ADMIN)), Set.of(B));
            assertEquals(EnumSet.of(Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN), c.roles());
        }

        @Test
        void addsPlatformAdminWhenThePlatformAdminFlagIsSet() {
            Caller c = caller(true, Map.of(A, Set.of(Role.LEARNER)), Set.of());
            assertEquals(EnumSet.of(Role.LEARNER, Role.PLATFORM_ADMIN), c.roles());
        }

        @Test
        void isEmptyForACallerWithoutMemberships() {
            assertEquals(Set.of(), caller(false, Map.of(), Set.of()).roles());
        }

        @Test
        void hasRoleIsTrueForARoleHeldInAnyOrganisationAndFalseOtherwise() {
            Caller c = caller(false, Map.of(A, Set.of(Role.LEARNER), B, Set.of(Role.TRAINER)), Set.of());
            assertTrue(c.hasRole(Role.LEARNER));
            assertTrue(c.hasRole(Role.TRAINER));
            assertFalse(c.hasRole(Role.ORG_ADMIN));
            assertFalse(c.hasRole(Role.PLATFORM_ADMIN));
        }

        @Test
        void platformAdminComesFromTheFlagNotFromAnOrganisationsRoles() {
            Caller c = caller(false, Map.of(A, Set.of(Role.PLATFORM_ADMIN)), Set.of());
            assertFalse(c.hasRole(Role.PLATFORM_ADMIN));
        }

        @Test
        void hasAnyRoleIsTrueWhenOneOfTheRolesIsHeld() {
            Caller learner = learnerOfA();
            assertTrue(learner.hasAnyRole(List.of(Role.ORG_ADMIN, Role.LEARNER)));
            assertFalse(learner.hasAnyRole(List.of(Role.ORG_ADMIN, Role.TRAINER)));
            assertFalse(learner.hasAnyRole(List.of()));
            assertTrue(platformAdmin().hasAnyRole(List.of(Role.REGISTRAR, Role.PLATFORM_ADMIN)));
        }
    }

    @Nested
    class DefensiveCopies {

        @Test
        void addingAnOrganisationToTheInputMapAfterConstructionDoesNotChangeTheCaller() {
            Map<String, Set<Role>> roles = new HashMap<>();
            roles.put(A, Set.of(Role.LEARNER));
            Caller c = caller(false, roles, Set.of());

            roles.put(B, Set.of(Role.REGISTRAR));

            assertFalse(c.canRead(B));
            assertFalse(c.isRegistrar());
            assertEquals(Set.of(A), c.rolesByOrganisation().keySet());
        }

        @Test
        void addingToTheInputAdministeredSetAfterConstructionDoesNotChangeTheCaller() {
            Set<String> administered = new HashSet<>(Set.of(A));
            Caller c = caller(false, Map.of(A, Set.of(Role.ORG_ADMIN)), administered);

            administered.add(B);

            assertFalse(c.canAdminister(B));
            assertEquals(Optional.of(Set.of(A)), c.administerScope());
        }

        @Test
        void exposesUnmodifiableCollections() {
            Caller c = orgAdminOfA();
            assertThrows(UnsupportedOperationException.class,
                    () -> c.rolesByOrganisation().put(B, Set.of(Role.ORG_ADMIN)));
            assertThrows(UnsupportedOperationException.class,
                    () -> c.administered().add(B));
            assertThrows(UnsupportedOperationException.class,
                    () -> c.administerScope().orElseThrow().add(B));
        }

        @Test
        void changingTheSetReturnedByRolesDoesNotChangeTheCaller() {
            Caller c = learnerOfA();
            Set<Role> roles = c.roles();
            roles.add(Role.ORG_ADMIN);
            assertFalse(c.hasRole(Role.ORG_ADMIN));
        }
    }

    /** An input that names no organisation (a JSON body without organisationId): nobody's, and never a NullPointerException. */
    @Nested
    class NoOrganisation {

        @Test
        void isNeitherReadNorTaughtNorAdministeredByItsMembers() {
            for (Caller c : List.of(learnerOfA(), orgAdminOfA(), caller(false, Map.of(A, Set.of(Role.TRAINER)), Set.of()))) {
                assertFalse(c.canRead(null));
                assertFalse(c.teaches(null));
                assertFalse(c.canAdminister(null));
            }
        }
    }
}
