package fr.socle.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start-up rule for the seal keys' password: which starts are refused, and what the refusal says. */
class SealPasswordTest {

    @Test
    void aConfiguredPasswordIsUsedInEveryMode() {
        for (boolean demo : new boolean[] {false, true}) {
            for (boolean keystore : new boolean[] {false, true}) {
                SealPassword decided = SealPassword.decide(demo, Optional.of("Un secret bien à nous"), keystore);
                assertFalse(decided.isGenerated());
                assertEquals("Un secret bien à nous", decided.value());
            }
        }
    }

    @Test
    void outsideDemoModeAMissingOrBlankPasswordRefusesTheStart() {
        for (Optional<String> missing : java.util.List.of(Optional.<String>empty(), Optional.of(""), Optional.of("   "))) {
            SealPassword.Refused refused = assertThrows(SealPassword.Refused.class, () -> SealPassword.decide(false, missing, false));
            assertTrue(refused.getMessage().startsWith("SOCLE_SEAL_PASSWORD is not set"), refused.getMessage());
            assertTrue(refused.getMessage().contains("demo mode"), "says why demo mode is different: " + refused.getMessage());
        }
    }

    @Test
    void outsideDemoModeThePublishedDevelopmentPasswordRefusesTheStart() {
        SealPassword.Refused refused = assertThrows(SealPassword.Refused.class,
                () -> SealPassword.decide(false, Optional.of("socle-dev-only"), false));
        assertTrue(refused.getMessage().contains("published"), refused.getMessage());
    }

    @Test
    void aKeystoreNeedsItsPasswordEvenInDemoMode() {
        for (boolean demo : new boolean[] {false, true}) {
            SealPassword.Refused refused = assertThrows(SealPassword.Refused.class, () -> SealPassword.decide(demo, Optional.empty(), true));
            assertTrue(refused.getMessage().contains("SOCLE_SEAL_KEYSTORE"), refused.getMessage());
        }
    }

    @Test
    void demoModeWithoutPasswordGeneratesOne() {
        assertTrue(SealPassword.decide(true, Optional.empty(), false).isGenerated());
        assertTrue(SealPassword.decide(true, Optional.of(" "), false).isGenerated());
    }

    @Test
    void thePasswordNeverShowsInLogsThroughToString() {
        assertFalse(SealPassword.decide(false, Optional.of("Un secret bien à nous"), false).toString().contains("secret"));
    }
}
