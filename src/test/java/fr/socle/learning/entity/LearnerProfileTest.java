package fr.socle.learning.entity;

import fr.socle.learning.boundary.ProfileType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LearnerProfileTest {

    static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @Test
    void agentFieldsAreKeptForAgentsOnlyAndTheEmployerSiretIsChecked() {
        LearnerProfile p = new LearnerProfile("a1", ProfileType.PARTICULIER, NOW);
        assertThrows(IllegalArgumentException.class, () -> p.change(ProfileType.AGENT_TERRITORIAL, "21300012300018", null, null, null, null, NOW));
        p.change(ProfileType.AGENT_TERRITORIAL, "213 000 123 00017", LearnerProfile.Category.C, "Technique", "Adjoints techniques",
                LearnerProfile.AgentStatus.TITULAIRE, NOW);
        assertEquals("21300012300017", p.getEmployerSiret());
        p.change(ProfileType.BENEVOLE, "21300012300017", LearnerProfile.Category.C, "Technique", null, null, NOW);
        assertNull(p.getEmployerSiret());
        assertNull(p.getCategory());
        assertNull(p.getFiliere());
    }

    @Test
    void aMandateHasItsDatesInOrderAndNeverAParty() {
        assertThrows(IllegalArgumentException.class, () -> new Mandate(Mandate.Type.MAIRE, "Commune", LocalDate.of(2026, 3, 23), LocalDate.of(2020, 1, 1), null));
        assertThrows(IllegalArgumentException.class, () -> new Mandate(Mandate.Type.MAIRE, " ", LocalDate.of(2026, 3, 23), null, null));
        // Years a database stores (the API once let -999999999-01-01 through to a 500).
        assertThrows(IllegalArgumentException.class, () -> new Mandate(Mandate.Type.MAIRE, "Commune", LocalDate.of(-999_999_999, 1, 1), null, null));
        assertThrows(IllegalArgumentException.class, () -> new Mandate(Mandate.Type.MAIRE, "Commune", LocalDate.of(2026, 3, 23),
                LocalDate.of(999_999_999, 12, 31), null));
        Mandate m = new Mandate(Mandate.Type.ADJOINT, "Commune", LocalDate.of(2026, 3, 23), null, "Numérique");
        assertTrue(m.isCurrent(LocalDate.of(2027, 1, 1)));
        assertFalse(m.isCurrent(LocalDate.of(2026, 1, 1)));
        assertTrue(Arrays.stream(Mandate.class.getDeclaredFields()).noneMatch(f -> f.getName().toLowerCase().contains("parti")
                || f.getName().toLowerCase().contains("nir")), "no field for a party or a NIR");
        assertTrue(Arrays.stream(LearnerProfile.class.getDeclaredFields()).noneMatch(f -> f.getName().toLowerCase().matches(".*(nir|securite|parti).*")));
    }
}
