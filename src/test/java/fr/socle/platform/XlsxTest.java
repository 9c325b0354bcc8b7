package fr.socle.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTest {

    static XSSFWorkbook read(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void namedSheetsWithABoldFrozenHeaderAndTypedCells() throws Exception {
        byte[] bytes = new Xlsx()
                .sheet("Figures", List.of("Nom", "Heures", "Taux", "Le", "À"))
                .row("Camille Dubois", 12, new BigDecimal("10.50"), LocalDate.of(2025, 3, 10), Instant.parse("2025-12-31T22:30:00Z"))
                .row("=SUM(A1)", 3L, 0.25, null, null)
                .row("+33 6", -2, null, null, null)
                .sheet("Autre: [x]", List.of("a")).row(true)
                .bytes();
        try (XSSFWorkbook wb = read(bytes)) {
            assertEquals(2, wb.getNumberOfSheets());
            Sheet s = wb.getSheet("Figures");
            assertNotNull(s);
            assertEquals("Autre   x ", wb.getSheetName(1), "characters Excel refuses in a sheet name are replaced");
            Row header = s.getRow(0);
            assertEquals("Nom", header.getCell(0).getStringCellValue());
            assertTrue(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), "a bold header");
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), "the header row is frozen");
            assertTrue(s.getPaneInformation().isFreezePane());
            Row r1 = s.getRow(1);
            assertEquals(CellType.NUMERIC, r1.getCell(1).getCellType());
            assertEquals(12.0, r1.getCell(1).getNumericCellValue());
            assertEquals("0", r1.getCell(1).getCellStyle().getDataFormatString());
            assertEquals(10.5, r1.getCell(2).getNumericCellValue());
            assertEquals("0.00", r1.getCell(2).getCellStyle().getDataFormatString());
            assertTrue(DateUtil.isCellDateFormatted(r1.getCell(3)));
            assertEquals(LocalDateTime.of(2025, 3, 10, 0, 0), r1.getCell(3).getLocalDateTimeCellValue());
            // 22:30 UTC on 31 December is 23:30 in Paris
            assertEquals(LocalDateTime.of(2025, 12, 31, 23, 30), r1.getCell(4).getLocalDateTimeCellValue());
            // text that would run as a formula is defused as in the CSV files; negative numbers stay numbers
            assertEquals(CellType.STRING, s.getRow(2).getCell(0).getCellType());
            assertEquals("'=SUM(A1)", s.getRow(2).getCell(0).getStringCellValue());
            assertEquals("'+33 6", s.getRow(3).getCell(0).getStringCellValue());
            assertEquals(-2.0, s.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(null, s.getRow(2).getCell(3), "null is an empty cell");
            assertEquals("oui", wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue());
            // widths fit the longest value: "Camille Dubois" 14 + 2 characters
            assertEquals(16 * 256, s.getColumnWidth(0));
        }
    }

    @Test
    void givenWidthsAndAnEmptyWorkbook() throws Exception {
        byte[] bytes = new Xlsx().sheet("S", List.of("a", "b")).widths(30, 5).bytes();
        try (XSSFWorkbook wb = read(bytes)) {
            assertEquals(30 * 256, wb.getSheetAt(0).getColumnWidth(0));
            assertEquals(5 * 256, wb.getSheetAt(0).getColumnWidth(1));
            assertEquals(0, wb.getSheetAt(0).getLastRowNum());
        }
        try (XSSFWorkbook wb = read(new Xlsx().bytes())) {
            assertEquals(1, wb.getNumberOfSheets());
        }
        assertThrows(IllegalStateException.class, () -> new Xlsx().row("no sheet"));
    }
}
