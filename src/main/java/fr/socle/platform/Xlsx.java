package fr.socle.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel workbook (.xlsx) of named sheets, each a bold header row (frozen, so it stays in view) and
 * typed rows: text, integers ({@link Integer}, {@link Long}, {@link Short}, {@link BigInteger}),
 * decimals ({@link Double}, {@link Float}, {@link BigDecimal}), dates ({@link LocalDate}) and
 * date-times ({@link Instant}, shown in Paris time, or {@link LocalDateTime}); booleans as oui/non;
 * null as an empty cell. Text that a spreadsheet would run as a formula (starting with = + - @, tab,
 * return) is defused exactly as {@link SpreadsheetCsv#cell} does, behind an apostrophe. Column widths
 * fit the longest value (within bounds) unless given.
 *
 * <pre>
 * byte[] xlsx = new Xlsx()
 *         .sheet("F-1", List.of("Ligne", "Stagiaires", "Heures")).row("a", 3, 12L).row("total", 3, 12L)
 *         .sheet("Apprenants", List.of("Nom", "Entrée")).row("Camille Dubois", LocalDate.of(2025, 3, 10))
 *         .bytes();
 * </pre>
 * Not thread-safe: one instance per file.
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final List<SheetData> sheets = new ArrayList<>();

    private record SheetData(String name, List<String> header, List<List<Object>> rows, int[] widths) {
    }

    /** A new sheet, its name made valid for Excel (31 characters, no []:*?/\); the rows that follow go to it. */
    public Xlsx sheet(String name, List<String> header) {
        sheets.add(new SheetData(WorkbookUtil.createSafeSheetName(name), List.copyOf(header), new ArrayList<>(), null));
        return this;
    }

    /** A row of the current sheet. */
    public Xlsx row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    /** A row of the current sheet. */
    public Xlsx row(List<?> cells) {
        if (sheets.isEmpty()) {
            throw new IllegalStateException("a row before any sheet");
        }
        sheets.get(sheets.size() - 1).rows().add(new ArrayList<>(cells));
        return this;
    }

    /** Rows of the current sheet. */
    public Xlsx rows(List<? extends List<?>> rows) {
        rows.forEach(this::row);
        return this;
    }

    /** Column widths of the current sheet, in characters. */
    public Xlsx widths(int... characters) {
        SheetData s = sheets.remove(sheets.size() - 1);
        sheets.add(new SheetData(s.name(), s.header(), s.rows(), characters.clone()));
        return this;
    }

    /** The workbook's bytes. */
    public byte[] bytes() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(boldFont);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            head.setWrapText(true);
            var formats = wb.createDataFormat();
            CellStyle integer = wb.createCellStyle();
            integer.setDataFormat(formats.getFormat("0"));
            CellStyle decimal = wb.createCellStyle();
            decimal.setDataFormat(formats.getFormat("0.00"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(formats.getFormat("dd/mm/yyyy hh:mm"));
            for (SheetData data : sheets) {
                Sheet sheet = wb.createSheet(data.name());
                int[] longest = new int[data.header().size()];
                Row header = sheet.createRow(0);
                for (int i = 0; i < data.header().size(); i++) {
                    Cell c = header.createCell(i);
                    c.setCellValue(data.header().get(i));
                    c.setCellStyle(head);
                    longest[i] = data.header().get(i).length();
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<Object> values : data.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        if (v == null) {
                            continue;
                        }
                        Cell c = row.createCell(i);
                        int shown;
                        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof BigInteger) {
                            c.setCellValue(((Number) v).doubleValue());
                            c.setCellStyle(integer);
                            shown = v.toString().length();
                        } else if (v instanceof Number n) {
                            c.setCellValue(n.doubleValue());
                            c.setCellStyle(decimal);
                            shown = 10;
                        } else if (v instanceof LocalDate d) {
                            c.setCellValue(d);
                            c.setCellStyle(date);
                            shown = 10;
                        } else if (v instanceof Instant || v instanceof LocalDateTime) {
                            c.setCellValue(v instanceof Instant t ? LocalDateTime.ofInstant(t, Formats.PARIS) : (LocalDateTime) v);
                            c.setCellStyle(dateTime);
                            shown = 16;
                        } else if (v instanceof Boolean b) {
                            c.setCellValue(b ? "oui" : "non");
                            shown = 3;
                        } else {
                            String text = SpreadsheetCsv.cell(v);
                            c.setCellValue(text);
                            shown = text.length();
                        }
                        if (i < longest.length) {
                            longest[i] = Math.max(longest[i], shown);
                        }
                    }
                }
                for (int i = 0; i < longest.length; i++) {
                    int chars = data.widths() != null && i < data.widths().length ? data.widths()[i] : Math.min(60, Math.max(8, longest[i] + 2));
                    sheet.setColumnWidth(i, Math.min(255, chars) * 256);
                }
            }
            if (sheets.isEmpty()) {
                wb.createSheet("Feuille 1");
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
