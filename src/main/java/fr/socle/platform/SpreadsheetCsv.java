package fr.socle.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files people open in a spreadsheet: UTF-8 with a BOM (so that the accents survive), a header
 * line, and no cell a spreadsheet would run as a formula.
 */
public final class SpreadsheetCsv {

    /** Semicolons and CRLF: what a French spreadsheet opens in columns (the reports' and exports' CSV files). */
    public static final CSVFormat FRENCH = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private SpreadsheetCsv() {
    }

    public static byte[] write(CSVFormat format, List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, format.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A value as a cell: numbers as they are; text starting like a formula (=, +, -, @, tab, return) behind an apostrophe. */
    public static String cell(Object value) {
        if (value instanceof Number) {
            return value.toString();
        }
        String s = value == null ? "" : value.toString();
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
