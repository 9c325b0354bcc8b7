package fr.socle.export.control;

import fr.socle.export.boundary.ExportKind;
import fr.socle.platform.Period;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an export is asked for: an organisation, a period (both days included) and, for the kinds that
 * take one, a programme. Kept on the job as JSON text with the export's kind ({@link #json}).
 *
 * @param programme a programme's code, or {@code null} for all
 */
public record ExportRequest(String organisationId, LocalDate from, LocalDate to, String programme) {

    /** The longest period an export covers: an agrément runs 4 years, the evidence is kept 6. */
    public static final int MAX_YEARS = 6;

    public ExportRequest {
        if (organisationId == null || organisationId.isBlank()) {
            throw new IllegalArgumentException("organisation");
        }
        if (from == null || to == null || to.isBefore(from) || from.plusYears(MAX_YEARS).isBefore(to)
                || !Period.inRange(from) || !Period.inRange(to)) {
            throw new IllegalArgumentException("period");
        }
        if (programme != null && (programme.isBlank() || programme.length() > 40 || programme.contains("\n") || programme.contains("="))) {
            throw new IllegalArgumentException("programme");
        }
    }

    /** The default period of the page: the last two years, to today. */
    public static LocalDate[] lastTwoYears(LocalDate today) {
        return new LocalDate[] {today.minusYears(2).plusDays(1), today};
    }

    /** The job's parameters: {@code {"export": kind, "from": day, "to": day, "programme": code}} (no programme for all). */
    public String json(ExportKind kind) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("export", kind.name()).add("from", from.toString()).add("to", to.toString());
        if (programme != null) {
            o.add("programme", programme);
        }
        return o.build().toString();
    }

    /** Reads {@link #json} back (the request). */
    public static ExportRequest fromJson(String organisationId, String json) {
        JsonObject o = read(json);
        try {
            return new ExportRequest(organisationId, LocalDate.parse(o.getString("from")), LocalDate.parse(o.getString("to")),
                    o.getString("programme", null));
        } catch (DateTimeParseException | NullPointerException | ClassCastException e) {
            throw new IllegalArgumentException("parameters", e);
        }
    }

    /** Reads {@link #json} back (the kind). */
    public static ExportKind kindOf(String json) {
        try {
            return ExportKind.valueOf(read(json).getString("export"));
        } catch (NullPointerException | ClassCastException e) {
            throw new IllegalArgumentException("parameters", e);
        }
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("parameters", e);
        }
    }

    /** The same as "key=value" lines. */
    public String parameters() {
        return "from=" + from + "\nto=" + to + (programme == null ? "" : "\nprogramme=" + programme);
    }

    /** Reads {@link #parameters()} back. */
    public static ExportRequest parse(String organisationId, String parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : parameters.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        try {
            return new ExportRequest(organisationId, LocalDate.parse(values.get("from")), LocalDate.parse(values.get("to")),
                    values.get("programme"));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("parameters", e);
        }
    }
}
