package fr.socle.platform;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * Small optional JSON bodies read by hand ({"note": "…"}, {"drawing": "…", "code": "…"}): whatever the caller sent
 * that is not such an object (broken JSON, an array, a body nested too deep, for which Parsson throws a bare
 * RuntimeException) is a 400 with the route's own message, never a 500.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** The body as a JSON object; null when the body is empty. */
    public static JsonObject object(String body, String badKey) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw Problem.badRequest(badKey);
        }
    }

    /** A text field of an object read by {@link #object}: null when absent or null, 400 when not a string. */
    public static String string(JsonObject json, String field, String badKey) {
        JsonValue value = json == null ? null : json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw Problem.badRequest(badKey);
    }
}
