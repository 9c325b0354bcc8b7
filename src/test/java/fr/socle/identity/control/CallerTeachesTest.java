package fr.socle.identity.control;

import fr.socle.platform.Caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.platform.Role;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who trains where: trainers and administrators of an organisation (and its members, for an administrator). */
class CallerTeachesTest {

    @Test
    void trainersAndAdministratorsTeachLearnersDoNot() {
        Caller c = new Caller("a", "a@x.org", "A", false,
                Map.of("T", Set.of(Role.TRAINER), "L", Set.of(Role.LEARNER), "ADM", Set.of(Role.ORG_ADMIN)), Set.of("ADM", "ADM-member"));
        assertTrue(c.teaches("T"));
        assertTrue(c.teaches("ADM"));
        assertTrue(c.teaches("ADM-member"));
        assertFalse(c.teaches("L"));
        assertFalse(c.teaches("other"));
        assertEquals(Set.of("T", "ADM", "ADM-member"), c.taught());
        assertTrue(new Caller("p", "p@x.org", "P", true, Map.of(), Set.of()).teaches("anything"));
    }
}
