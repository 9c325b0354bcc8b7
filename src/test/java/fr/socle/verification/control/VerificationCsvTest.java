package fr.socle.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationCsvTest {

    private static byte[] csv(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void codesFromTheFirstColumnWithOrWithoutAHeaderBlanksSkipped() {
        assertEquals(List.of("CRT-ABCDEFGH", "aff-2345 6789"), VerificationCsv.codes(csv("code\nCRT-ABCDEFGH\n\n aff-2345 6789 \n")));
        assertEquals(List.of("CRT-ABCDEFGH", "CRE-ABCDEFGH"), VerificationCsv.codes(csv("\uFEFFCRT-ABCDEFGH;Dupont\nCRE-ABCDEFGH;Martin\n")));
        assertEquals(List.of("CRT-ABCDEFGH"), VerificationCsv.codes(csv("\"CRT-ABCDEFGH\",\"x, y\"\n")));
        assertEquals(List.of(), VerificationCsv.codes(csv("")));
    }

    @Test
    void aFileWithTooManyCodesIsRefused() {
        String many = "CRT-ABCDEFGH\n".repeat(VerificationCsv.MAX_CODES + 1);
        assertThrows(IllegalArgumentException.class, () -> VerificationCsv.codes(csv(many)));
        assertEquals(VerificationCsv.MAX_CODES, VerificationCsv.codes(csv("CRT-ABCDEFGH\n".repeat(VerificationCsv.MAX_CODES))).size());
    }

    @Test
    void theAnswerHasAHeaderKeepsAccentsAndDefusesFormulas() {
        String out = new String(VerificationCsv.write(VerificationCsv.HEADER,
                List.of(Arrays.asList("CRT-ABCDEFGH", "VALID", "CERTIFICAT", "=HYPERLINK(\"x\")", "Cursus Médiation numérique", null, "280 h", 5,
                        null, null, null, null, null, "Médiation Plus"))), StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\uFEFFcode,status,document,holder"), out);
        assertTrue(out.contains("'=HYPERLINK"), out);
        assertTrue(out.contains("Cursus Médiation numérique"), out);
        assertEquals(2, out.strip().split("\r\n").length);
    }
}
