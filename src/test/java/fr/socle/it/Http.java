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

    /** What a raw HTTP/1.1 exchange got: the answer, and how many body bytes had been sent when its status line came. */
    public record Raw(int status, Map<String, String> headers, String body, long sentWhenAnswered) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The part of a declared body that {@link #rawPost} sends before it waits for the answer. */
    public static final int RAW_FIRST_PART = 64 * 1024;

    /**
     * POSTs a body of {@code bodyBytes} bytes over a plain socket, as a client that means to send all of it. With a
     * Content-Length ({@code chunked} false), only the first {@link #RAW_FIRST_PART} bytes are sent, then the answer is
     * awaited: a server that reads the whole body before answering never answers (the read times out after 30 s).
     * Chunked, the body goes on in the background while the answer is awaited, and stops when the server closes.
     */
    public Raw rawPost(String path, Map<String, String> headers, long bodyBytes, boolean chunked) {
        URI target = uri(path);
        int port = target.getPort() < 0 ? 80 : target.getPort();
        java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
        try (java.net.Socket socket = new java.net.Socket(target.getHost(), port)) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                    + " HTTP/1.1\r\nHost: " + target.getHost() + ":" + port + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + bodyBytes + "\r\n").append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            byte[] block = new byte[RAW_FIRST_PART];
            java.util.Arrays.fill(block, (byte) 'a');
            Thread writer = null;
            if (!chunked) {
                int first = (int) Math.min(block.length, bodyBytes);
                out.write(block, 0, first);
                out.flush();
                sent.set(first);
            } else {
                writer = new Thread(() -> {
                    try {
                        byte[] size = (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                        while (sent.get() < bodyBytes) {
                            out.write(size);
                            out.write(block);
                            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                            out.flush();
                            sent.addAndGet(block.length);
                        }
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                    } catch (IOException closed) {
                        // the server answered and closed: the rest is never sent
                    }
                }, "raw-upload");
                writer.setDaemon(true);
                writer.start();
            }
            java.io.InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            String status = line(in);
            long sentWhenAnswered = sent.get();
            Map<String, String> answerHeaders = new java.util.HashMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                answerHeaders.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).strip());
            }
            byte[] body;
            if (answerHeaders.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(answerHeaders.get("content-length")));
            } else if ("chunked".equalsIgnoreCase(answerHeaders.get("transfer-encoding"))) {
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0; size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                    all.writeBytes(in.readNBytes(size));
                    line(in);
                }
                body = all.toByteArray();
            } else {
                body = in.readAllBytes();
            }
            if (writer != null) {
                writer.interrupt();
            }
            return new Raw(Integer.parseInt(status.split(" ")[1]), answerHeaders, new String(body, StandardCharsets.UTF_8), sentWhenAnswered);
        } catch (IOException e) {
            throw new IllegalStateException("no answer to the raw POST of " + path + " (" + sent.get() + " bytes sent)", e);
        }
    }

    private static String line(java.io.InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
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
