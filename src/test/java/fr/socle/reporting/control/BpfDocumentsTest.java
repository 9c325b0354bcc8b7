package fr.socle.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.reporting.control.BpfFigures.Line;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The BPF workbook and PDF of {@link BpfFiguresTest}'s data set state the same figures as the computation (and as the CSV). */
class BpfDocumentsTest {

    final BpfFigures f = BpfFigures.of(BpfFiguresTest.Y, BpfFiguresTest.TRAINEES, BpfFiguresTest.HOURS);

    @Test
    void theWorkbookHasTheLinesOfF1AndF3AndTheLearners() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(BpfDocuments.xlsx(f, "Médiathèque")))) {
            assertEquals(List.of("F-1", "F-3", "Apprenants"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            Sheet f1 = wb.getSheet("F-1");
            // a to e, then total: 6 lines under the header
            assertEquals(6, f1.getLastRowNum());
            // c: 1 trainee, 25 h (1470 min), as hand-checked in BpfFiguresTest
            assertRow(f1.getRow(3), "c", 1, 25, 1470);
            // e: 5 trainees, 2000 min → 33 h
            assertRow(f1.getRow(5), "e", 5, 33, 2000);
            assertRow(f1.getRow(6), "total", 8, 60, 3604);
            Sheet f3 = wb.getSheet("F-3");
            // a, 6 sub-lines, b to f, total = 13 lines
            assertEquals(13, f3.getLastRowNum());
            assertRow(f3.getRow(1), "a", 3, 23, 1370);
            assertRow(f3.getRow(3), "a 5", 2, 13, 770);
            assertEquals("dont de niveau 5 (BTS, DUT, écoles de formation sanitaire et sociale…)", f3.getRow(3).getCell(2).getStringCellValue());
            // e bilans: 24 h after sharing out (see BpfFiguresTest)
            assertRow(f3.getRow(11), "e", 1, 24, 1470);
            assertRow(f3.getRow(13), "total", 8, 60, 3604);
            // the hours of F-3 lines a to f add up to the total
            double sum = 0;
            for (int r : new int[] {1, 8, 9, 10, 11, 12}) {
                sum += f3.getRow(r).getCell(4).getNumericCellValue();
            }
            assertEquals(60.0, sum);
            // learners: as many rows as in the CSV (37), "=Inès Garnier" defused
            Sheet learners = wb.getSheet("Apprenants");
            assertEquals(37, learners.getLastRowNum());
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= learners.getLastRowNum(); r++) {
                names.add(learners.getRow(r).getCell(3).getStringCellValue());
            }
            assertTrue(names.contains("'=Inès Garnier"), names::toString);
            assertEquals("non", learners.getRow(1 + names.indexOf("Camille Dubois") + 0).getCell(7) == null ? null
                    : findCounted(learners, "F-3", "d", "L01"));
        }
    }

    private static String findCounted(Sheet s, String frame, String line, String learner) {
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row.getCell(0).getStringCellValue().equals(frame) && row.getCell(1).getStringCellValue().equals(line)
                    && row.getCell(2).getStringCellValue().equals(learner)) {
                return row.getCell(7).getStringCellValue();
            }
        }
        return null;
    }

    private static void assertRow(Row row, String line, int trainees, long hours, long minutes) {
        assertEquals(line, row.getCell(1).getStringCellValue());
        assertEquals(trainees, (int) row.getCell(3).getNumericCellValue(), line + " trainees");
        assertEquals(hours, (long) row.getCell(4).getNumericCellValue(), line + " hours");
        assertEquals(minutes, (long) row.getCell(5).getNumericCellValue(), line + " minutes");
    }

    @Test
    void thePdfIsTaggedInFrenchAndStatesTheFigures() throws Exception {
        byte[] pdf = BpfDocuments.pdf(f, "Médiathèque de Lorient");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertEquals("fr", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "tagged");
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Bilan pédagogique et financier 2025"));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").replace("’ ", "’");
            assertTrue(text.contains("Médiathèque de Lorient"), text);
            assertTrue(text.contains("F-1. Type de stagiaires de l’organisme"), text);
            // each F-1 and F-3 line: letter, wording, trainees, hours
            for (Line l : Stream.concat(f.byType().stream(), f.byObjective().stream()).filter(l -> !l.detail()).toList()) {
                String row = l.line() + " " + l.label() + " " + l.trainees() + " " + l.hours();
                assertTrue(text.contains(row), () -> "missing: " + row + " in " + text);
            }
            assertTrue(text.contains("Personnes en recherche d’emploi formées par votre organisme de formation 1 25"), text);
            assertTrue(text.contains("Bilans de compétences 1 24"), text);
            assertTrue(text.contains("dont de niveau 5 (BTS, DUT, écoles de formation sanitaire et sociale…) 2 13"), text);
            assertTrue(text.contains("Total Total des stagiaires (F-1) 8 60"), text);
            assertTrue(text.contains("Total Total des stagiaires (F-3) 8 60"), text);
            // the learners behind a line, names escaped but printed as they are
            assertTrue(text.contains("=Inès Garnier"), text);
        }
    }
}
