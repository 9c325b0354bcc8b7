package fr.socle.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.catalogue.entity.ProgrammeVersion;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The attendance sheet's CSV: what learners typed (names) and their browsers sent (user agents) never runs as a formula.
 * Its PDF: laid out by the one document path (tagged, in French), every line, drawing and correction on it.
 */
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

    /** A small PNG with a stroke on it, as a signature pad sends it. */
    static String drawing() throws Exception {
        var image = new java.awt.image.BufferedImage(240, 80, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.drawLine(10, 60, 230, 15);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(out.toByteArray());
    }

    @Test
    void thePdfIsATaggedDocumentWithEveryLineDrawingAndCorrection() throws Exception {
        var version = EnrolmentFixture.cursus();
        Organisation org = new Organisation("Commune de Saint-Lô", OrganisationKind.COMMUNE, null, null, NOW);
        TrainingSession session = new TrainingSession(org, version, "TC1", "Session <de> test", "Mairie", 10, "f", NOW);
        HalfDay room = session.addHalfDay(LocalDate.of(2026, 12, 1), HalfDay.Period.MATIN, 540, 720, null, false);
        HalfDay online = session.addHalfDay(LocalDate.of(2026, 12, 1), HalfDay.Period.APRES_MIDI, 810, 990, null, true);
        Enrolment drawn = learner(session, org, version, "Camille Dubois");
        Enrolment absent = learner(session, org, version, "Jean Martin \u4E2D");
        String drawing = drawing();
        room.sign(drawn, "10.0.0.1", "Mozilla/5.0 Firefox/130.0", drawing, NOW);
        room.seal("trainer", "10.0.0.9", drawing, NOW.plusSeconds(3600));
        online.sign(drawn, "10.0.0.2", "Mozilla/5.0 (X11) Chrome/131.0.0.0 Safari/537.36", null, NOW.plusSeconds(20000));

        var sheet = new AttendanceSheet(session, id -> "Formatrice Durand", (h, e) -> 4);
        var values = sheet.values(session.getHalfDays());
        @SuppressWarnings("unchecked")
        var days = (List<Map<String, Object>>) values.get("halfDays");
        assertEquals(2, days.size());
        byte[] pdf = sheet.pdf();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Feuille d'émargement") && text.contains("Session <de> test - Mairie"), text);
            assertTrue(text.contains("Organisme : Commune de Saint-Lô"), text);
            assertTrue(text.contains("Camille Dubois : signé le") && text.contains("signature manuscrite") && text.contains("non signé"), text);
            assertTrue(text.contains("Contre-signé par Formatrice Durand le"), text);
            assertTrue(text.contains("Contre-signé par") && text.contains("feuille scellée") && text.contains("Pas encore contre-signée"), text);
            assertTrue(text.contains("à distance") && text.contains("connecté le") && text.contains("Chrome/131.0.0.0")
                    && text.contains("4 événement(s) d'activité"), text);
            assertTrue(text.contains("Jean Martin \uFFFD"), "a character the fonts lack is a replacement, not a failure: " + text);
            assertEquals("fr", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked() && doc.getDocumentCatalog().getStructureTreeRoot() != null, "tagged");
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Feuille d'émargement - Session <de> test"));
            int images = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertEquals(2, images, "the learner's drawn signature and the trainer's counter-signature, the same drawing twice");
        }
        try (var doc = Loader.loadPDF(sheet.pdf(online))) {
            String text = new PDFTextStripper().getText(doc);
            assertFalse(text.contains("matin"), "only the half-day asked for: " + text);
        }
    }

    private static Enrolment learner(TrainingSession session, Organisation org, ProgrammeVersion version, String name) {
        Account account = new Account(name.hashCode() + "@example.org", name, "hash", NOW);
        Enrolment e = new Enrolment(account, org, version, null, Funding.COLLECTIVITE, "admin@example.org", NOW);
        session.add(e);
        return e;
    }
}
