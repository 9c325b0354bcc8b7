package fr.socle.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void aCodeIsThePrefixAndEightUnambiguousCharacters() {
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCodes.generate("SOC");
            assertTrue(code.matches("SOC-[A-HJKMNP-Z2-9]{8}"), code);
            assertTrue(VerificationCodes.wellFormed(code), code);
            assertTrue(code.substring(4).chars().noneMatch(c -> "ILO01".indexOf(c) >= 0), code);
        }
    }

    @Test
    void codesAreRandomNotSequential() {
        Set<String> seen = new HashSet<>();
        Map<Character, Integer> firsts = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            String code = VerificationCodes.generate("AT");
            assertTrue(seen.add(code), "no repeat in 20,000 draws: " + code);
            firsts.merge(code.charAt(3), 1, Integer::sum);
        }
        assertEquals(VerificationCodes.ALPHABET.length(), firsts.size(), "every symbol comes first sometimes");
        firsts.values().forEach(n -> assertTrue(n > 400 && n < 900, "about 645 each: " + firsts));
    }

    @Test
    void typedCodesAreNormalisedAndMalformedOnesRecognised() {
        assertEquals("SOC-7KX3M9QA", VerificationCodes.normalise(" soc 7kx3 m9qa "));
        assertEquals("SOC-7KX3M9QA", VerificationCodes.normalise("SOC7KX3M9QA"));
        assertTrue(VerificationCodes.wellFormed(VerificationCodes.normalise("soc-7kx3-m9qa")));
        assertFalse(VerificationCodes.wellFormed("SOC-7KX3M9Q0"), "0 is not in the alphabet");
        assertFalse(VerificationCodes.wellFormed("SOC-7KX3M9Q"), "too short");
        assertFalse(VerificationCodes.wellFormed(VerificationCodes.normalise("' OR 1=1 --")));
        assertFalse(VerificationCodes.wellFormed(null));
        assertThrows(IllegalArgumentException.class, () -> VerificationCodes.generate("s0c"));
    }
}
