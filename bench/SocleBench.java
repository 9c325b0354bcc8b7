import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
 * That is the default mode, {@code progress}. The mode {@code certification} issues CERTIFICATES documents in bulk
 * jobs (one per session of SESSION_SIZE) and DIRECT_CERTIFICATES by direct POSTs, checks them, then loads public
 * verification on VERIFY_CONNECTIONS keep-alive connections; {@code crash-setup} and {@code crash-check} are the two
 * halves of the crash test that run.sh drives (it kills and restarts the server in between). See bench/README.md.
 * Prints a Markdown report and writes it to REPORT when set. Exits 1 when a request or a check failed.
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
        switch (args.length == 0 ? "progress" : args[0]) {
            case "progress" -> bench.run();
            case "certification" -> bench.certification();
            case "crash-setup" -> bench.crashSetup();
            case "crash-check" -> bench.crashCheck();
            default -> {
                System.err.println("modes: progress (default), certification, crash-setup, crash-check");
                System.exit(2);
            }
        }
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
        List<List<Event>> plans = plans(people.get(0), admin);
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

    // ---- certification (issue 5): bulk and direct issuance, public verification, a crash during a bulk run ----

    static final String BULK_KIND = "CERTIFICAT_REALISATION";
    static final String DIRECT_KIND = "ATTESTATION_FIN_FORMATION";

    static int intEnv(String name, int fallback) {
        return Integer.parseInt(env(name, String.valueOf(fallback)));
    }

    /** What the certification modes set up: an issuing organisation with a signatory, its trainer, a programme, learners who started it. */
    record Issuer(String platform, String org, String programme, String trainer, List<Enrolled> learners) {
    }

    /** A learner who has done the programme's lesson: the enrolment has started, so attestations can be issued for it. */
    record Enrolled(String email, String enrolmentId, String token) {
    }

    /**
     * An organisation (ORGANISME_DE_FORMATION) with a trainer, an administrator who sets the signatory, a one-module
     * programme imported as a zip (a lesson and a true/false quiz), and {@code count} learners enrolled by CSV who each
     * mark the lesson done. All through the REST API, THREADS at a time.
     */
    Issuer issuer(int count, String label) throws Exception {
        String platform = token("admin@socle.demo", "Demo-Socle-2026");
        String org = created(post("api/v1/organisations", platform, json(Map.of("name", label + " " + run, "kind", "ORGANISME_DE_FORMATION"))))
                .get("id").asText();
        String trainerEmail = "trainer-" + run + "@bench.socle.test";
        String adminEmail = "org-admin-" + run + "@bench.socle.test";
        createAccount(platform, org, trainerEmail, "TRAINER");
        createAccount(platform, org, adminEmail, "ORG_ADMIN");
        String trainer = token(trainerEmail, PASSWORD);
        String programme = "BENCH-" + run;
        created(send(request("api/v1/programmes/import?organisation=" + org, trainer).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(courseZip(programme))).build()));
        ok(send(request("api/v1/issuers/" + org + "/signatory", token(adminEmail, PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(Map.of("signatoryName", "Claire Martin", "signatoryTitle", "Directrice"))))
                .build()));

        long t = System.nanoTime();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add(String.format("learner-%s-%05d@bench.socle.test", run, i));
        }
        parallel(range(count), i -> created(post("api/v1/accounts", platform, json(Map.of("email", emails.get(i),
                "displayName", String.format("Camille Lefèvre-Ça %05d", i), "password", PASSWORD,
                "roles", List.of(Map.of("organisationId", org, "role", "LEARNER")))))).get("id").asText());
        log("%d learner accounts in %.1f s", count, seconds(t));

        t = System.nanoTime();
        List<String> enrolments = new ArrayList<>();
        for (int from = 0; from < count; from += CSV_CHUNK) {
            StringBuilder csv = new StringBuilder("email;programme\n");
            emails.subList(from, Math.min(count, from + CSV_CHUNK)).forEach(e -> csv.append(e).append(';').append(programme).append('\n'));
            created(send(request("api/v1/enrolments/csv?commit=true&organisation=" + org, trainer)
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build()))
                    .get("enrolments").forEach(id -> enrolments.add(id.asText()));
        }
        log("%d enrolments by CSV in %.1f s", count, seconds(t));

        t = System.nanoTime();
        String first = token(emails.get(0), PASSWORD);
        String lesson = null;
        for (JsonNode a : ok(send(request("api/v1/enrolments/" + enrolments.get(0), first).GET().build())).get("modules").get(0).get("activities")) {
            if (a.get("kind").asText().equals("LESSON")) {
                lesson = a.get("id").asText();
            }
        }
        String lessonId = Objects.requireNonNull(lesson, "no lesson in the programme");
        List<Enrolled> learners = parallel(range(count), i -> {
            String token = i == 0 ? first : token(emails.get(i), PASSWORD);
            expect(post("api/v1/enrolments/" + enrolments.get(i) + "/activities/" + lessonId + "/done", token, null), 200);
            return new Enrolled(emails.get(i), enrolments.get(i), token);
        });
        log("%d learner tokens and lessons done in %.1f s", count, seconds(t));
        check();
        return new Issuer(platform, org, programme, trainer, learners);
    }

    /** The programme: one module (a 30-minute lesson and a true/false quiz), as a course-folder zip. */
    static byte[] courseZip(String code) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(code + "/programme.yaml", "code: " + code + "\ntitle: Cursus " + code + "\naudience: MEDIATEUR\nlevel: 5\n"
                + "certification: Titre professionnel REMN\nsheet:\n"
                + "  objectives: [ \"Accueillir les publics\" ]\n  prerequisites: Aucun\n  assessment: Quiz\n  accessibility: Accessible\n"
                + "components:\n  - code: TC\n    kind: TRONC_COMMUN\n    title: Tronc commun\n    modules: [M1]\n");
        files.put(code + "/modules/M1/module.yaml", "code: M1\ntitle: Premier module\nhours: 7\nmodality: PRESENTIEL\n"
                + "objectives: [ \"Accueillir\" ]\nlicence: CC-BY-SA-4.0\ncompetences:\n  - { framework: pix-crcn, code: \"2.1\", level: 2 }\n"
                + "activities:\n  - type: LESSON\n    title: Une leçon\n    file: lecon.md\n    minutes: 30\n"
                + "  - type: QUIZ\n    title: Un quiz\n    file: quiz.yaml\n    minutes: 10\n");
        files.put(code + "/modules/M1/lecon.md", "## Bienvenue\n\nUne leçon.\n");
        files.put(code + "/modules/M1/quiz.yaml", "title: Quiz\npassMark: 70\nquestions:\n  - type: TRUE_FALSE\n    text: Vrai ?\n    answer: true\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A session of the programme (capacity: its learners), and its learners added one by one as the API allows. */
    String session(Issuer world, List<Enrolled> learners, int number) throws IOException, InterruptedException {
        String id = created(post("api/v1/sessions", world.trainer(), json(Map.of("organisationId", world.org(), "programme", world.programme(),
                "title", "Session " + number + " " + run, "place", "Salle du conseil", "capacity", learners.size(),
                "halfDays", List.of(Map.of("date", LocalDate.now().plusDays(7).toString(), "period", "MATIN",
                        "startMinute", 540, "endMinute", 720, "module", "M1")))))).get("id").asText();
        for (Enrolled l : learners) {
            expect(post("api/v1/sessions/" + id + "/learners", world.trainer(), json(Map.of("enrolmentId", l.enrolmentId()))), 200);
        }
        return id;
    }

    /** Starts a bulk job on a session: 202 and the job's id. */
    String startJob(String trainer, String session) throws IOException, InterruptedException {
        return body(post("api/v1/certification-jobs", trainer, json(Map.of("sessionId", session, "kind", BULK_KIND))), 202).get("id").asText();
    }

    static boolean finished(JsonNode job) {
        return List.of("DONE", "FAILED").contains(job.get("status").asText());
    }

    /**
     * Waits for every job, looking at one job a second (the first not seen finished), so that the polling hardly loads
     * the server; every 60 s (first after 10 s) it reads them all once to count those RUNNING at the same time.
     */
    List<JsonNode> waitForJobs(String trainer, List<String> jobs, List<Integer> running) throws Exception {
        List<JsonNode> last = new ArrayList<>();
        long start = System.nanoTime();
        long nextSample = start + 10_000_000_000L;
        long nextLog = start + 30_000_000_000L;
        while (last.size() < jobs.size()) {
            if (jobs.size() > 1 && System.nanoTime() > nextSample) {
                int n = 0;
                for (String id : jobs) {
                    n += ok(send(request("api/v1/certification-jobs/" + id, trainer).GET().build())).get("status").asText().equals("RUNNING") ? 1 : 0;
                }
                running.add(n);
                nextSample = System.nanoTime() + 60_000_000_000L;
            }
            JsonNode job = ok(send(request("api/v1/certification-jobs/" + jobs.get(last.size()), trainer).GET().build()));
            if (finished(job)) {
                last.add(job);
                continue;
            }
            if (System.nanoTime() > nextLog) {
                log("  %d/%d jobs finished; job %d: %s, %d/%d", last.size(), jobs.size(), last.size() + 1, job.get("status").asText(),
                        job.get("done").asInt(), job.get("total").asInt());
                nextLog = System.nanoTime() + 30_000_000_000L;
            }
            Thread.sleep(1000);
        }
        return last;
    }

    void certification() throws Exception {
        int count = intEnv("CERTIFICATES", 10_000);
        int direct = Math.min(count, intEnv("DIRECT_CERTIFICATES", count));
        int sessionSize = intEnv("SESSION_SIZE", 100);
        int issueThreads = intEnv("ISSUE_THREADS", 8);
        int connections = intEnv("VERIFY_CONNECTIONS", 64);
        int verifySeconds = intEnv("VERIFY_SECONDS", 30);
        int warmupSeconds = intEnv("VERIFY_WARMUP_SECONDS", 10);
        double unknownShare = Double.parseDouble(env("VERIFY_UNKNOWN_SHARE", "0.05"));
        Cpu cpu = new Cpu(env("SERVER_PID", ""), env("DB_PID", ""));
        String loadBefore = Cpu.loadAverage();
        log("Certification benchmark on %s: %d certificates in bulk jobs (sessions of %d), %d by direct POSTs (%d threads), "
                + "then %d s of verifications on %d connections", base, count, sessionSize, direct, issueThreads, verifySeconds, connections);

        long setupStart = System.nanoTime();
        Issuer world = issuer(count, "Bench certification");
        double learnersSeconds = seconds(setupStart);
        long t = System.nanoTime();
        List<List<Enrolled>> groups = new ArrayList<>();
        for (int from = 0; from < count; from += sessionSize) {
            groups.add(world.learners().subList(from, Math.min(count, from + sessionSize)));
        }
        List<String> sessions = parallel(range(groups.size()), i -> session(world, groups.get(i), i + 1));
        double sessionsSeconds = seconds(t);
        log("%d sessions of up to %d learners in %.1f s", sessions.size(), sessionSize, sessionsSeconds);
        check();

        // (a) bulk issuance: one certification job per session, all started at once
        log("Timed: %d bulk jobs (%s)", sessions.size(), BULK_KIND);
        Cpu.Snapshot bulkBefore = cpu.snapshot();
        long bulkStart = System.nanoTime();
        List<String> jobs = new ArrayList<>();
        for (String s : sessions) {
            jobs.add(startJob(world.trainer(), s));
        }
        double startSeconds = seconds(bulkStart);
        List<Integer> running = new ArrayList<>();
        List<JsonNode> done = waitForJobs(world.trainer(), jobs, running);
        double bulkClientSeconds = seconds(bulkStart);
        Cpu.Snapshot bulkAfter = cpu.snapshot();
        Instant firstCreated = done.stream().map(j -> Instant.parse(j.get("createdAt").asText())).min(Instant::compareTo).orElseThrow();
        Instant lastFinished = done.stream().map(j -> Instant.parse(j.get("finishedAt").asText())).max(Instant::compareTo).orElseThrow();
        double bulkSeconds = Duration.between(firstCreated, lastFinished).toNanos() / 1e9;
        int bulkIssued = done.stream().mapToInt(j -> j.get("done").asInt()).sum();
        int bulkSkipped = done.stream().mapToInt(j -> j.get("skipped").asInt()).sum();
        long bulkFailed = done.stream().filter(j -> !j.get("status").asText().equals("DONE")).count();
        done.stream().filter(j -> j.get("skipped").asInt() > 0 || !j.get("status").asText().equals("DONE")).limit(3)
                .forEach(j -> failures.add("job " + j));
        if (bulkSkipped > 0 || bulkFailed > 0) {
            failed.incrementAndGet();
        }
        log("Bulk: %d documents in %.1f s (server clock): %.1f/s; %d skipped, %d jobs failed", bulkIssued, bulkSeconds, bulkIssued / bulkSeconds,
                bulkSkipped, bulkFailed);

        // (a') direct issuance: POST /api/v1/certificates from ISSUE_THREADS client threads
        log("Timed: %d direct POST /api/v1/certificates (%s), %d threads", direct, DIRECT_KIND, issueThreads);
        List<Long> issueTimes = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> directCodes = new java.util.concurrent.ConcurrentHashMap<>();
        Cpu.Snapshot directBefore = cpu.snapshot();
        long directStart = System.nanoTime();
        parallel(world.learners().subList(0, direct), issueThreads, l -> {
            long start = System.nanoTime();
            HttpResponse<String> r = post("api/v1/certificates", world.trainer(), json(Map.of("kind", DIRECT_KIND, "enrolmentId", l.enrolmentId())));
            issueTimes.add(System.nanoTime() - start);
            expect(r, 201);
            if (r.statusCode() == 201) {
                directCodes.put(l.enrolmentId(), JSON.readTree(r.body()).get("code").asText());
            }
            return null;
        });
        double directSeconds = seconds(directStart);
        Cpu.Snapshot directAfter = cpu.snapshot();
        log("Direct: %d documents in %.1f s: %.1f/s", issueTimes.size(), directSeconds, issueTimes.size() / directSeconds);
        int again = Math.min(direct, 100);
        int sameAnswer = 0;
        for (int i = 0; i < again; i++) {
            Enrolled l = world.learners().get(random.nextInt(direct));
            HttpResponse<String> r = post("api/v1/certificates", world.trainer(), json(Map.of("kind", DIRECT_KIND, "enrolmentId", l.enrolmentId())));
            expect(r, 200);
            if (r.statusCode() == 200 && JSON.readTree(r.body()).get("code").asText().equals(directCodes.get(l.enrolmentId()))) {
                sameAnswer++;
            }
        }

        // every learner's documents, through the API: exactly one of each kind, no code twice
        t = System.nanoTime();
        AtomicInteger wrongCounts = new AtomicInteger();
        List<List<String>> codesOf = parallel(range(count), i -> {
            Enrolled l = world.learners().get(i);
            JsonNode mine = ok(send(request("api/v1/certificates?mine=true", l.token()).GET().build()));
            int bulkDocs = 0;
            int directDocs = 0;
            List<String> codes = new ArrayList<>();
            for (JsonNode c : mine) {
                codes.add(c.get("code").asText());
                bulkDocs += c.get("kind").asText().equals(BULK_KIND) ? 1 : 0;
                directDocs += c.get("kind").asText().equals(DIRECT_KIND) ? 1 : 0;
            }
            if (bulkDocs != 1 || directDocs != (i < direct ? 1 : 0) || codes.size() != bulkDocs + directDocs) {
                wrongCounts.incrementAndGet();
                if (failures.size() < 10) {
                    failures.add(l.email() + " has " + bulkDocs + " " + BULK_KIND + " and " + directDocs + " " + DIRECT_KIND);
                }
            }
            return codes;
        });
        List<String> codes = codesOf.stream().flatMap(List::stream).toList();
        long distinct = codes.stream().distinct().count();
        if (wrongCounts.get() > 0 || distinct != codes.size() || codes.size() != count + direct) {
            failed.incrementAndGet();
        }
        log("Documents read back in %.1f s: %d codes, %d distinct, %d learners with a wrong count", seconds(t), codes.size(), distinct, wrongCounts.get());
        JsonNode chain = ok(send(request("api/v1/certification-log/check", world.platform()).GET().build()));

        // (b) public verification
        log("Timed: verifications on %d connections, %d s warm-up then %d s measured, %.0f%% unknown codes", connections, warmupSeconds, verifySeconds,
                unknownShare * 100);
        Load load = verify(codes, connections, warmupSeconds, verifySeconds, unknownShare, cpu);
        log("Verifications: %.0f/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; %d wrong answers, %d connection errors", load.perSecond(),
                ms(load.percentile(50)), ms(load.percentile(95)), ms(load.percentile(99)), load.wrong(), load.errors());
        if (load.wrong() > 0 || load.errors() > 0) {
            failed.incrementAndGet();
        }
        String loadAfter = Cpu.loadAverage();

        line("# Socle certification benchmark, %s", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        line("");
        line("Server %s (%s); machine: %s. %s", base, env("BENCH_DB", "database not given"),
                env("BENCH_MACHINE", Runtime.getRuntime().availableProcessors() + " cores"), env("BENCH_SERVER_SETTINGS", ""));
        line("Load average (1, 5, 15 min) before: %s; after: %s.", loadBefore, loadAfter);
        line("");
        line("| measure | result |");
        line("|---|---|");
        line("| (a) bulk issuance: %d `%s` (signed PDF + VC-JWT) by %d `POST /api/v1/certification-jobs`, one per session of %d, started together "
                        + "| **%.1f certificates/s** (%d issued in %.1f s, from the first job's creation to the last one's end, server clock; "
                        + "%.1f s seen by the client, starting the jobs took %.1f s); jobs RUNNING at once when sampled: %s; skipped %d, failed jobs %d; "
                        + "CPU %s |",
                count, BULK_KIND, jobs.size(), sessionSize, bulkIssued / bulkSeconds, bulkIssued, bulkSeconds, bulkClientSeconds, startSeconds,
                running, bulkSkipped, bulkFailed, Cpu.usage(bulkBefore, bulkAfter));
        line("| (a') direct issuance: %d `%s` by `POST /api/v1/certificates` from %d client threads | **%.1f certificates/s** (%d in %.1f s); "
                        + "per certificate p50 %.0f ms, p95 %.0f ms, p99 %.0f ms; CPU %s |",
                direct, DIRECT_KIND, issueThreads, issueTimes.size() / directSeconds, issueTimes.size(), directSeconds,
                ms(percentile(issueTimes, 50)), ms(percentile(issueTimes, 95)), ms(percentile(issueTimes, 99)), Cpu.usage(directBefore, directAfter));
        line("| (b) public verification `GET /api/v1/verifications/{code}`, %d keep-alive connections, %d s after %d s of warm-up, "
                        + "%d codes, %.0f%% unknown codes (404) | **%.0f verifications/s** (%d in %.1f s); p50 %.2f ms, p95 %.2f ms, **p99 %.2f ms**, "
                        + "max %.1f ms; %d wrong answers, %d connection errors; CPU %s |",
                connections, verifySeconds, warmupSeconds, codes.size(), unknownShare * 100, load.perSecond(), load.requests(), load.seconds(),
                ms(load.percentile(50)), ms(load.percentile(95)), ms(load.percentile(99)), ms(load.percentile(100)), load.wrong(), load.errors(),
                load.usage());
        line("");
        line("Checks: every learner has exactly one `%s`%s (%d learners with another count, read back through "
                        + "`GET /api/v1/certificates?mine=true`); %d codes, %d distinct. Issuing again %d direct documents answered 200 with the same code "
                        + "%d times (idempotent). The certification log's check (`GET /api/v1/certification-log/check`): %s.", BULK_KIND, direct == count ? " and one `" + DIRECT_KIND + "`" : " and the first " + direct + " one `"
                        + DIRECT_KIND + "`", wrongCounts.get(), codes.size(), distinct, again, sameAnswer, chain);
        line("");
        line("Setup (not timed above): %d learners (accounts, enrolments by CSV, tokens, the lesson done) in %.1f s; %d sessions filled through "
                + "`POST /api/v1/sessions/{id}/learners` in %.1f s.", count, learnersSeconds, sessions.size(), sessionsSeconds);
        line("Verification client: Java, %d threads, each with its own keep-alive socket (HTTP/1.1, no library), on the same machine as "
                + "the server and the database; a request's time is from writing it to reading the whole answer.", connections);
        line("Failed requests or checks: %d.", failed.get());
        failures.stream().limit(10).forEach(f -> line("- %s", f));
        writeReport();
    }

    void writeReport() throws IOException {
        String text = String.join("\n", report) + "\n";
        System.out.println();
        System.out.print(text);
        String file = System.getenv("REPORT");
        if (file != null && !file.isBlank()) {
            Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
            Files.writeString(Path.of(file), text);
        }
    }

    static List<Integer> range(int n) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    // ---- the public verification load ----

    /** What the verification load measured: the requests that started in the measured window. */
    record Load(long requests, long wrong, long errors, long[] sortedNanos, double seconds, String usage) {
        double perSecond() {
            return requests / seconds;
        }

        long percentile(int p) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
            return sortedNanos[Math.max(0, rank - 1)];
        }
    }

    /** One client thread's figures. */
    static final class Recorder {
        long[] nanos = new long[1 << 16];
        int size;
        long wrong;
        long errors;

        void add(long took) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = took;
        }
    }

    /**
     * {@code connections} threads, each on its own keep-alive socket, ask for random codes of the set (and a share of
     * well-formed unknown codes, which must answer 404) as fast as the server answers, for the warm-up then the
     * measured window. A known code must answer 200 with its code in the body.
     */
    Load verify(List<String> codes, int connections, int warmupSeconds, int measuredSeconds, double unknownShare, Cpu cpu) throws Exception {
        URI uri = URI.create(base);
        String prefix = codes.get(0).substring(0, codes.get(0).indexOf('-'));
        long start = System.nanoTime();
        long from = start + warmupSeconds * 1_000_000_000L;
        long to = from + measuredSeconds * 1_000_000_000L;
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int n = 0; n < connections; n++) {
            Recorder rec = new Recorder();
            recorders.add(rec);
            long seed = 1000 + n;
            threads.add(new Thread(() -> {
                java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
                Conn c = null;
                while (true) {
                    boolean unknown = r.nextDouble() < unknownShare;
                    String code = unknown ? unknownCode(prefix, r) : codes.get(r.nextInt(codes.size()));
                    long begin = System.nanoTime();
                    if (begin >= to) {
                        break;
                    }
                    try {
                        if (c == null) {
                            c = new Conn(uri.getHost(), uri.getPort());
                        }
                        int status = c.get("/api/v1/verifications/" + code);
                        long took = System.nanoTime() - begin;
                        boolean right = unknown ? status == 404 : status == 200 && c.bodyContains("\"code\":\"" + code + "\"");
                        if (begin >= from) {
                            rec.add(took);
                            rec.wrong += right ? 0 : 1;
                        }
                        if (c.close) {
                            c.close();
                            c = null;
                        }
                    } catch (IOException | RuntimeException e) {
                        if (begin >= from) {
                            rec.errors++;
                        }
                        if (c != null) {
                            c.close();
                        }
                        c = null;
                    }
                }
                if (c != null) {
                    c.close();
                }
            }, "verify-" + n));
        }
        threads.forEach(Thread::start);
        Thread.sleep(Math.max(0, (from - System.nanoTime()) / 1_000_000));
        Cpu.Snapshot before = cpu.snapshot();
        Thread.sleep(Math.max(0, (to - System.nanoTime()) / 1_000_000));
        Cpu.Snapshot after = cpu.snapshot();
        for (Thread th : threads) {
            th.join();
        }
        int total = recorders.stream().mapToInt(r -> r.size).sum();
        long[] all = new long[total];
        int at = 0;
        for (Recorder r : recorders) {
            System.arraycopy(r.nanos, 0, all, at, r.size);
            at += r.size;
        }
        Arrays.sort(all);
        return new Load(total, recorders.stream().mapToLong(r -> r.wrong).sum(), recorders.stream().mapToLong(r -> r.errors).sum(), all,
                measuredSeconds, Cpu.usage(before, after));
    }

    static String unknownCode(String prefix, java.util.SplittableRandom r) {
        String alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            code.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** A minimal HTTP/1.1 keep-alive client connection: GET, status, headers, a Content-Length or chunked body. */
    static final class Conn implements AutoCloseable {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        final String host;
        byte[] body = new byte[8192];
        int bodyLength;
        boolean close;

        Conn(String host, int port) throws IOException {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
            out = new BufferedOutputStream(socket.getOutputStream(), 1024);
            this.host = host + ":" + port;
        }

        int get(String path) throws IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            close = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
                String value = h.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Integer.parseInt(value);
                    case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> {
                    }
                }
            }
            bodyLength = 0;
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0; size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    read(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                read(length);
            } else {
                throw new IOException("an answer without a length");
            }
            return code;
        }

        boolean bodyContains(String text) {
            return new String(body, 0, bodyLength, StandardCharsets.UTF_8).contains(text);
        }

        private void read(int n) throws IOException {
            if (bodyLength + n > body.length) {
                body = Arrays.copyOf(body, Math.max(body.length * 2, bodyLength + n));
            }
            if (in.readNBytes(body, bodyLength, n) != n) {
                throw new EOFException();
            }
            bodyLength += n;
        }

        private String line() throws IOException {
            StringBuilder s = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException();
                }
                if (b != '\r') {
                    s.append((char) b);
                }
            }
            return s.toString();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** CPU time of the server, the database and this client, from /proc (Linux, 100 clock ticks a second), and the machine's. */
    static final class Cpu {
        final String server;
        final String db;

        Cpu(String server, String db) {
            this.server = server;
            this.db = db;
        }

        record Snapshot(long nanos, long server, long db, long client, long machineBusy, long machineTotal) {
        }

        Snapshot snapshot() {
            long[] machine = machine();
            return new Snapshot(System.nanoTime(), ticks(server), ticks(db), ticks("self"), machine[0], machine[1]);
        }

        /** "server 120%, MariaDB 30%, client 25%, whole machine 190% (of 200%)": percent of one core over the interval. */
        static String usage(Snapshot a, Snapshot b) {
            double seconds = (b.nanos() - a.nanos()) / 1e9;
            int cores = Runtime.getRuntime().availableProcessors();
            String server = a.server() < 0 ? "server ?" : String.format(java.util.Locale.ROOT, "server %.0f%%", (b.server() - a.server()) / seconds);
            String db = a.db() < 0 ? "" : String.format(java.util.Locale.ROOT, ", MariaDB %.0f%%", (b.db() - a.db()) / seconds);
            double busy = b.machineTotal() == a.machineTotal() ? 0 : 100.0 * cores * (b.machineBusy() - a.machineBusy()) / (b.machineTotal() - a.machineTotal());
            return String.format(java.util.Locale.ROOT, "%s%s, this client %.0f%%, whole machine %.0f%% (of %d%%, others included)", server, db,
                    (b.client() - a.client()) / seconds, busy, cores * 100);
        }

        /** utime + stime of a process, in clock ticks (10 ms); -1 when unknown. */
        static long ticks(String pid) {
            if (pid == null || pid.isBlank()) {
                return -1;
            }
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        /** Busy and total ticks of the whole machine. */
        static long[] machine() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                return new long[] {total - idle, total};
            } catch (IOException | RuntimeException e) {
                return new long[] {0, 0};
            }
        }

        static String loadAverage() {
            try {
                String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return f[0] + ", " + f[1] + ", " + f[2];
            } catch (IOException e) {
                return "?";
            }
        }
    }

    // ---- a crash during a bulk run ----

    /**
     * Sets up CRASH_LEARNERS learners in one session, starts a bulk job on it and writes what crash-check needs to
     * CRASH_STATE; run.sh then kills the server with SIGKILL while the job runs.
     */
    void crashSetup() throws Exception {
        int count = intEnv("CRASH_LEARNERS", 300);
        long t = System.nanoTime();
        Issuer world = issuer(count, "Bench crash");
        double learnersSeconds = seconds(t);
        t = System.nanoTime();
        String session = session(world, world.learners(), 1);
        double sessionSeconds = seconds(t);
        check();
        String job = startJob(world.trainer(), session);
        log("Job %s started on session %s (%d learners)", job, session, count);
        ObjectNode state = JSON.createObjectNode().put("job", job).put("session", session).put("trainer", world.trainer())
                .put("platform", world.platform()).put("learnersSeconds", learnersSeconds).put("sessionSeconds", sessionSeconds);
        ArrayNode learners = state.putArray("learners");
        world.learners().forEach(l -> learners.addObject().put("email", l.email()).put("enrolment", l.enrolmentId()).put("token", l.token()));
        Files.writeString(Path.of(env("CRASH_STATE", "target/bench-crash-state.json")), state.toString());
    }

    /**
     * After the restarts: waits for the resumed job, then checks through the API that each learner has exactly one
     * document of the kind, that the log's chain holds, and that running the job again adds nothing.
     */
    void crashCheck() throws Exception {
        JsonNode state = JSON.readTree(Files.readString(Path.of(env("CRASH_STATE", "target/bench-crash-state.json"))));
        String trainer = state.get("trainer").asText();
        String jobId = state.get("job").asText();
        long t = System.nanoTime();
        JsonNode job = waitForJobs(trainer, List.of(jobId), new ArrayList<>()).get(0);
        double waited = seconds(t);
        log("Job after the restart: %s", job);
        List<JsonNode> learners = new ArrayList<>();
        state.get("learners").forEach(learners::add);
        int[] histogram = documentsPerLearner(learners);
        JsonNode chain = ok(send(request("api/v1/certification-log/check", state.get("platform").asText()).GET().build()));
        String rerunId = startJob(trainer, state.get("session").asText());
        JsonNode rerun = waitForJobs(trainer, List.of(rerunId), new ArrayList<>()).get(0);
        int[] afterRerun = documentsPerLearner(learners);
        int n = learners.size();
        boolean good = job.get("status").asText().equals("DONE") && job.get("done").asInt() == n && job.get("skipped").asInt() == 0
                && histogram[1] == n && rerun.get("status").asText().equals("DONE") && afterRerun[1] == n;
        if (!good) {
            failed.incrementAndGet();
        }
        line("# Socle crash test of a bulk issuance, %s", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        line("");
        line("Server %s (%s); machine: %s.", base, env("BENCH_DB", "database not given"), env("BENCH_MACHINE", ""));
        line("");
        line("A session of %d learners (each did the lesson), one `POST /api/v1/certification-jobs` for `%s`, the server killed with "
                + "SIGKILL (`kill -9`) while the job ran, and started again on the same database:", n, BULK_KIND);
        line("");
        line("%s", env("CRASH_EVENTS_TEXT", "(no kill recorded)"));
        line("");
        line("| check | result |");
        line("|---|---|");
        line("| the job after the restart | %s, done %d of %d, skipped %d (resumed at start; finished %.1f s after the server answered again) |",
                job.get("status").asText(), job.get("done").asInt(), job.get("total").asInt(), job.get("skipped").asInt(), waited);
        line("| learners with 0 / exactly 1 / 2 or more `%s` (`GET /api/v1/certificates?mine=true`) | %d / **%d** / %d |", BULK_KIND,
                histogram[0], histogram[1], histogram[2]);
        line("| the certification log's hash chain (`GET /api/v1/certification-log/check`) | %s, %d entries |",
                chain.get("intact").asBoolean() ? "intact" : "BROKEN: " + chain, chain.get("entries").asLong());
        line("| the same job run again | %s, done %d, skipped %d; then %d / %d / %d learners with 0 / 1 / 2 or more documents |",
                rerun.get("status").asText(), rerun.get("done").asInt(), rerun.get("skipped").asInt(), afterRerun[0], afterRerun[1], afterRerun[2]);
        line("");
        line("Outcome: **%s** (the job, the documents and the rerun; the log is checked apart, above and below).",
                good ? "passed, no document missing and none twice" : "FAILED");
        line("Setup: %d learners in %.1f s, the session filled in %.1f s.", n, state.get("learnersSeconds").asDouble(), state.get("sessionSeconds").asDouble());
        line("Failed requests or checks: %d.", failed.get());
        failures.stream().limit(10).forEach(f -> line("- %s", f));
        writeReport();
    }

    /** How many learners hold 0, 1, and 2 or more documents of the bulk kind. */
    int[] documentsPerLearner(List<JsonNode> learners) throws Exception {
        int[] histogram = new int[3];
        for (int docs : parallel(learners, l -> {
            int n = 0;
            for (JsonNode c : ok(send(request("api/v1/certificates?mine=true", l.get("token").asText()).GET().build()))) {
                n += c.get("kind").asText().equals(BULK_KIND) && c.get("enrolmentId").asText().equals(l.get("enrolment").asText()) ? 1 : 0;
            }
            return n;
        })) {
            histogram[Math.min(2, docs)]++;
        }
        return histogram;
    }

    // ---- the learners' progress events ----

    /**
     * The events a learner records, in the order of the programme: each lesson and tutorial done,
     * each quiz attempted and passed; every fourth learner fails a quiz's first attempt. Two plans
     * (with and without a failed attempt), cut to EVENTS; re-reading lessons makes up any shortfall.
     */
    List<List<Event>> plans(Learner sample, String author) throws IOException, InterruptedException {
        JsonNode enrolment = ok(send(request("api/v1/enrolments/" + sample.enrolmentId(), sample.token()).GET().build()));
        Map<String, List<Map<String, Object>>> quizzes = quizzes(enrolment.get("version").asInt(), author);
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

    /**
     * The quizzes of the programme version, from its export (the course files): "module/title" to questions.
     * Read as someone who may author the programme (the platform administrator): only authors get the answer keys.
     */
    @SuppressWarnings("unchecked")
    Map<String, List<Map<String, Object>>> quizzes(int version, String author) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request("api/v1/programmes/" + PROGRAMME + "/versions/" + version + "/export", author)
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
        return parallel(items, threads, call);
    }

    /** Applies a call to every item, {@code n} at a time; the results in the items' order. */
    <T, R> List<R> parallel(List<T> items, int n, Call<T, R> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
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
