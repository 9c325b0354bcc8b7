package fr.socle.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The QR code's short-lived codes: the current and the previous time step only, one half-day only, one key only. */
class SignCodesTest {

    static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);
    /** The start of a 60-second step. */
    static final Instant T = Instant.parse("2026-12-05T09:00:00Z");
    final SignCodes codes = new SignCodes(KEY, 60);

    @Test
    void theCodeShownIsAcceptedDuringItsStepAndTheNextOneOnly() {
        String shown = codes.code("S", "H", T);
        assertEquals(8, shown.length());
        assertTrue(shown.matches("[0-9A-HJKMNP-TV-Z]{8}"), shown);
        assertEquals(shown, codes.code("S", "H", T.plusSeconds(59)), "the same code for the whole step");
        assertNotEquals(shown, codes.code("S", "H", T.plusSeconds(60)), "renewed at the next step");
        assertTrue(codes.accepts("S", "H", shown, T));
        assertTrue(codes.accepts("S", "H", shown, T.plusSeconds(59)));
        assertTrue(codes.accepts("S", "H", shown, T.plusSeconds(60)), "the previous step is accepted (the code just changed)");
        assertTrue(codes.accepts("S", "H", shown, T.plusSeconds(119)));
        assertFalse(codes.accepts("S", "H", shown, T.plusSeconds(120)), "two steps later: refused");
        assertFalse(codes.accepts("S", "H", shown, T.plusSeconds(86_400)), "yesterday's photo signs nothing today");
        assertFalse(codes.accepts("S", "H", shown, T.minusSeconds(1)), "nor a code from the future");
        assertEquals(T.plusSeconds(120), codes.validUntil(T.plusSeconds(30)));
    }

    @Test
    void aCodeSignsOnlyItsOwnHalfDayAndSession() {
        String shown = codes.code("S", "H", T);
        assertFalse(codes.accepts("S", "H2", shown, T), "another half-day of the session");
        assertFalse(codes.accepts("S2", "H", shown, T), "another session");
        assertFalse(new SignCodes("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII), 60).accepts("S", "H", shown, T),
                "another instance's key");
        assertNotEquals(codes.code("S", "H", T), codes.code("S", "H2", T));
    }

    @Test
    void aTypedCodeMayBeGroupedInLowerCaseWithLookAlikesButNothingElse() {
        String shown = codes.code("S", "H", T);
        assertTrue(codes.accepts("S", "H", SignCodes.grouped(shown).toLowerCase(), T));
        assertTrue(codes.accepts("S", "H", " " + shown.substring(0, 4) + " " + shown.substring(4) + " ", T));
        assertTrue(codes.accepts("S", "H", shown.replace('0', 'O').replace('1', 'I'), T));
        assertEquals(9, SignCodes.grouped(shown).length());
        for (String forged : new String[] {null, "", "AAAAAAAA", shown.substring(1), shown + "0", "é" + shown.substring(1), "x".repeat(10_000),
                "' OR 1=1 --"}) {
            assertFalse(codes.accepts("S", "H", forged, T), String.valueOf(forged));
        }
        assertNull(SignCodes.normalised("ABCU1234"), "U is not in the alphabet");
        assertFalse(codes.accepts(null, "H", shown, T));
    }

    @Test
    void aShortKeyOrStepIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SignCodes(new byte[15], 60));
        assertThrows(IllegalArgumentException.class, () -> new SignCodes(null, 60));
        assertThrows(IllegalArgumentException.class, () -> new SignCodes(KEY, 0));
    }
}
