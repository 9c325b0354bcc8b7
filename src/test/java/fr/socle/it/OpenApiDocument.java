package fr.socle.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST operations the server describes at {@code /openapi} (MicroProfile OpenAPI, asked for as JSON):
 * what the authorisation matrix and the malformed-input test walk through, so that a new route is never missed.
 */
final class OpenApiDocument {

    private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

    /** One parameter of an operation: its name, where it goes (path, query, header) and its declared type. */
    record Param(String name, String in, String type) {
    }

    /**
     * One operation. {@code path} always starts with {@code /api/v1/} (whatever the context root), the
     * form the matrix table uses; {@code consumes} are the request body's media types (empty: no body).
     */
    record Operation(String method, String path, List<Param> parameters, List<String> consumes) {

        String key() {
            return method + " " + path;
        }

        List<Param> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean hasBody() {
            return !consumes.isEmpty();
        }

        boolean consumesJson() {
            return consumes.stream().anyMatch(c -> c.startsWith("application/json"));
        }

        /** The path parameters in the order they appear in the path. */
        List<String> pathNames() {
            List<String> names = new ArrayList<>();
            Matcher m = PARAM.matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }
    }

    private OpenApiDocument() {
    }

    static List<Operation> read(Http http) {
        Http.Response r = http.send(HttpRequest.newBuilder(http.root("openapi")).header("Accept", "application/json").GET());
        if (r.status() != 200) {
            throw new AssertionError("GET /openapi: " + r.status() + " " + r.body());
        }
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            document = reader.readObject();
        }
        List<Operation> operations = new ArrayList<>();
        document.getJsonObject("paths").forEach((rawPath, item) -> {
            int api = rawPath.indexOf("/api/v1/");
            String path = api < 0 ? rawPath : rawPath.substring(api);
            item.asJsonObject().forEach((method, value) -> {
                if (value.getValueType() != JsonValue.ValueType.OBJECT || method.equals("parameters")) {
                    return;
                }
                JsonObject op = value.asJsonObject();
                List<Param> params = new ArrayList<>();
                for (JsonValue p : op.getJsonArray("parameters") == null ? List.<JsonValue>of() : op.getJsonArray("parameters")) {
                    JsonObject param = p.asJsonObject();
                    JsonObject schema = param.getJsonObject("schema");
                    params.add(new Param(param.getString("name"), param.getString("in"),
                            schema == null ? "string" : schema.getString("type", "object")));
                }
                List<String> consumes = new ArrayList<>();
                JsonObject body = op.getJsonObject("requestBody");
                if (body != null && body.getJsonObject("content") != null) {
                    consumes.addAll(body.getJsonObject("content").keySet());
                }
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, List.copyOf(params), List.copyOf(consumes)));
            });
        });
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return List.copyOf(operations);
    }
}
