package fr.socle.identity.boundary;

import fr.socle.platform.Role;
import fr.socle.platform.Caller;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.identity.entity.Account;
import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.boundary.OrganisationKind;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who answers for a whole account (changes its identity, grants it roles in new organisations without
 * an invitation): a platform admin, or an administrator of every organisation the account belongs to.
 */
class AnswersForTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String HASH = "pbkdf2-sha256$10000$c2FsdA$aGFzaA";

    private final Organisation syndicat = new Organisation("Syndicat", OrganisationKind.SYNDICAT_MIXTE, null, null, NOW);
    private final Organisation communeA = new Organisation("Commune A", OrganisationKind.COMMUNE, null, syndicat, NOW);
    private final Organisation communeB = new Organisation("Commune B", OrganisationKind.COMMUNE, null, syndicat, NOW);
    private final Organisation elsewhere = new Organisation("Organisme", OrganisationKind.ORGANISME_DE_FORMATION, null, null, NOW);

    private Account account(Organisation... organisations) {
        Account a = new Account("x@example.org", "X", HASH, NOW);
        for (Organisation o : organisations) {
            a.grant(o, Role.LEARNER, NOW);
        }
        return a;
    }

    private static Caller adminOf(String id, Organisation... administered) {
        return new Caller(id, id + "@example.org", id, false, Map.of(administered[0].getId(), Set.of(Role.ORG_ADMIN)),
                java.util.Arrays.stream(administered).map(Organisation::getId).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void theAdministratorOfEveryOrganisationOfTheAccountAnswersForIt() {
        assertTrue(Accounts.answersFor(adminOf("a", communeA), account(communeA)));
    }

    @Test
    void aMutualisationStructureAnswersForAnAccountInSeveralOfItsMembers() {
        assertTrue(Accounts.answersFor(adminOf("s", syndicat, communeA, communeB), account(communeA, communeB)));
    }

    @Test
    void anotherMembershipMakesTheIdentityThePersonsOwn() {
        assertFalse(Accounts.answersFor(adminOf("a", communeA), account(communeA, elsewhere)));
        assertFalse(Accounts.answersFor(adminOf("o", elsewhere), account(communeA, elsewhere)));
    }

    @Test
    void anAccountWithoutOrganisationOrWithAPlatformRoleIsNobodysButThePlatformAdmins() {
        assertFalse(Accounts.answersFor(adminOf("a", communeA), account()));
        Account registrar = account(communeA);
        registrar.grant(communeA, Role.REGISTRAR, NOW);
        assertFalse(Accounts.answersFor(adminOf("a", communeA), registrar));
        Caller platform = new Caller("p", "p@example.org", "P", true, Map.of(), Set.of());
        assertTrue(Accounts.answersFor(platform, account()));
        assertTrue(Accounts.answersFor(platform, account(communeA, elsewhere)));
    }
}
