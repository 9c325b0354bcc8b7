package fr.socle.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for the integration tests: real requests to the deployed WAR. */
public final class Http {

    /** Set in pom.xml (failsafe environment) for the ITs' first platform administrator. */
    public static final String ADMIN_EMAIL = "admin@socle.test";
    public static final String ADMIN_PASSWORD = "Admin-test-2026!";
    public static final String DEMO_PASSWORD = "Demo-Socle-2026";

    private final URI base;
    private final HttpClient client;

    public Http(URL deployment) {
        this(deployment, false);
    }

    /** With cookies (a browser-like session) when {@code session} is true. */
    public Http(URL deployment, boolean session) {
        this.base = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (session) {
            builder.cookieHandler(new CookieManager());
        }
        this.client = builder.build();
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** The server's root (health, metrics and OpenAPI live there, not under the application). */
    public URI root(String path) {
        return base.resolve("/" + (path.startsWith("/") ? path.substring(1) : path));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any body type, for downloads (zip, PDF). */
    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path, String token) {
        return send(authorise(HttpRequest.newBuilder(uri(path)).GET(), token));
    }

    public Response post(String path, String token, String json) {
        return send(authorise(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token));
    }

    public Response put(String path, String token, String json) {
        return send(authorise(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), token));
    }

    public Response delete(String path, String token) {
        return send(authorise(HttpRequest.newBuilder(uri(path)).DELETE(), token));
    }

    public Response form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A new organisation of this kind, created with a platform administrator's token: its id. */
    public String newOrganisation(String platformToken, String name, String kind) {
        Response r = post("api/v1/organisations", platformToken, "{\"name\":" + q(Fixtures.unique(name)) + ",\"kind\":" + q(kind) + "}");
        if (r.status() != 201) {
            throw new AssertionError("organisation refused: " + r);
        }
        return r.json().getString("id");
    }

    /** A new account with one role in an organisation and the password {@link #passwordOf(String)}: its id and email. */
    public JsonObject newAccount(String platformToken, String organisationId, String role, String displayName) {
        String email = Fixtures.email(role.toLowerCase());
        Response r = post("api/v1/accounts", platformToken, "{\"email\":" + q(email) + ",\"displayName\":" + q(displayName)
                + ",\"password\":" + q(passwordOf(email)) + ",\"roles\":[{\"organisationId\":" + q(organisationId) + ",\"role\":" + q(role) + "}]}");
        if (r.status() != 201) {
            throw new AssertionError("account refused: " + r);
        }
        return r.json();
    }

    /** An account made by {@link #newSignedIn}, with a bearer token of its own. */
    public record SignedIn(String id, String email, String token) {
    }

    /** A new account with one role in an organisation, signed in (a bearer token). */
    public SignedIn newSignedIn(String platformToken, String organisationId, String role, String displayName) {
        JsonObject account = newAccount(platformToken, organisationId, role, displayName);
        String email = account.getString("email");
        return new SignedIn(account.getString("id"), email, token(email, passwordOf(email)));
    }

    /** The password of the accounts {@link #newAccount} creates. */
    public static String passwordOf(String email) {
        return "Password-" + email;
    }

    /** A bearer token for these credentials (fails the test if refused). */
    public String token(String email, String password) {
        Response r = send(HttpRequest.newBuilder(uri("api/v1/tokens")).header("Authorization", basic(email, password))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (r.status() != 201) {
            throw new AssertionError("token refused for " + email + ": " + r.status() + " " + r.body());
        }
        return r.json().getString("token");
    }

    public static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder authorise(HttpRequest.Builder b, String token) {
        return token == null ? b : b.header("Authorization", token.startsWith("Basic ") ? token : "Bearer " + token);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static final java.util.regex.Pattern STACK_FRAME = java.util.regex.Pattern.compile("at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");

    /** True when a body shows a Java stack trace. */
    public static boolean hasStackTrace(String body) {
        return STACK_FRAME.matcher(body).find();
    }

    /** A JSON string literal. */
    public static String q(String s) {
        return s == null ? "null" : Json.createValue(s).toString();
    }

    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON (" + raw.statusCode() + "): " + raw.body(), e);
            }
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
