package fr.socle.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LivretTest {

    static final Livret LIVRET = new Livret("Camille Dubois", "camille@example.org", "Commune de Lorient (SIRET 21560121400018)",
            Instant.parse("2026-01-15T09:00:00Z"), null,
            List.of(new Livret.Training("CMN", "Cursus médiation numérique", null, "Médiathèque", LocalDate.of(2025, 3, 10),
                            LocalDate.of(2025, 6, 20), "Terminé", 620),
                    new Livret.Training("AGENTS", "Parcours agents d’accueil", "M2 Accueillir les publics", "CDG 56", LocalDate.of(2025, 9, 15),
                            null, "En formation", 90)),
            List.of(new Livret.Document("Certificat", "Cursus médiation numérique", "CRT-7K3M9Q2X", LocalDate.of(2025, 6, 30), true,
                            "Document valide"),
                    new Livret.Document("Attestation d’assiduité", "Parcours élus", "ASD-2B4C6D8F", LocalDate.of(2024, 5, 2), false,
                            "Document révoqué")));

    @Test
    void thePdfListsTrainingsWithHoursAndDocumentsWithTheirState() throws Exception {
        // 620 + 90 = 710 min = 11 h 50
        assertEquals(710, LIVRET.minutes());
        try (PDDocument doc = Loader.loadPDF(LIVRET.pdf())) {
            assertEquals("fr", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").replace("’ ", "’");
            assertTrue(text.contains("Livret individuel de formation — Camille Dubois"), text);
            assertTrue(text.contains("Employeur : Commune de Lorient (SIRET 21560121400018)"), text);
            assertTrue(text.contains("Cursus médiation numérique Médiathèque 10/03/2025 20/06/2025 Terminé " + LIVRET.trainings().get(0).hours()), text);
            assertTrue(text.contains("Parcours agents d’accueil — module M2 Accueillir les publics CDG 56 15/09/2025"), text);
            assertTrue(text.contains("Formations suivies (2, " + fr.socle.learning.control.HoursLedger.hours(710) + ")"), text);
            assertTrue(text.contains("CRT-7K3M9Q2X 30/06/2025 Document valide"), text);
            assertTrue(text.contains("ASD-2B4C6D8F 02/05/2024 Document révoqué"), text);
            assertTrue(text.contains("(1 valables sur 2)"), text);
        }
    }
}
