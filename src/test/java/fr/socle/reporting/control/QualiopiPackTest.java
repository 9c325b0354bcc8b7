package fr.socle.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.reporting.control.QualiopiIndicators.Indicator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class QualiopiPackTest {

    @Test
    void thePackHasAnIndexWithEveryFigureAndACsvPerIndicatorWithItsRows() throws Exception {
        var figures = QualiopiIndicatorsTest.figures();
        var hours = HoursBreakdown.of(HoursBreakdownTest.ENTRIES, HoursBreakdown.Period.MONTH, QualiopiIndicatorsTest.PARIS);
        var contents = new QualiopiPack.Contents("Organisme <Test> & Cie", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), figures,
                List.of(QualiopiIndicatorsTest.r("Alice", "HOT", "5"), QualiopiIndicatorsTest.r("Emma", "COLD", "4.25")), hours, Map.of("org1", "Organisme 1"), List.of(List.of("P1", 1, "Programme un", "Savoir", "Aucun", "Quiz", "Oui", "0 €", "2 semaines",
                        "", "2026-01-01")),
                List.of(List.of("2026-03-01", "EMAIL", "RECLAMATION", "Mme X", "", "Retard", "Le formateur était en retard", "CLOSED", "Excuses",
                        "2026-03-02", "2026-03-05")), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] written = {0};
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            QualiopiPack.write(contents, zip, () -> written[0]++);
        }
        assertEquals(QualiopiPack.FILES, written[0], "one progress step per file");
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        assertEquals(QualiopiPack.FILES, 1 + 8 + 5);
        assertEquals(1 + 8 + 5, files.size(), "index, 8 indicators, responses, hours, programmes, complaints, actions: " + files.keySet());
        String index;
        try (PDDocument pdf = Loader.loadPDF(files.get("index.pdf"))) {
            index = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(pdf.getDocumentCatalog().getMarkInfo() != null && pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertEquals("fr", pdf.getDocumentCatalog().getLanguage());
        }
        assertTrue(index.contains("Organisme <Test> & Cie"), index);
        assertTrue(index.contains("6 / 10 (60,0 %)"), "completion: " + index);
        assertTrue(index.contains("7 / 12 (58,3 %)"), "positioning: " + index);
        assertTrue(index.contains("note moyenne 4,17 / 5 ; répondants 4 / 10 (40,0 %)"), "hot satisfaction: " + index);
        assertTrue(index.contains("2 réponse(s)"), "the responses given: " + index);
        String responses = new String(files.get("reponses-satisfaction.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(responses.contains("à froid;Emma;P1;2026-07-01;4.25"), responses);
        assertTrue(index.contains("taux-certification.csv"), index);
        assertTrue(index.contains("7 h 40"), "460 minutes delivered: " + index);
        for (String qualiopi : List.of("1", "2", "3", "8", "10", "11", "12", "30", "31", "32")) {
            assertTrue(index.matches(".*\\b" + qualiopi + "\\b.*"), qualiopi);
        }
        String certification = new String(files.get(QualiopiPack.file(Indicator.CERTIFICATION)), StandardCharsets.UTF_8);
        assertEquals(1 + 6, certification.strip().split("\r\n").length, certification);
        assertTrue(certification.contains("David;P1;TERMINE;2026-02-02;2026-07-01;AFF-3 CRT-3;oui"), certification);
        String complaints = new String(files.get("reclamations.csv"), StandardCharsets.UTF_8);
        assertTrue(complaints.contains("Le formateur était en retard"), complaints);
        String hoursCsv = new String(files.get("heures-realisees.csv"), StandardCharsets.UTF_8);
        assertTrue(hoursCsv.contains("Organisation;Organisme 1;250;4 h 10"), hoursCsv);
    }
}
