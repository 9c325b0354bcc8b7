package fr.socle.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.platform.HtmlPdf;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dossier's figures, files and CSVs from rows, checked by hand. */
class AgrementDossierTest {

    static AgrementDossier.Contents sample() {
        var sheet = new AgrementDossier.ProgrammeSheet("ELUS-NUM", 2, "Parcours élus", "Élus locaux", List.of("Piloter"), new BigDecimal("21"),
                "Un mandat", "Quiz", "Accessible", List.of(new AgrementDossier.ModuleLine("ELU1", "Stratégie", new BigDecimal("7.5"), "PRESENTIEL")));
        var trainer = new AgrementDossier.Trainer("t1", "Zoé Formatrice", 2,
                List.of(new AgrementDossier.Qualification("Titre REMN", "Ministère du travail", LocalDate.of(2020, 6, 1), null, null)));
        var s1 = new AgrementDossier.Session("s-2", "ELUS-NUM", "ELU1", "Session 2", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), "Mairie",
                List.of("Zoé Formatrice"), 3);
        var s2 = new AgrementDossier.Session("s-1", "ELUS-NUM", null, "Session 1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), null,
                List.of("Zoé Formatrice"), 4);
        var hours = List.of(new AgrementDossier.Hours("a", "Alice Élue", "ELUS-NUM", 210), new AgrementDossier.Hours("b", "Bruno Élu", "ELUS-NUM", 420),
                new AgrementDossier.Hours("a", "Alice Élue", "AUTRE", -30));
        var sheets = List.of(new AgrementDossier.SheetRef("h1", "s-1", LocalDate.of(2026, 1, 5), "MATIN"),
                new AgrementDossier.SheetRef("h2", "s-1", LocalDate.of(2026, 1, 5), "APRES_MIDI"));
        var documents = List.of(new AgrementDossier.DocumentRef("c1", "ASD7QWERTY", "ATTESTATION_ASSIDUITE", "Alice Élue", "ELUS-NUM", 210,
                Instant.parse("2026-03-03T10:00:00Z"), false), new AgrementDossier.DocumentRef("c2", "ASD8ASDFGH", "ATTESTATION_ASSIDUITE",
                "Bruno Élu", "ELUS-NUM", 420, Instant.parse("2026-03-04T10:00:00Z"), true));
        return new AgrementDossier.Contents("Organisme <Test> & Cie", "12345678900011", "AGR-2024-12", LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 12, 31), List.of(sheet), List.of(trainer), List.of(s1, s2), hours, sheets, documents);
    }

    @Test
    void theFiguresAreSumsAndCountsOfTheRows() {
        var f = AgrementDossier.figures(sample());
        assertEquals(1, f.programmes());
        assertEquals(1, f.trainers());
        assertEquals(2, f.sessions());
        assertEquals(7, f.learners(), "3 + 4 learners");
        assertEquals(2, f.elus(), "Alice and Bruno, Alice counted once");
        assertEquals(600, f.minutes(), "210 + 420 - 30: the corrections count");
        assertEquals(2, f.sheets());
        assertEquals(Map.of("ATTESTATION_ASSIDUITE", 2), f.documentsByKind());
    }

    @Test
    void fileNamesFollowTheDossiersLayoutAndCannotEscapeIt() {
        var c = sample();
        assertEquals(List.of("index.pdf", "programmes/ELUS-NUM.pdf", "formateurs.pdf", "sessions.csv", "heures-elus.csv",
                "emargement/s-1-2026-01-05-matin.pdf", "emargement/s-1-2026-01-05-apres-midi.pdf", "documents/ASD7QWERTY.pdf",
                "documents/ASD8ASDFGH.pdf"), AgrementDossier.files(c));
        assertEquals("programmes/.._x_y.pdf", AgrementDossier.programmeFile("../x/y"), "no directory but programmes/");
        assertFalse(AgrementDossier.programmeFile("../x/y").contains("/x"), AgrementDossier.programmeFile("../x/y"));
        assertEquals("_", AgrementDossier.safe(".."));
        assertEquals("_", AgrementDossier.safe(""));
    }

    @Test
    void theHoursCsvHasOneLinePerEluAndProgrammeAndTheIndexStatesTheirSum() {
        // a negative figure is kept away from spreadsheet formulas, as every CSV Socle writes
        var c = AgrementDossier.sorted(sample());
        String csv = new String(AgrementDossier.hoursCsv(c.hours()), StandardCharsets.UTF_8);
        assertEquals("\uFEFFelu;programme;minutes;heures\r\nAlice Élue;AUTRE;-30;'-0 h 30\r\nAlice Élue;ELUS-NUM;210;3 h 30\r\n"
                + "Bruno Élu;ELUS-NUM;420;7 h\r\n", csv);
        String index = AgrementDossier.indexHtml(c, "");
        assertTrue(index.contains("10 h (600 minutes)"), index);
        assertTrue(index.contains("Organisme &lt;Test&gt; &amp; Cie"), "values are escaped");
        assertTrue(index.contains("AGR-2024-12"));
        for (String file : AgrementDossier.files(c)) {
            assertTrue(index.contains(file), file + " is listed");
        }
        assertTrue(index.contains("révoqué"), "a revoked document says so");
    }

    @Test
    void theSessionsCsvListsProgrammeModuleDatesPlaceTrainersAndLearners() {
        var c = AgrementDossier.sorted(sample());
        String csv = new String(AgrementDossier.sessionsCsv(c.sessions()), StandardCharsets.UTF_8);
        assertEquals("\uFEFFprogramme;module;session;debut;fin;lieu;formateurs;apprenants\r\n"
                + "ELUS-NUM;;Session 1;2026-01-05;2026-01-06;;Zoé Formatrice;4\r\n"
                + "ELUS-NUM;ELU1;Session 2;2026-03-02;2026-03-02;Mairie;Zoé Formatrice;3\r\n", csv);
    }

    @Test
    void theProgrammeSheetStatesTheInformationTheLawAsksFor() {
        var p = sample().programmes().get(0);
        String html = AgrementDossier.programmeHtml(p, "Organisme", "");
        for (String expected : List.of("Parcours élus", "Élus locaux", "21 h", "Un mandat", "Quiz", "Accessible", "Piloter", "ELU1", "7,5 h",
                "présentiel")) {
            assertTrue(html.contains(expected), expected);
        }
    }

    @Test
    void theIndexTheSheetsAndTheTrainersLayOutAsPdfsWhoseTextStatesTheFigures() throws Exception {
        var renderer = HtmlPdf.shared();
        var c = AgrementDossier.sorted(sample());
        String css = HtmlPdf.templateText("document.css");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(renderer.render(AgrementDossier.indexHtml(c, css), Map.of()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("600 minutes"), text);
            assertTrue(text.contains("documents/ASD7QWERTY.pdf"), text);
            assertEquals("fr", pdf.getDocumentCatalog().getLanguage());
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(renderer.render(AgrementDossier.programmeHtml(c.programmes().get(0), "Organisme", css), Map.of()))) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).contains("Stratégie"));
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(renderer.render(AgrementDossier.trainersHtml(c.trainers(), "Organisme", c.from(), c.to(), css), Map.of()))) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).contains("Titre REMN"));
        }
    }
}
