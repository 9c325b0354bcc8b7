package fr.socle.learning.control;

import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.boundary.Funding;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a file of enrolments: UTF-8, ';' or ',' separated, a header line with the columns
 * email, programme and optionally module, financement (funding), specialisations (codes separated
 * by '|'), positionnement (the positioning result at entry, at most {@link Enrolment#POSITIONING_MAX} characters). Checks what the file alone can tell; the facade checks the rest (accounts, programmes).
 */
public final class EnrolmentCsv {

    public static final int MAX_ROWS = 5_000;
    /** The largest file taken (page and API): 5,000 lines of about a kilobyte. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    static final Set<String> COLUMNS = Set.of("email", "programme", "module", "financement", "specialisations", "positionnement");

    /** One line of the file, with everything wrong with it. */
    public record Row(int line, String email, String programme, String module, Funding funding, List<String> specialisations,
                      String positioning, List<String> problems) {
    }

    /** The file's rows, or why the file as a whole cannot be read. */
    public record Parsed(List<Row> rows, List<String> fileProblems) {
        public boolean clean() {
            return fileProblems.isEmpty() && rows.stream().allMatch(r -> r.problems().isEmpty());
        }
    }

    private EnrolmentCsv() {
    }

    public static Parsed parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(), List.of("socle.csv.notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Parsed(List.of(), List.of("socle.csv.empty"));
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            List<String> fileProblems = new ArrayList<>();
            if (!header.contains("email") || !header.contains("programme")) {
                fileProblems.add("socle.csv.missingColumns");
            }
            header.stream().filter(h -> !COLUMNS.contains(h)).findFirst().ifPresent(h -> fileProblems.add("socle.csv.unknownColumn"));
            if (!fileProblems.isEmpty()) {
                return new Parsed(List.of(), fileProblems);
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    return new Parsed(List.of(), List.of("socle.csv.tooLong"));
                }
                rows.add(row(record, parser.getHeaderNames()));
            }
            if (rows.isEmpty()) {
                return new Parsed(List.of(), List.of("socle.csv.noRow"));
            }
            return new Parsed(rows, List.of());
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Parsed(List.of(), List.of("socle.csv.unreadable"));
        }
    }

    private static Row row(CSVRecord record, List<String> headerNames) {
        List<String> problems = new ArrayList<>();
        int line = (int) record.getParser().getCurrentLineNumber();
        if (!record.isConsistent()) {
            problems.add("socle.csv.columnCount");
        }
        String email = value(record, headerNames, "email");
        String programme = value(record, headerNames, "programme");
        String module = value(record, headerNames, "module");
        String funding = value(record, headerNames, "financement");
        String specialisations = value(record, headerNames, "specialisations");
        String positioning = value(record, headerNames, "positionnement");
        if (positioning != null && positioning.length() > Enrolment.POSITIONING_MAX) {
            problems.add("socle.csv.badPositioning");
        }
        if (email == null || !email.matches("[^@\\s;,]+@[^@\\s;,]+\\.[^@\\s;,]+") || email.length() > 254) {
            problems.add("socle.csv.badEmail");
        }
        if (programme == null) {
            problems.add("socle.csv.noProgramme");
        }
        Funding f = null;
        if (funding != null) {
            try {
                f = Funding.valueOf(funding.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("socle.csv.badFunding");
            }
        }
        List<String> specs = specialisations == null ? List.of()
                : Arrays.stream(specialisations.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Row(line, email == null ? null : email.toLowerCase(Locale.ROOT), programme == null ? null : programme.toUpperCase(Locale.ROOT),
                module == null ? null : module.toUpperCase(Locale.ROOT), f, specs, positioning, problems);
    }

    private static String value(CSVRecord record, List<String> headerNames, String column) {
        for (String name : headerNames) {
            if (name.strip().equalsIgnoreCase(column) && record.isSet(name)) {
                String v = record.get(name);
                return v == null || v.isBlank() ? null : v.strip();
            }
        }
        return null;
    }
}
