package fr.socle.it;

import static fr.socle.it.Http.q;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small world of real resources, made through the API for {@link ApiContractIT}: an organisation (the
 * <em>owner</em>, a commune) member of a mutualisation structure (the <em>parent</em>), an unrelated commune
 * (the <em>other</em>), a registrar's body, one signed-in account per role, and resources the owner owns
 * (a published programme, an enrolment, a session with half-days, a submission, a certificate, jobs,
 * surveys, complaints...). Fills every path template of the OpenAPI document with their ids, and gives
 * each operation a sample request from {@code api-samples.json} (valid where it can be, so that a caller
 * who passes the gate reaches the facade's organisation checks).
 */
final class ApiWorld {

    /** The callers of the matrix: the columns of {@code authorisation-matrix.csv}, in this order. */
    enum Who {
        ANONYMOUS, LEARNER, PEER_LEARNER, TRAINER, OWNER_ADMIN, OTHER_ADMIN, PARENT_ADMIN, REGISTRAR, PLATFORM_ADMIN;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * What fills a path parameter, by the path segment before it and its name ("organisations/{id}").
     * A new route whose parameter is not here makes the tests fail with the segment to add: the value is
     * the name of an id of {@link #ids} or of a fresh-resource supplier of {@link #fresh}.
     */
    static final Map<String, String> PATH_IDS = Map.ofEntries(
            Map.entry("accounts/{id}", "learner"),
            Map.entry("mandates/{mandate}", "mandate*"),
            Map.entry("certificates/{code}", "certificate"),
            Map.entry("certification-jobs/{id}", "certificationJob"),
            Map.entry("competence-frameworks/{code}", "framework"),
            Map.entry("complaints/{id}", "complaint"),
            Map.entry("enrolments/{id}", "enrolment"),
            Map.entry("activities/{activity}", "lesson"),
            Map.entry("assignments/{activity}", "assignment"),
            Map.entry("quizzes/{activity}", "quiz"),
            Map.entry("export-jobs/{id}", "exportJob"),
            Map.entry("improvement-actions/{id}", "action"),
            Map.entry("invitations/{id}", "invitation"),
            Map.entry("name-requests/{id}", "nameRequest"),
            Map.entry("issuers/{organisation}", "owner"),
            Map.entry("organisations/{id}", "owner"),
            Map.entry("bpf/{year}", "year"),
            Map.entry("trainers/{trainer}", "trainer"),
            Map.entry("qualifications/{qualification}", "qualification"),
            Map.entry("programmes/{code}", "programme"),
            Map.entry("versions/{number}", "version"),
            Map.entry("sessions/{id}", "session"),
            Map.entry("half-days/{halfDay}", "halfDay"),
            Map.entry("status-lists/{id}", "statusList"),
            Map.entry("submissions/{id}", "submission"),
            Map.entry("surveys/{id}", "survey"),
            Map.entry("tokens/{id}", "token*"),
            Map.entry("verifications/{code}", "certificate"));

    /**
     * Operations that would spoil the shared fixture for the next callers get a fresh resource of their own
     * (ending an enrolment): operation key, then path parameter, then supplier name.
     */
    static final Map<String, Map<String, String>> PATH_OVERRIDES = Map.of(
            "POST /api/v1/enrolments/{id}/end", Map.of("id", "enrolment*"));

    private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

    final Http http;
    final String base;
    final Map<Who, String> tokens = new EnumMap<>(Who.class);
    final Map<String, String> ids = new ConcurrentHashMap<>();
    final Map<String, Supplier<String>> fresh = new LinkedHashMap<>();
    final JsonObject samples;
    private final Map<String, byte[]> downloads = new ConcurrentHashMap<>();

    private ApiWorld(URL deployment) {
        this.http = new Http(deployment);
        String b = deployment.toString();
        this.base = b.endsWith("/") ? b : b + "/";
        try (InputStream in = ApiWorld.class.getResourceAsStream("/api-samples.json")) {
            if (in == null) {
                throw new IllegalStateException("src/test/resources/api-samples.json is missing");
            }
            try (var reader = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))) {
                this.samples = reader.readObject();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the world: organisations, one account per role, and the owner's resources. */
    static ApiWorld make(URL deployment) {
        ApiWorld w = new ApiWorld(deployment);
        w.build();
        return w;
    }

    private void build() {
        String platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        tokens.put(Who.PLATFORM_ADMIN, platform);
        ids.put("parent", organisation(platform, "Syndicat matrice", "SYNDICAT_MIXTE", null));
        ids.put("owner", organisation(platform, "Commune matrice", "COMMUNE", ids.get("parent")));
        ids.put("other", organisation(platform, "Commune voisine", "COMMUNE", null));
        ids.put("registrarBody", organisation(platform, "CNFPT matrice", "CNFPT", null));
        account(platform, Who.LEARNER, "owner", "LEARNER", "learner");
        account(platform, Who.PEER_LEARNER, "owner", "LEARNER", "peer");
        account(platform, Who.TRAINER, "owner", "TRAINER", "trainer");
        account(platform, Who.OWNER_ADMIN, "owner", "ORG_ADMIN", "ownerAdmin");
        account(platform, Who.OTHER_ADMIN, "other", "ORG_ADMIN", "otherAdmin");
        account(platform, Who.PARENT_ADMIN, "parent", "ORG_ADMIN", "parentAdmin");
        account(platform, Who.REGISTRAR, "registrarBody", "REGISTRAR", "registrar");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        ids.put("year", String.valueOf(today.getYear()));
        ids.put("today", today.toString());
        ids.put("yearStart", today.withDayOfYear(1).toString());
        ids.put("version", "1");

        String trainer = tokens.get(Who.TRAINER);
        String admin = tokens.get(Who.OWNER_ADMIN);
        // A programme of the owner: a copy of the agents' parcours (lessons, a quiz, an assignment), published. The platform
        // admin copies it (an author of the public parcours: the copy keeps its answer keys, so it can be published).
        String programme = Fixtures.unique("MATRICE").toUpperCase(java.util.Locale.ROOT);
        expect(201, http.post("api/v1/programmes/AGENTS-ACCUEIL/copy", platform,
                "{\"code\":" + q(programme) + ",\"organisationId\":" + q(ids.get("owner")) + "}"), "copy of AGENTS-ACCUEIL");
        expect(200, http.post("api/v1/programmes/" + programme + "/publish", trainer, ""), "publication");
        ids.put("programme", programme);
        ids.put("module", "AG1");

        // An invitation of the owner to a person of another organisation (who is none of the callers), and the
        // learner's request for another name.
        String invitee = http.newAccount(platform, ids.get("other"), "LEARNER", "Invitée matrice").getString("email");
        ids.put("invitation", expect(202, http.post("api/v1/organisations/" + ids.get("owner") + "/members", admin,
                "{\"email\":" + q(invitee) + ",\"role\":\"LEARNER\"}"), "invitation").json()
                .getJsonObject("invitation").getString("id"));
        ids.put("nameRequest", expect(201, http.post("api/v1/accounts/me/name-requests", tokens.get(Who.LEARNER),
                "{\"requestedName\":\"Compte learner renommé\"}"), "name request").json().getString("id"));

        JsonObject enrolment = enrol(ids.get("learner"));
        ids.put("enrolment", enrolment.getString("id"));
        for (JsonValue m : enrolment.getJsonArray("modules")) {
            for (JsonValue a : m.asJsonObject().getJsonArray("activities")) {
                String kind = a.asJsonObject().getString("kind");
                String key = switch (kind) {
                    case "LESSON" -> "lesson";
                    case "QUIZ" -> "quiz";
                    case "ASSIGNMENT" -> "assignment";
                    default -> null;
                };
                if (key != null) {
                    ids.putIfAbsent(key, a.asJsonObject().getString("id"));
                }
            }
        }
        for (String key : List.of("lesson", "quiz", "assignment")) {
            if (!ids.containsKey(key)) {
                throw new AssertionError("the copy of AGENTS-ACCUEIL has no " + key + " in " + ids.get("module"));
            }
        }

        JsonObject session = expect(201, http.post("api/v1/sessions", trainer, "{\"organisationId\":" + q(ids.get("owner"))
                + ",\"programme\":" + q(programme) + ",\"module\":\"AG1\",\"title\":\"Session matrice\",\"place\":\"Mairie\",\"capacity\":12,"
                + "\"halfDays\":[{\"date\":\"" + today + "\",\"period\":\"MATIN\",\"startMinute\":540,\"endMinute\":750},"
                + "{\"date\":\"" + today + "\",\"period\":\"APRES_MIDI\",\"startMinute\":810,\"endMinute\":1020}]}"), "session").json();
        ids.put("session", session.getString("id"));
        ids.put("halfDay", session.getJsonArray("halfDays").getJsonObject(0).getString("id"));
        ids.put("halfDayAfternoon", session.getJsonArray("halfDays").getJsonObject(1).getString("id"));
        expect(200, http.post("api/v1/sessions/" + ids.get("session") + "/learners", trainer,
                "{\"enrolmentId\":" + q(ids.get("enrolment")) + "}"), "learner added to the session");

        Http.Response submission = send(Who.LEARNER, multipart("POST", "api/v1/enrolments/" + ids.get("enrolment") + "/assignments/"
                + ids.get("assignment") + "/submissions", Json.createObjectBuilder()
                .add("file", Json.createObjectBuilder().add("filename", "bilan.txt").add("text", "Mon bilan de l'atelier."))
                .add("comment", "Version finale").build(), "a submission"));
        ids.put("submission", expect(201, submission, "submission").json().getString("id"));

        // Some learning, so that a document has minutes to state.
        expect(200, http.post("api/v1/enrolments/" + ids.get("enrolment") + "/activities/" + ids.get("lesson") + "/done",
                tokens.get(Who.LEARNER), ""), "lesson done");
        expect(200, http.put("api/v1/issuers/" + ids.get("owner") + "/signatory", admin,
                "{\"signatoryName\":\"Jeanne Maire\",\"signatoryTitle\":\"Maire\"}"), "signatory");
        ids.put("certificate", expect(201, http.post("api/v1/certificates", trainer, "{\"kind\":\"CERTIFICAT_REALISATION\",\"enrolmentId\":"
                + q(ids.get("enrolment")) + "}"), "certificate").json().getString("code"));
        ids.put("statusList", statusList(ids.get("certificate")));
        ids.put("certificationJob", expect(202, http.post("api/v1/certification-jobs", trainer, "{\"sessionId\":" + q(ids.get("session"))
                + ",\"kind\":\"CERTIFICAT_REALISATION\"}"), "certification job").json().getString("id"));
        ids.put("exportJob", expect(202, http.post("api/v1/export-jobs", admin, "{\"kind\":\"QUALIOPI_PACK\",\"organisation\":"
                + q(ids.get("owner")) + ",\"from\":\"" + ids.get("yearStart") + "\",\"to\":\"" + today + "\"}"), "export job")
                .json().getString("id"));
        JsonObject survey = expect(201, http.post("api/v1/surveys", admin, "{\"organisationId\":" + q(ids.get("owner"))
                + ",\"kind\":\"HOT\",\"title\":\"A chaud\",\"delayWeeks\":0,\"questions\":[{\"kind\":\"LIKERT\",\"label\":\"Utile ?\"},"
                + "{\"kind\":\"TEXT\",\"label\":\"Un mot ?\"}]}"), "survey").json();
        ids.put("survey", survey.getString("id"));
        ids.put("question", survey.getJsonArray("questions").getJsonObject(0).getString("id"));
        ids.put("complaint", expect(201, http.post("api/v1/complaints", admin, "{\"organisationId\":" + q(ids.get("owner"))
                + ",\"receivedOn\":\"" + today + "\",\"channel\":\"EMAIL\",\"kind\":\"RECLAMATION\",\"author\":\"Un usager\","
                + "\"subject\":\"Salle trop petite\",\"description\":\"Nous étions serrés.\"}"), "complaint").json().getString("id"));
        ids.put("action", expect(201, http.post("api/v1/improvement-actions", admin, "{\"organisationId\":" + q(ids.get("owner"))
                + ",\"origin\":\"AUDIT\",\"title\":\"Changer de salle\"}"), "improvement action").json().getString("id"));
        ids.put("qualification", expect(201, http.post("api/v1/organisations/" + ids.get("owner") + "/trainers/" + ids.get("trainer")
                + "/qualifications", admin, "{\"title\":\"Titre professionnel\",\"awardedBy\":\"Ministère du travail\",\"obtainedOn\":\"2020-06-30\"}"),
                "qualification").json().getString("id"));
        JsonArray frameworks = expect(200, http.get("api/v1/competence-frameworks", null), "frameworks").array();
        ids.put("framework", frameworks.getJsonObject(0).getString("code"));

        fresh.put("token", () -> expect(201, http.post("api/v1/tokens", tokens.get(Who.LEARNER), "{\"label\":\"matrice\"}"), "token")
                .json().getString("id"));
        fresh.put("mandate", this::mandate);
        fresh.put("enrolment", () -> {
            String learner = http.newAccount(platform, ids.get("owner"), "LEARNER", "Apprenant matrice").getString("id");
            return enrol(learner).getString("id");
        });
    }

    private String organisation(String token, String name, String kind, String parent) {
        return expect(201, http.post("api/v1/organisations", token, "{\"name\":" + q(Fixtures.unique(name)) + ",\"kind\":" + q(kind)
                + ",\"parentId\":" + q(parent) + "}"), "organisation " + name).json().getString("id");
    }

    private void account(String platform, Who who, String organisation, String role, String key) {
        Http.SignedIn signedIn = http.newSignedIn(platform, ids.get(organisation), role, "Compte " + key);
        tokens.put(who, signedIn.token());
        ids.put(key, signedIn.id());
        ids.put(key + "Email", signedIn.email());
    }

    private JsonObject enrol(String learner) {
        return expect(201, http.post("api/v1/enrolments", tokens.get(Who.TRAINER), "{\"programme\":" + q(ids.get("programme"))
                + ",\"accountId\":" + q(learner) + ",\"organisationId\":" + q(ids.get("owner")) + ",\"module\":\"AG1\",\"funding\":\"COLLECTIVITE\"}"),
                "enrolment").json();
    }

    /** A new mandate of the learner (asked again on a 409: the malformed-input test changes the same profile meanwhile). */
    private String mandate() {
        String path = "api/v1/accounts/" + ids.get("learner") + "/profile";
        Http.Response r;
        int attempts = 0;
        do {
            r = http.post(path + "/mandates", tokens.get(Who.OWNER_ADMIN), "{\"type\":\"CONSEILLER_MUNICIPAL\","
                    + "\"collectivite\":\"Commune matrice\",\"start\":\"2026-03-22\",\"end\":\"2032-03-31\"}");
        } while (r.status() == 409 && ++attempts < 10);
        JsonObject profile = expect(201, r, "mandate").json();
        JsonArray mandates = profile.getJsonArray("mandates");
        return mandates.getJsonObject(mandates.size() - 1).getString("id");
    }

    /** The status list of a certificate: the last segment of its credential's statusListCredential. */
    private String statusList(String code) {
        Http.Response r = expect(200, http.get("api/v1/certificates/" + code + "/credential", tokens.get(Who.TRAINER)), "credential");
        String jwt = r.body().strip();
        Matcher m = Pattern.compile("/api/v1/status-lists/([^\"/#]+)\"").matcher(
                new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new AssertionError("no status list in the credential of " + code);
        }
        return m.group(1);
    }

    static Http.Response expect(int status, Http.Response r, String what) {
        if (r.status() != status) {
            throw new AssertionError("fixture '" + what + "' expected " + status + ", got " + r.status() + ": " + excerpt(r.body()));
        }
        return r;
    }

    /**
     * The ids of the owner's resources that only its people may see (not its public issuer profile, nor its
     * certificates' public verification): what an answer to another organisation's administrator or to an
     * anonymous caller must never contain.
     */
    Map<String, String> privateIds() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String key : List.of("learner", "learnerEmail", "trainer", "trainerEmail", "ownerAdmin", "enrolment", "session", "halfDay",
                "submission", "certificationJob", "exportJob", "survey", "complaint", "action", "qualification")) {
            m.put(key, ids.get(key));
        }
        return m;
    }

    /** What is the learner's own: another learner of the same organisation never sees it. */
    Map<String, String> learnersOwnIds() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String key : List.of("learner", "learnerEmail", "enrolment", "submission")) {
            m.put(key, ids.get(key));
        }
        return m;
    }

    // Paths

    /** The segment before a parameter and the parameter ("organisations/{id}"), the key of {@link #PATH_IDS}. */
    static String pathKey(String template, String param) {
        String before = template.substring(0, template.indexOf("{" + param + "}"));
        String[] segments = before.split("/");
        return segments[segments.length - 1] + "/{" + param + "}";
    }

    /** Why a template cannot be filled (a parameter nobody knows), or null when it can. */
    static String unknownParameter(OpenApiDocument.Operation op) {
        for (String p : op.pathNames()) {
            Map<String, String> override = PATH_OVERRIDES.getOrDefault(op.key(), Map.of());
            if (!override.containsKey(p) && !PATH_IDS.containsKey(pathKey(op.path(), p))) {
                return "no fixture for path parameter {" + p + "} after '" + pathKey(op.path(), p).split("/")[0]
                        + "/': add \"" + pathKey(op.path(), p) + "\" to ApiWorld.PATH_IDS (and make the resource in ApiWorld.build)";
            }
        }
        return null;
    }

    /** The value of a path parameter: the shared fixture's id, or a fresh resource where the name ends with '*'. */
    String pathValue(OpenApiDocument.Operation op, String param) {
        String name = PATH_OVERRIDES.getOrDefault(op.key(), Map.of()).get(param);
        if (name == null) {
            name = PATH_IDS.get(pathKey(op.path(), param));
        }
        if (name == null) {
            throw new AssertionError(unknownParameter(op));
        }
        if (name.endsWith("*")) {
            return fresh.get(name.substring(0, name.length() - 1)).get();
        }
        String value = ids.get(name);
        if (value == null) {
            throw new AssertionError("no fixture '" + name + "' for " + op.key());
        }
        return value;
    }

    /** The path with every parameter filled (values from {@code values} first), relative to the deployment ("api/v1/..."). */
    String fill(OpenApiDocument.Operation op, Map<String, String> values) {
        Matcher m = PARAM.matcher(op.path());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String p = m.group(1);
            String v = values.containsKey(p) ? values.get(p) : encode(pathValue(op, p));
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.substring(1);
    }

    // Samples

    /** The sample of an operation in api-samples.json, or an empty object. */
    JsonObject sample(OpenApiDocument.Operation op) {
        JsonObject s = samples.getJsonObject(op.key());
        return s == null ? JsonValue.EMPTY_JSON_OBJECT : s;
    }

    boolean hasSample(OpenApiDocument.Operation op) {
        return samples.containsKey(op.key());
    }

    /** The sample's query parameters, placeholders filled. */
    Map<String, String> sampleQuery(OpenApiDocument.Operation op) {
        Map<String, String> query = new LinkedHashMap<>();
        JsonObject q = sample(op).getJsonObject("query");
        if (q != null) {
            q.forEach((k, v) -> query.put(k, fillText(v instanceof JsonString s ? s.getString() : v.toString())));
        }
        return query;
    }

    /** The sample's JSON body with its placeholders filled, or null. */
    JsonValue sampleJson(OpenApiDocument.Operation op) {
        JsonValue body = sample(op).get("body");
        return body == null ? null : fillJson(body);
    }

    /** The sample request of an operation: the valid request a caller who may use it would send. */
    ApiRequest sampleRequest(OpenApiDocument.Operation op) {
        return sampleRequest(op, Map.of(), sampleQuery(op), "the sample");
    }

    ApiRequest sampleRequest(OpenApiDocument.Operation op, Map<String, String> pathValues, Map<String, String> query, String input) {
        String path = fill(op, pathValues) + queryString(query);
        JsonObject s = sample(op);
        Map<String, String> headers = new LinkedHashMap<>();
        if (s.getJsonObject("headers") != null) {
            s.getJsonObject("headers").forEach((k, v) -> headers.put(k, fillText(((JsonString) v).getString())));
        }
        if (!op.hasBody()) {
            return new ApiRequest(op.method(), path, null, null, headers, input);
        }
        if (s.containsKey("multipart")) {
            ApiRequest m = multipart(op.method(), path, s.getJsonObject("multipart"), input);
            m.headers().putAll(headers);
            return m;
        }
        if (s.containsKey("bodyFrom")) {
            return new ApiRequest(op.method(), path, s.getString("contentType", op.consumes().get(0)),
                    download(fillText(s.getString("bodyFrom"))), headers, input);
        }
        if (s.containsKey("text")) {
            return new ApiRequest(op.method(), path, s.getString("contentType", op.consumes().get(0)),
                    fillText(s.getString("text")).getBytes(StandardCharsets.UTF_8), headers, input);
        }
        JsonValue json = sampleJson(op);
        String type = op.consumesJson() ? "application/json" : op.consumes().get(0);
        byte[] body = json != null ? json.toString().getBytes(StandardCharsets.UTF_8)
                : op.consumesJson() ? "{}".getBytes(StandardCharsets.UTF_8) : new byte[0];
        return new ApiRequest(op.method(), path, type, body, headers, input);
    }

    /** A multipart/form-data request from {"part": "text"} or {"part": {"filename": ..., "text": ...}}. */
    ApiRequest multipart(String method, String path, JsonObject parts, String input) {
        String boundary = "----socle-" + Fixtures.unique("b");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach((name, part) -> {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"");
            String text;
            if (part instanceof JsonObject file) {
                head.append("; filename=\"").append(file.getString("filename")).append("\"\r\nContent-Type: ")
                        .append(file.getString("contentType", "application/octet-stream"));
                text = fillText(file.getString("text"));
            } else {
                text = fillText(((JsonString) part).getString());
            }
            head.append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new ApiRequest(method, path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), new LinkedHashMap<>(), input);
    }

    private byte[] download(String path) {
        return downloads.computeIfAbsent(path, p -> {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + (p.startsWith("/") ? p.substring(1) : p)))
                    .header("Authorization", "Bearer " + tokens.get(Who.PLATFORM_ADMIN)).GET(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("sample body from " + p + ": " + r.statusCode());
            }
            return r.body();
        });
    }

    String fillText(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(1).equals("fresh") ? Fixtures.unique("f") : ids.get(m.group(1));
            if (value == null) {
                throw new AssertionError("api-samples.json names an unknown fixture ${" + m.group(1) + "}; known: " + ids.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private JsonValue fillJson(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> Json.createValue(fillText(((JsonString) v).getString()));
            case OBJECT -> {
                var b = Json.createObjectBuilder();
                v.asJsonObject().forEach((k, x) -> b.add(k, fillJson(x)));
                yield b.build();
            }
            case ARRAY -> {
                var b = Json.createArrayBuilder();
                v.asJsonArray().forEach(x -> b.add(fillJson(x)));
                yield b.build();
            }
            default -> v;
        };
    }

    static String queryString(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        query.forEach((k, v) -> s.append(s.length() == 0 ? '?' : '&').append(encode(k)).append('=').append(v == null ? "" : encode(v)));
        return s.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // Requests

    /**
     * A request to send: {@code path} is relative to the deployment and already encoded (odd values are
     * sent as they are); {@code input} says, for a report, what is odd about it.
     */
    record ApiRequest(String method, String path, String contentType, byte[] body, Map<String, String> headers, String input) {

        ApiRequest with(String newInput, String newContentType, byte[] newBody) {
            return new ApiRequest(method, path, newContentType, newBody, new LinkedHashMap<>(headers), newInput);
        }

        ApiRequest withPath(String newInput, String newPath) {
            return new ApiRequest(method, newPath, contentType, body, new LinkedHashMap<>(headers), newInput);
        }

        ApiRequest withHeader(String newInput, String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new ApiRequest(method, path, contentType, body, h, newInput);
        }
    }

    /** Sends a request as one of the callers. */
    Http.Response send(Who who, ApiRequest r) {
        return send(tokens.get(who), r);
    }

    Http.Response send(String token, ApiRequest r) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path()));
        HttpRequest.BodyPublisher publisher = r.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(r.body());
        b.method(r.method(), publisher);
        if (r.contentType() != null) {
            b.header("Content-Type", r.contentType());
        }
        if (token != null && !r.headers().containsKey("Authorization")) {
            b.header("Authorization", "Bearer " + token);
        }
        r.headers().forEach(b::header);
        return http.send(b);
    }

    /** A status and a body: what the malformed-input test looks at. */
    record Answer(int status, String body) {
    }

    /**
     * Sends a request and returns the status, also when the server answers before reading a large body and
     * closes the connection (which it may: Java's HTTP client then reports only an I/O error). Bodies above
     * 64 KB go through a plain socket that writes the body while it reads the answer.
     */
    Answer answer(Who who, ApiRequest r) {
        if (r.body() == null || r.body().length <= 64 * 1024) {
            Http.Response response = send(who, r);
            return new Answer(response.status(), response.body());
        }
        URI uri = URI.create(base + r.path());
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(r.method() + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port + "\r\nConnection: close\r\nContent-Length: " + r.body().length + "\r\n");
            if (r.contentType() != null) {
                head.append("Content-Type: ").append(r.contentType()).append("\r\n");
            }
            String token = tokens.get(who);
            if (token != null && !r.headers().containsKey("Authorization")) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            r.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("\r\n");
            var out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    out.write(r.body());
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed before reading everything: its answer is what counts
                }
            });
            writer.start();
            byte[] response = socket.getInputStream().readAllBytes();
            writer.join(10_000);
            String text = new String(response, StandardCharsets.ISO_8859_1);
            Matcher status = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(text);
            if (!status.find()) {
                throw new IllegalStateException("no HTTP answer: " + excerpt(text));
            }
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return new Answer(Integer.parseInt(status.group(1)), "");
            }
            byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
            if (text.substring(0, end).toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            return new Answer(Integer.parseInt(status.group(1)), new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a chunked answer: each chunk's size (hex) on its line, its bytes, then a last chunk of size 0. */
    static byte[] dechunk(byte[] chunked) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int eol = i;
            while (eol + 1 < chunked.length && !(chunked[eol] == '\r' && chunked[eol + 1] == '\n')) {
                eol++;
            }
            int size = Integer.parseInt(new String(chunked, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            all.write(chunked, eol + 2, Math.min(size, chunked.length - eol - 2));
            i = eol + 2 + size + 2;
        }
        return all.toByteArray();
    }

    static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String s = body.replaceAll("\\s+", " ").strip();
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static JsonStructure parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }
}
