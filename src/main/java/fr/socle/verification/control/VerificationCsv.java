package fr.socle.verification.control;

import fr.socle.platform.SpreadsheetCsv;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV files of bulk verification: in, one code per line in the first column (a header line
 * "code" is allowed; commas or semicolons, as spreadsheets write them); out, one line per code with
 * what the public verification says. Spreadsheet formulas are neutralised in the output.
 */
public final class VerificationCsv {

    public static final int MAX_CODES = 10_000;
    /** The largest file of codes taken (page and API): 10,000 codes take far less. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    public static final List<String> HEADER = List.of("code", "status", "document", "holder", "title", "specialisations", "hours", "level",
            "issued_at", "expires_on", "revoked_at", "revocation_reason", "superseded_by", "issuer");

    private VerificationCsv() {
    }

    /** The codes of a file, in order, blanks skipped; refuses a file with more than {@link #MAX_CODES}. */
    public static List<String> codes(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = text.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        List<String> codes = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            for (CSVRecord r : parser) {
                String value = r.size() == 0 ? "" : r.get(0).strip();
                if (value.isEmpty() || (r.getRecordNumber() == 1 && value.equalsIgnoreCase("code"))) {
                    continue;
                }
                codes.add(value);
                if (codes.size() > MAX_CODES) {
                    throw new IllegalArgumentException("at most " + MAX_CODES + " codes per file");
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("unreadable CSV: " + e.getMessage());
        }
        return codes;
    }

    /** Writes lines under {@link #HEADER} (or another header), UTF-8 with a BOM so that spreadsheets read the accents. */
    public static byte[] write(List<String> header, List<List<Object>> lines) {
        return SpreadsheetCsv.write(CSVFormat.DEFAULT, header, lines);
    }
}
