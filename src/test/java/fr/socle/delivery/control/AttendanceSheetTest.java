package fr.socle.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.delivery.entity.HalfDay;
import fr.socle.delivery.entity.TrainingSession;
import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.entity.EnrolmentFixture;
import fr.socle.learning.boundary.Funding;
import fr.socle.identity.entity.Account;
import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.boundary.OrganisationKind;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The attendance sheet's CSV: what learners typed (names) and their browsers sent (user agents) never runs as a formula. */
class AttendanceSheetTest {

    static final Instant NOW = Instant.parse("2026-12-01T08:30:00Z");

    @Test
    void namesAndUserAgentsStartingLikeAFormulaAreDefusedCells() throws Exception {
        var version = EnrolmentFixture.cursus();
        Organisation org = new Organisation("Commune", OrganisationKind.COMMUNE, null, null, NOW);
        TrainingSession session = new TrainingSession(org, version, "TC1", "Session", "Mairie", 10, "f", NOW);
        HalfDay h = session.addHalfDay(LocalDate.of(2026, 12, 1), HalfDay.Period.MATIN, 540, 720, null, false);
        Map<String, String> attacks = Map.of("=HYPERLINK(\"http://evil.example\";\"x\")", "=cmd|' /C calc'!A0", "+33 6 12 34 56 78", "+SUM(1;2)",
                "-2+3", "-1+1", "@SOMME(A1:A9)", "@SUM(1)");
        int i = 0;
        for (var attack : attacks.entrySet()) {
            Account account = new Account("learner" + i++ + "@example.org", attack.getKey(), "hash", NOW);
            Enrolment e = new Enrolment(account, org, version, null, Funding.COLLECTIVITE, "admin@example.org", NOW);
            session.add(e);
            h.sign(e, "10.0.0.1", attack.getValue(), null, NOW);
        }
        h.seal("trainer", "10.0.0.9", null, NOW.plusSeconds(3600));

        byte[] bytes = new AttendanceSheet(session, id -> "=Formatrice", (x, y) -> 0).csv();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a BOM, like every other export");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertEquals(attacks.size(), rows.size());
        for (CSVRecord row : rows) {
            for (String column : List.of("apprenant", "navigateur", "contresigne_par")) {
                String cell = row.get(column);
                assertTrue(cell.startsWith("'"), column + " defused: " + cell);
                assertTrue("=+-@".indexOf(cell.charAt(1)) >= 0, cell);
            }
            assertTrue(attacks.containsKey(row.get("apprenant").substring(1)), "the name itself is kept after the apostrophe");
            assertEquals("0", row.get("corrections_minutes"), "numbers stay numbers");
        }
        assertFalse(text.lines().anyMatch(l -> l.contains(";=") || l.contains(";+") || l.contains(";@")), text);
    }
}
