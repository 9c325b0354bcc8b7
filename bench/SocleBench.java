import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.yaml.snakeyaml.Yaml;

/**
 * The Socle load benchmark's client (bench/run.sh starts the server and runs this file in Java's
 * source-file mode, with the WAR's libraries on the class path). Through the REST API only:
 * <ol>
 * <li>setup (timed apart): an organisation, a trainer, LEARNERS learner accounts, their enrolments in
 * CMN with two spécialisations (CSV import), a token per learner;</li>
 * <li>(a) every learner records EVENTS progress events (lessons and tutorials done, quiz attempts),
 * THREADS learners at a time: events per second;</li>
 * <li>(b) the learner dashboard (GET /api/v1/enrolments, what learn/index.xhtml shows) for
 * DASHBOARD_SAMPLES random learners, one request at a time: p50/p95/p99;</li>
 * <li>(c) a session of SESSION_LEARNERS learners, and its cohort grid (GET /api/v1/sessions/{id}/cohort)
 * COHORT_SAMPLES times, one request at a time: p50/p95/p99 (skipped where the endpoint does not exist).</li>
 * </ol>
 * Prints a Markdown report and writes it to REPORT when set. Exits 1 when a request failed.
 */
public class SocleBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROGRAMME = "CMN";
    static final List<String> SPECIALISATIONS = List.of("SP-ENT", "SP-DD");
    static final String PASSWORD = "Bench-Password-2026";
    static final int CSV_CHUNK = 1000;

    final String base = env("BASE_URL", "http://127.0.0.1:8090");
    final int learners = Integer.parseInt(env("LEARNERS", "10000"));
    final int events = Integer.parseInt(env("EVENTS", "50"));
    final int sessionLearners = Math.min(learners, Integer.parseInt(env("SESSION_LEARNERS", "500")));
    final int threads = Integer.parseInt(env("THREADS", "8"));
    final int dashboardSamples = Integer.parseInt(env("DASHBOARD_SAMPLES", "300"));
    final int cohortSamples = Integer.parseInt(env("COHORT_SAMPLES", "50"));
    final String run = env("RUN_ID", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")));
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final Random random = new Random(42);
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger failed = new AtomicInteger();
    final List<String> report = new ArrayList<>();

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    public static void main(String[] args) throws Exception {
        SocleBench bench = new SocleBench();
        bench.run();
        System.exit(bench.failed.get() == 0 ? 0 : 1);
    }

    /** A learner of the run: its account, enrolment and token. */
    record Learner(String email, String accountId, String enrolmentId, String token) {
    }

    /** One progress event: an activity done, or a quiz attempt with its answers. */
    record Event(String path, String body) {
    }

    void run() throws Exception {
        log("Socle benchmark on %s: %d learners x %d events, %d threads, session of %d", base, learners, events, threads, sessionLearners);
        long setupStart = System.nanoTime();
        String admin = token("admin@socle.demo", "Demo-Socle-2026");
        String org = created(post("api/v1/organisations", admin, json(Map.of("name", "Bench " + run, "kind", "COMMUNE")))).get("id").asText();
        String trainerEmail = "trainer-" + run + "@bench.socle.test";
        createAccount(admin, org, trainerEmail, "TRAINER");
        String trainer = token(trainerEmail, PASSWORD);

        long t = System.nanoTime();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            emails.add(String.format("learner-%s-%05d@bench.socle.test", run, i));
        }
        List<String> accountIds = parallel(emails, email -> createAccount(admin, org, email, "LEARNER"));
        double accountsSeconds = seconds(t);
        log("%d accounts in %.1f s", learners, accountsSeconds);

        t = System.nanoTime();
        Map<String, String> enrolmentOf = new HashMap<>();
        for (int from = 0; from < learners; from += CSV_CHUNK) {
            StringBuilder csv = new StringBuilder("email;programme;specialisations\n");
            emails.subList(from, Math.min(learners, from + CSV_CHUNK))
                    .forEach(e -> csv.append(e).append(';').append(PROGRAMME).append(';').append(String.join("|", SPECIALISATIONS)).append('\n'));
            JsonNode imported = created(send(request("api/v1/enrolments/csv?commit=true&organisation=" + org, trainer)
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build()));
            List<String> ids = new ArrayList<>();
            imported.get("enrolments").forEach(id -> ids.add(id.asText()));
            for (int i = 0; i < ids.size(); i++) {
                enrolmentOf.put(emails.get(from + i), ids.get(i));
            }
        }
        double enrolSeconds = seconds(t);
        log("%d enrolments (CSV import, %d a file) in %.1f s", learners, CSV_CHUNK, enrolSeconds);

        t = System.nanoTime();
        List<String> tokens = parallel(emails, email -> token(email, PASSWORD));
        double tokensSeconds = seconds(t);
        List<Learner> people = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            people.add(new Learner(emails.get(i), accountIds.get(i), enrolmentOf.get(emails.get(i)), tokens.get(i)));
        }
        log("%d learner tokens in %.1f s", learners, tokensSeconds);
        List<List<Event>> plans = plans(people.get(0));
        double setupSeconds = seconds(setupStart);
        check();

        // (a) progress events through the REST API
        log("Timed: %d learners record %d events each, %d at a time", learners, events, threads);
        List<Long> eventTimes = Collections.synchronizedList(new ArrayList<>(learners * events));
        AtomicLong progressed = new AtomicLong();
        AtomicLong halfway = new AtomicLong();
        AtomicLong halfwayEvents = new AtomicLong();
        final long timedStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            Learner learner = people.get(i);
            List<Event> plan = plans.get(i % plans.size());
            running.add(pool.submit(() -> {
                for (Event e : plan) {
                    long start = System.nanoTime();
                    HttpResponse<String> r = post(e.path().replace("{id}", learner.enrolmentId()), learner.token(), e.body());
                    eventTimes.add(System.nanoTime() - start);
                    expect(r, e.path().endsWith("/done") ? 200 : 201);
                }
                long done = progressed.incrementAndGet();
                if (done == (learners + 1) / 2) {
                    halfway.set(System.nanoTime());
                    halfwayEvents.set(eventTimes.size());
                }
                if (done % Math.max(1, learners / 10) == 0) {
                    log("  %d/%d learners done, %.1f events/s so far", done, learners, eventTimes.size() / seconds(timedStart));
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        long timedEnd = System.nanoTime();
        double progressSeconds = (timedEnd - timedStart) / 1e9;
        int recorded = eventTimes.size();
        double perSecond = recorded / progressSeconds;
        double secondHalf = (recorded - halfwayEvents.get()) / ((timedEnd - halfway.get()) / 1e9);
        log("%d events in %.1f s: %.1f events/s (%.1f over the second half)", recorded, progressSeconds, perSecond, secondHalf);

        // (b) the learner dashboard
        List<Long> dashboard = new ArrayList<>();
        for (int i = 0; i < 20 + dashboardSamples; i++) {
            Learner learner = people.get(random.nextInt(learners));
            long start = System.nanoTime();
            HttpResponse<String> r = send(request("api/v1/enrolments", learner.token()).GET().build());
            long took = System.nanoTime() - start;
            expect(r, 200);
            if (i >= 20) {
                dashboard.add(took);
            }
        }
        log("Dashboard: p50 %.1f ms, p95 %.1f ms", ms(percentile(dashboard, 50)), ms(percentile(dashboard, 95)));

        // (c) the cohort grid of a session
        t = System.nanoTime();
        String session = created(post("api/v1/sessions", trainer, json(Map.of("organisationId", org, "programme", PROGRAMME,
                "title", "Bench " + run, "place", "Salle du conseil", "capacity", sessionLearners,
                "halfDays", List.of(Map.of("date", LocalDate.now().plusDays(7).toString(), "period", "MATIN",
                        "startMinute", 540, "endMinute", 720, "module", "TC0")))))).get("id").asText();
        for (Learner learner : people.subList(0, sessionLearners)) {
            expect(post("api/v1/sessions/" + session + "/learners", trainer, json(Map.of("enrolmentId", learner.enrolmentId()))), 200);
        }
        double sessionSeconds = seconds(t);
        List<Long> cohort = new ArrayList<>();
        String cohortSkipped = null;
        String cohortPath = "api/v1/sessions/" + session + "/cohort";
        HttpResponse<String> first = send(request(cohortPath, trainer).GET().build());
        if (first.statusCode() == 404 || first.statusCode() == 405) {
            cohortSkipped = "GET /api/v1/sessions/{id}/cohort answered " + first.statusCode() + ": this build has no cohort grid endpoint; (c) skipped";
            log(cohortSkipped);
        } else {
            expect(first, 200);
            for (int i = 0; i < 5 + cohortSamples; i++) {
                long start = System.nanoTime();
                HttpResponse<String> r = send(request(cohortPath, trainer).GET().build());
                long took = System.nanoTime() - start;
                expect(r, 200);
                if (i >= 5) {
                    cohort.add(took);
                }
            }
            log("Cohort grid: p50 %.1f ms, p95 %.1f ms", ms(percentile(cohort, 50)), ms(percentile(cohort, 95)));
        }

        line("# Socle benchmark, %s", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        line("");
        line("Server %s (%s), %d learners x %d progress events, %d client threads; machine: %s.", base,
                env("BENCH_DB", "database not given"), learners, events, threads, env("BENCH_MACHINE", Runtime.getRuntime().availableProcessors() + " cores"));
        line("");
        line("| measure | result |");
        line("|---|---|");
        line("| (a) progress events recorded | **%.1f events/s** (%d events in %.1f s; %.1f events/s over the second half, once the server is warm; "
                        + "per event p50 %.1f ms, p95 %.1f ms, p99 %.1f ms) |", perSecond, recorded, progressSeconds, secondHalf,
                ms(percentile(eventTimes, 50)), ms(percentile(eventTimes, 95)), ms(percentile(eventTimes, 99)));
        line("| (b) learner dashboard, `GET /api/v1/enrolments` (%d learners, one request at a time) | p50 %.1f ms, **p95 %.1f ms**, p99 %.1f ms |",
                dashboard.size(), ms(percentile(dashboard, 50)), ms(percentile(dashboard, 95)), ms(percentile(dashboard, 99)));
        if (cohortSkipped == null) {
            line("| (c) cohort grid, `GET /api/v1/sessions/{id}/cohort`, %d learners (%d requests, one at a time) | p50 %.1f ms, **p95 %.1f ms**, p99 %.1f ms |",
                    sessionLearners, cohort.size(), ms(percentile(cohort, 50)), ms(percentile(cohort, 95)), ms(percentile(cohort, 99)));
        } else {
            line("| (c) cohort grid, %d learners | skipped: %s |", sessionLearners, cohortSkipped);
        }
        line("");
        line("Setup (not in the figures above): %.1f s in all; %d accounts in %.1f s (%.0f/s), %d enrolments by CSV in %.1f s, "
                        + "%d tokens in %.1f s, a session of %d learners in %.1f s.", setupSeconds, learners, accountsSeconds, learners / accountsSeconds,
                learners, enrolSeconds, learners, tokensSeconds, sessionLearners, sessionSeconds);
        line("Events per learner: %s.", describe(plans.get(0)));
        line("Failed requests: %d.", failed.get());
        failures.stream().limit(10).forEach(f -> line("- %s", f));
        String text = String.join("\n", report) + "\n";
        System.out.println();
        System.out.print(text);
        String file = System.getenv("REPORT");
        if (file != null && !file.isBlank()) {
            Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
            Files.writeString(Path.of(file), text);
        }
    }

    // ---- the learners' progress events ----

    /**
     * The events a learner records, in the order of the programme: each lesson and tutorial done,
     * each quiz attempted and passed; every fourth learner fails a quiz's first attempt. Two plans
     * (with and without a failed attempt), cut to EVENTS; re-reading lessons makes up any shortfall.
     */
    List<List<Event>> plans(Learner sample) throws IOException, InterruptedException {
        JsonNode enrolment = ok(send(request("api/v1/enrolments/" + sample.enrolmentId(), sample.token()).GET().build()));
        Map<String, List<Map<String, Object>>> quizzes = quizzes(enrolment.get("version").asInt());
        List<List<Event>> plans = new ArrayList<>();
        for (boolean failFirst : new boolean[] {false, false, false, true}) {
            List<Event> plan = new ArrayList<>();
            List<Event> rereads = new ArrayList<>();
            for (JsonNode module : enrolment.get("modules")) {
                for (JsonNode a : module.get("activities")) {
                    String id = a.get("id").asText();
                    switch (a.get("kind").asText()) {
                        case "LESSON", "TUTORIAL" -> {
                            plan.add(new Event("api/v1/enrolments/{id}/activities/" + id + "/done", null));
                            rereads.add(plan.get(plan.size() - 1));
                        }
                        case "QUIZ" -> {
                            var questions = quizzes.get(module.get("code").asText() + "/" + a.get("title").asText());
                            if (questions == null) {
                                throw new IllegalStateException("no quiz file for " + a.get("title").asText());
                            }
                            String path = "api/v1/enrolments/{id}/quizzes/" + id + "/attempts";
                            if (failFirst) {
                                plan.add(new Event(path, answers(questions, false)));
                            }
                            plan.add(new Event(path, answers(questions, true)));
                        }
                        default -> {
                        }
                    }
                }
            }
            for (int i = 0; plan.size() < events; i++) {
                plan.add(rereads.get(i % rereads.size()));
            }
            plans.add(List.copyOf(plan.subList(0, events)));
        }
        return plans;
    }

    /** The quizzes of the programme version, from its export (the course files): "module/title" to questions. */
    @SuppressWarnings("unchecked")
    Map<String, List<Map<String, Object>>> quizzes(int version) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request("api/v1/programmes/" + PROGRAMME + "/versions/" + version + "/export", null)
                        .setHeader("Accept", "application/zip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("export answered " + r.statusCode());
        }
        Map<String, List<Map<String, Object>>> quizzes = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String[] parts = entry.getName().split("/");
                if (parts.length == 3 && parts[0].equals("modules") && parts[2].endsWith(".yaml") && !parts[2].equals("module.yaml")) {
                    Map<String, Object> quiz = new Yaml().load(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    quizzes.put(parts[1] + "/" + quiz.get("title"), (List<Map<String, Object>>) quiz.get("questions"));
                }
            }
        }
        return quizzes;
    }

    /** One answer per question: the right one, or a wrong one. */
    @SuppressWarnings("unchecked")
    static String answers(List<Map<String, Object>> questions, boolean right) {
        ArrayNode answers = JSON.createArrayNode();
        for (Map<String, Object> q : questions) {
            ObjectNode a = answers.addObject();
            switch (String.valueOf(q.get("type"))) {
                case "SINGLE", "MULTIPLE" -> {
                    ArrayNode choices = a.putArray("choices");
                    List<Map<String, Object>> options = (List<Map<String, Object>>) q.get("choices");
                    for (int i = 0; i < options.size(); i++) {
                        if (Boolean.TRUE.equals(options.get(i).get("correct")) == right) {
                            choices.add(i);
                        }
                    }
                }
                case "TRUE_FALSE" -> a.put("trueFalse", right == Boolean.TRUE.equals(q.get("answer")));
                case "SHORT_ANSWER" -> a.put("text", right ? String.valueOf(((List<Object>) q.get("accepted")).get(0)) : "je ne sais pas");
                default -> throw new IllegalStateException("question type " + q.get("type"));
            }
        }
        return answers.toString();
    }

    static String describe(List<Event> plan) {
        long done = plan.stream().filter(e -> e.path().endsWith("/done")).count();
        return done + " activities done (`POST /api/v1/enrolments/{id}/activities/{activity}/done`) and " + (plan.size() - done)
                + " quiz attempts (`POST /api/v1/enrolments/{id}/quizzes/{activity}/attempts`), in programme order; every fourth learner "
                + "also fails a quiz's first attempt";
    }

    // ---- setup helpers ----

    String createAccount(String admin, String org, String email, String role) throws IOException, InterruptedException {
        return created(post("api/v1/accounts", admin, json(Map.of("email", email, "displayName", email.substring(0, email.indexOf('@')),
                "password", PASSWORD, "roles", List.of(Map.of("organisationId", org, "role", role)))))).get("id").asText();
    }

    String token(String email, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return created(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens")).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"bench\"}")).build())).get("token").asText();
    }

    interface Call<T, R> {
        R apply(T t) throws Exception;
    }

    /** Applies a call to every item, THREADS at a time; the results in the items' order. */
    <T, R> List<R> parallel(List<T> items, Call<T, R> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> call.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    // ---- HTTP ----

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/" + path)).timeout(Duration.ofMinutes(10))
                .header("Accept", "application/json");
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Counts (and keeps a few of) the answers that are not the expected status. */
    void expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            failed.incrementAndGet();
            if (failures.size() < 10) {
                String body = r.body() == null ? "" : r.body();
                failures.add(r.request().method() + " " + r.uri().getPath() + " -> " + r.statusCode() + " "
                        + body.substring(0, Math.min(300, body.length())));
            }
        }
    }

    /** Setup must succeed entirely before anything is timed. */
    void check() {
        if (failed.get() > 0) {
            throw new IllegalStateException("setup failed: " + failures);
        }
    }

    static JsonNode created(HttpResponse<String> r) throws IOException {
        return body(r, 201);
    }

    static JsonNode ok(HttpResponse<String> r) throws IOException {
        return body(r, 200);
    }

    static JsonNode body(HttpResponse<String> r, int status) throws IOException {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    static String json(Object value) throws IOException {
        return JSON.writeValueAsString(value);
    }

    // ---- figures ----

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    void line(String format, Object... args) {
        report.add(String.format(java.util.Locale.ROOT, format, args));
    }

    static void log(String format, Object... args) {
        System.out.printf(java.util.Locale.ROOT, "[%tT] " + format + "%n", prepend(LocalDateTime.now(), args));
    }

    static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
