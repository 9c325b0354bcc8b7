package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Qualiopi indicators and hours delivered, on a small real data set made through the API: of five
 * learners of a certifying programme (one module: a 30-minute lesson and a 10-minute quiz), A (agent
 * of category B) and D (conseiller numérique) complete it, A holds a certificat (D's is revoked), B (élu) fails the
 * quiz and abandons, C (no profile) interrupts after the lesson, E only enrols. The hours are sums of
 * the same ledger as GET organisations/{id}/hours. A and D answer the default hot survey (A: 4, 5, 4, 5, 4 = 4.40;
 * D: 3, 3, 3, 3, 4 = 3.20; mean 3.80, 2 responses of 4 ended); the log holds a complaint about the programme,
 * one about another programme, one from 2025 and one of another organisation; one action is open, one was done
 * in 2025. The organisation's agrément is past its renewal deadline: the page warns.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
    }

    static final String PERIOD = "from=2026-01-01&to=2026-12-31";

    @ArquillianResource
    URL base;

    Http http;

    static World world;

    record World(String org, String code, String trainer, String admin, String adminEmail, String otherAdmin, String learner, String certificate,
                 LocalDate today) {
    }

    @BeforeEach
    void connect() {
        http = new Http(base);
        if (world == null) {
            world = build();
        }
    }

    private World build() {
        String platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        String org = http.newOrganisation(platform, "Organisme Qualité", "ORGANISME_DE_FORMATION");
        String other = http.newOrganisation(platform, "Autre organisme qualité", "ORGANISME_DE_FORMATION");
        String trainer = http.newSignedIn(platform, org, "TRAINER", "Formatrice").token();
        var administrator = http.newSignedIn(platform, org, "ORG_ADMIN", "Gestionnaire");
        String admin = administrator.token();
        String otherAdmin = http.newSignedIn(platform, other, "ORG_ADMIN", "Gestionnaire ailleurs").token();
        String code = "QUA-" + Fixtures.unique("X").substring(2).toUpperCase();
        var imported = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import?organisation=" + org))
                .header("Authorization", "Bearer " + trainer).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(CertificationIT.course(code)))));
        assertEquals(201, imported.status(), imported::toString);
        assertEquals(200, http.put("api/v1/issuers/" + org + "/signatory", admin,
                "{\"signatoryName\":\"Claire Martin\",\"signatoryTitle\":\"Directrice\"}").status());

        Map<String, String[]> learners = new HashMap<>();
        for (String name : List.of("A", "B", "C", "D", "E")) {
            var account = http.newSignedIn(platform, org, "LEARNER", "Apprenant " + name);
            var enrolled = http.post("api/v1/enrolments", account.token(), "{\"programme\":" + q(code) + "}");
            assertEquals(201, enrolled.status(), enrolled::toString);
            learners.put(name, new String[] {account.id(), account.token(), enrolled.json().getString("id")});
        }
        profile(learners.get("A"), "{\"type\":\"AGENT_TERRITORIAL\",\"category\":\"B\"}");
        profile(learners.get("B"), "{\"type\":\"ELU\"}");
        profile(learners.get("D"), "{\"type\":\"CONSEILLER_NUMERIQUE\"}");
        learn(learners.get("A"), true, true);
        learn(learners.get("B"), true, false);
        learn(learners.get("C"), false, null);
        learn(learners.get("D"), true, true);
        end(trainer, learners.get("B"), true, "Changement de poste");
        end(trainer, learners.get("C"), false, "Arrêt maladie");
        // completing a certifying programme issues its certificat (or this call does); D's is revoked: it no longer counts
        String certificate = certificat(trainer, learners.get("A"));
        var revoked = http.post("api/v1/certificates/" + certificat(trainer, learners.get("D")) + "/revocation", admin, "{\"reason\":\"Erreur\"}");
        assertEquals(200, revoked.status(), revoked::toString);

        var surveys = http.post("api/v1/surveys/defaults?organisation=" + org, admin, "");
        assertTrue(surveys.status() == 200 || surveys.status() == 201, surveys::toString);
        answerHot(learners.get("A"), List.of(4, 5, 4, 5, 4));
        answerHot(learners.get("D"), List.of(3, 3, 3, 3, 4));

        String about = complaint(admin, org, "2026-03-02", code, "Supports illisibles");
        complaint(admin, org, "2026-04-10", "AUTRE-PROG", "Salle trop froide");
        complaint(admin, org, "2025-06-01", code, "Ancienne réclamation");
        complaint(otherAdmin, other, "2026-03-03", null, "Réclamation ailleurs");
        var action = http.post("api/v1/improvement-actions", admin, "{\"organisationId\":" + q(org) + ",\"complaintId\":" + q(about)
                + ",\"title\":\"Réimprimer les supports en corps 14\",\"owner\":\"Équipe pédagogique\",\"dueOn\":\"2026-12-15\"}");
        assertEquals(201, action.status(), action::toString);
        var old = http.post("api/v1/improvement-actions", admin, "{\"organisationId\":" + q(org) + ",\"origin\":\"AUDIT\","
                + "\"title\":\"Ancienne action close\",\"status\":\"REALISEE\",\"doneOn\":\"2025-12-15\"}");
        assertEquals(201, old.status(), old::toString);

        // granted two years less one month ago: valid one more month, its renewal deadline passed (a warning)
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        String start = today.plusMonths(1).minusYears(2).toString();
        var agrement = http.post("api/v1/organisations/" + org + "/agrements", admin, "{\"kind\":\"INITIAL\",\"number\":\"AGR-QUA-1\","
                + "\"grantedOn\":" + q(start) + ",\"startsOn\":" + q(start) + ",\"decisionReference\":\"Décision n° 7\"}");
        assertEquals(201, agrement.status(), agrement::toString);
        return new World(org, code, trainer, admin, administrator.email(), otherAdmin, learners.get("A")[1], certificate, today);
    }

    /** The learner answers the hot survey due for its enrolment: these scores to the Likert questions, a comment to the text one. */
    private void answerHot(String[] learner, List<Integer> scores) {
        var due = http.get("api/v1/surveys/due", learner[1]);
        assertEquals(200, due.status(), due::toString);
        JsonObject hot = due.array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("kind").equals("HOT") && d.getString("enrolmentId").equals(learner[2])).findFirst()
                .orElseThrow(() -> new AssertionError("no hot survey due: " + due));
        StringBuilder answers = new StringBuilder("[");
        int i = 0;
        for (JsonValue v : hot.getJsonArray("questions")) {
            JsonObject question = v.asJsonObject();
            answers.append(answers.length() > 1 ? "," : "").append("{\"questionId\":").append(q(question.getString("id")))
                    .append(question.getString("kind").equals("LIKERT") ? ",\"score\":" + scores.get(i++) : ",\"text\":\"Très utile\"").append('}');
        }
        assertEquals(scores.size(), i, "one score per Likert question");
        var r = http.post("api/v1/surveys/" + hot.getString("surveyId") + "/responses", learner[1],
                "{\"enrolmentId\":" + q(learner[2]) + ",\"answers\":" + answers + "]}");
        assertEquals(201, r.status(), r::toString);
    }

    private String complaint(String token, String org, String receivedOn, String programme, String subject) {
        var r = http.post("api/v1/complaints", token, "{\"organisationId\":" + q(org) + ",\"receivedOn\":" + q(receivedOn)
                + ",\"channel\":\"EMAIL\",\"kind\":\"RECLAMATION\",\"author\":\"Mme Durand\""
                + (programme == null ? "" : ",\"programmeCode\":" + q(programme)) + ",\"subject\":" + q(subject)
                + ",\"description\":\"Reçue par courriel.\"}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private String certificat(String trainer, String[] learner) {
        var issued = http.post("api/v1/certificates", trainer, "{\"kind\":\"CERTIFICAT\",\"enrolmentId\":" + q(learner[2]) + "}");
        assertTrue(issued.status() == 200 || issued.status() == 201, issued::toString);
        return issued.json().getString("code");
    }

    private void profile(String[] learner, String json) {
        var r = http.put("api/v1/accounts/" + learner[0] + "/profile", learner[1], json);
        assertEquals(200, r.status(), r::toString);
    }

    /** The lesson (30 minutes), and the quiz (10 minutes when passed) when {@code pass} is not null. */
    private void learn(String[] learner, boolean quiz, Boolean pass) {
        String enrolment = learner[2];
        var activities = http.get("api/v1/enrolments/" + enrolment, learner[1]).json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("activities");
        assertEquals(200, http.post("api/v1/enrolments/" + enrolment + "/activities/" + activities.getJsonObject(0).getString("id") + "/done",
                learner[1], "").status());
        if (quiz) {
            assertEquals(201, http.post("api/v1/enrolments/" + enrolment + "/quizzes/" + activities.getJsonObject(1).getString("id") + "/attempts",
                    learner[1], "[{\"trueFalse\":" + pass + "}]").status());
        }
    }

    private void end(String trainer, String[] learner, boolean abandon, String reason) {
        var r = http.post("api/v1/enrolments/" + learner[2] + "/end", trainer, "{\"abandon\":" + abandon + ",\"reason\":" + q(reason) + "}");
        assertEquals(200, r.status(), r::toString);
    }

    private Map<String, JsonObject> figures(String query, String token) {
        var r = http.get("api/v1/organisations/" + world.org() + "/qualiopi?" + query, token);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("figures").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(f -> f.getString("indicator"), f -> f));
    }

    private static void assertFigure(JsonObject f, int numerator, int denominator, double rate) {
        assertEquals(numerator, f.getInt("numerator"), f::toString);
        assertEquals(denominator, f.getInt("denominator"), f::toString);
        assertEquals(rate, f.getJsonNumber("rate").doubleValue(), 0.001, f::toString);
    }

    @Test
    void theIndicatorsCountTheEnrolmentsEndedInThePeriodAndCarryTheirRows() {
        Map<String, JsonObject> f = figures(PERIOD + "&programme=" + world.code(), world.admin());
        // ended: A and D completed, B abandoned, C interrupted
        assertFigure(f.get("COMPLETION"), 2, 4, 50.0);
        assertFigure(f.get("DROP_OUT"), 1, 4, 25.0);
        assertFigure(f.get("INTERRUPTION"), 1, 4, 25.0);
        // A holds a certificat, D's was revoked
        assertFigure(f.get("CERTIFICATION"), 1, 2, 50.0);
        // entered: A, B, C, D (E never started), none positioned
        assertFigure(f.get("POSITIONING"), 0, 4, 0.0);
        // A and D passed their one quiz
        assertFigure(f.get("OBJECTIVES"), 2, 2, 100.0);
        // A (4.40) and D (3.20) answered the hot survey: 2 of the 4 ended answered, mean (4.40 + 3.20) / 2 = 3.80
        assertFigure(f.get("SATISFACTION_HOT"), 2, 4, 50.0);
        assertEquals("3.80", f.get("SATISFACTION_HOT").getJsonNumber("mean").bigDecimalValue().toPlainString());
        assertEquals(2, f.get("SATISFACTION_HOT").getInt("scoredResponses"));
        assertEquals(List.of("Apprenant A:4.4", "Apprenant D:3.2"), f.get("SATISFACTION_HOT").getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getBoolean("counted")).map(r -> r.getString("learner") + ":" + r.getString("detail")).sorted().toList());
        assertEquals(4, f.get("SATISFACTION_HOT").getJsonArray("rows").size(), "a row per enrolment of the cohort, answered or not");
        assertFigure(f.get("SATISFACTION_COLD"), 0, 4, 0.0);
        assertFalse(f.get("SATISFACTION_COLD").containsKey("mean") && f.get("SATISFACTION_COLD").get("mean") != JsonValue.NULL, "no response, no mean");

        var rows = f.get("CERTIFICATION").getJsonArray("rows");
        JsonObject a = rows.getJsonObject(0).asJsonObject();
        assertEquals("Apprenant A", a.getString("learner"));
        assertEquals(world.certificate(), a.getString("detail"));
        assertTrue(a.getBoolean("counted"));
        assertEquals("Apprenant D", rows.getJsonObject(1).getString("learner"));
        assertFalse(rows.getJsonObject(1).getBoolean("counted"));
        assertEquals("Changement de poste", f.get("DROP_OUT").getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getBoolean("counted")).findFirst().orElseThrow().getString("detail"));

        assertEquals(0, figures("from=2025-01-01&to=2025-12-31", world.admin()).get("COMPLETION").getInt("denominator"), "another period");
        assertEquals(0, figures(PERIOD + "&programme=NOPE", world.admin()).get("COMPLETION").getInt("denominator"), "another programme");
        assertEquals(0, figures(PERIOD + "&programme=NOPE", world.admin()).get("SATISFACTION_HOT").getInt("numerator"), "another programme's responses");
        assertEquals(0, figures("from=2025-01-01&to=2025-12-31", world.admin()).get("SATISFACTION_HOT").getInt("numerator"), "responses of another period");
        assertEquals(4, figures("", world.trainer()).get("COMPLETION").getInt("denominator"), "its trainers too; this year by default");
    }

    @Test
    void everyBreakdownOfTheHoursAddsUpToTheLedgerTotal() {
        var ledger = http.get("api/v1/organisations/" + world.org() + "/hours", world.admin());
        assertEquals(200, ledger.status(), ledger::toString);
        int total = ledger.json().getInt("minutes");
        assertEquals(40 + 30 + 30 + 40, total, "A and D: lesson and quiz; B: lesson (quiz failed); C: lesson");
        for (String period : List.of("MONTH", "QUARTER", "YEAR")) {
            var r = http.get("api/v1/organisations/" + world.org() + "/hours-breakdown?" + PERIOD + "&period=" + period, world.admin());
            assertEquals(200, r.status(), r::toString);
            JsonObject b = r.json();
            assertEquals(total, b.getInt("minutes"));
            for (String breakdown : List.of("byProgramme", "byModality", "byAudience", "byOrganisation", "byPeriod")) {
                assertEquals(total, b.getJsonArray(breakdown).stream().mapToInt(v -> v.asJsonObject().getInt("minutes")).sum(), breakdown);
            }
        }
        JsonObject b = http.get("api/v1/organisations/" + world.org() + "/hours-breakdown?" + PERIOD + "&period=YEAR", world.admin()).json();
        Map<String, Integer> audience = b.getJsonArray("byAudience").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(s -> s.getString("key"), s -> s.getInt("minutes")));
        assertEquals(Map.of("AGENT_B", 40, "ELU", 30, "AUTRE", 30, "CONSEILLER_NUMERIQUE", 40), audience);
        assertEquals("PRESENTIEL", b.getJsonArray("byModality").getJsonObject(0).getString("key"));
        assertEquals(world.code(), b.getJsonArray("byProgramme").getJsonObject(0).getString("key"));
        assertEquals(0, http.get("api/v1/organisations/" + world.org() + "/hours-breakdown?from=2025-01-01&to=2025-12-31", world.admin())
                .json().getInt("minutes"), "nothing delivered last year");
    }

    @Test
    void anotherOrganisationsAdministratorAndLearnersDoNotSeeItAndBadPeriodsAreRefused() {
        for (String path : List.of("qualiopi", "hours-breakdown", "qualiopi/pack")) {
            String url = "api/v1/organisations/" + world.org() + "/" + path + "?" + PERIOD;
            assertEquals(404, http.get(url, world.otherAdmin()).status(), path + ": another organisation's administrator");
            int learner = http.get(url, world.learner()).status();
            assertTrue(learner == 403 || learner == 404, path + ": a learner gets " + learner);
            assertEquals(401, http.get(url, null).status());
            assertEquals(404, http.get("api/v1/organisations/nope/" + path, world.admin()).status());
            assertEquals(400, http.get("api/v1/organisations/" + world.org() + "/" + path + "?from=2026-13-01", world.admin()).status());
            assertEquals(400, http.get("api/v1/organisations/" + world.org() + "/" + path + "?from=2026-12-31&to=2026-01-01", world.admin()).status(),
                    "from after to");
        }
        assertEquals(400, http.get("api/v1/organisations/" + world.org() + "/hours-breakdown?period=WEEK", world.admin()).status());
    }

    private Map<String, byte[]> pack(String query) throws IOException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(http.uri("api/v1/organisations/" + world.org() + "/qualiopi/pack?" + query))
                .header("Authorization", "Bearer " + world.admin()).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
        return unzip(r.body());
    }

    private static Map<String, byte[]> unzip(byte[] body) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String csv(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void theAuditPackOpensWithAnIndexStatingTheFiguresAndACsvOfRowsPerIndicator() throws IOException {
        Map<String, byte[]> files = pack(PERIOD);
        assertTrue(files.keySet().containsAll(List.of("index.pdf", "taux-achevement.csv", "taux-certification.csv", "reponses-satisfaction.csv",
                "reclamations.csv", "actions-amelioration.csv", "heures-realisees.csv", "programmes.csv")), files.keySet()::toString);
        String index = pdfText(files.get("index.pdf"));
        assertTrue(index.contains("Organisme Qualité"), index);
        assertTrue(index.contains("2 / 4 (50,0 %)"), "completion: " + index);
        assertTrue(index.contains("1 / 2 (50,0 %)"), "certification: " + index);
        assertTrue(index.contains("2 h 20"), "140 minutes delivered: " + index);
        String certification = new String(files.get("taux-certification.csv"), StandardCharsets.UTF_8);
        assertTrue(certification.contains("Apprenant A;" + world.code() + ";TERMINE;"), certification);
        assertTrue(certification.contains(world.certificate() + ";oui"), certification);
        assertTrue(certification.contains("Apprenant D;"), certification);
        String completion = new String(files.get("taux-achevement.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 4, completion.strip().split("\r\n").length, completion);
        assertTrue(new String(files.get("programmes.csv"), StandardCharsets.UTF_8).contains(world.code()));

        // the feedback: two hot responses, this year's two complaints of the organisation, the action open this year
        assertTrue(index.contains("note moyenne 3,80 / 5 ; répondants 2 / 4 (50,0 %)"), "hot satisfaction: " + index);
        assertTrue(index.contains("2 réponse(s)") && index.contains("2 réclamation(s)") && index.contains("1 action(s)"), index);
        String responses = csv(files, "reponses-satisfaction.csv");
        assertTrue(responses.contains("Apprenant A;" + world.code() + ";" + world.today() + ";4.4\r\n"), responses);
        assertTrue(responses.contains("Apprenant D;" + world.code() + ";" + world.today() + ";3.2\r\n"), responses);
        assertEquals(1 + 2, responses.strip().split("\r\n").length, responses);
        String hot = csv(files, "satisfaction-a-chaud.csv");
        assertTrue(hot.matches("(?s).*Apprenant A;" + world.code() + ";TERMINE;[-0-9]+;" + world.today() + ";4\\.4;oui\r\n.*"), hot);
        assertTrue(hot.matches("(?s).*Apprenant B;" + world.code() + ";ABANDON;[-0-9]+;[-0-9]+;;non\r\n.*"), "B did not answer: " + hot);
        String complaints = csv(files, "reclamations.csv");
        assertTrue(complaints.contains("2026-03-02;EMAIL;RECLAMATION;Mme Durand;" + world.code() + ";Supports illisibles;Reçue par courriel.;OUVERTE;;;"),
                complaints);
        assertTrue(complaints.contains("2026-04-10;EMAIL;RECLAMATION;Mme Durand;AUTRE-PROG;Salle trop froide;"), complaints);
        assertFalse(complaints.contains("Ancienne réclamation"), "received in 2025: " + complaints);
        assertFalse(complaints.contains("Réclamation ailleurs"), "another organisation's: " + complaints);
        String actions = csv(files, "actions-amelioration.csv");
        assertTrue(actions.contains(";RECLAMATION;Réimprimer les supports en corps 14;;Équipe pédagogique;2026-12-15;PREVUE;\r\n"), actions);
        assertTrue(actions.contains(world.today() + " "), "created today, Paris time: " + actions);
        assertFalse(actions.contains("Ancienne action close"), "done in 2025: " + actions);

        // for the programme: the complaints about it or none in particular, not another programme's
        Map<String, byte[]> mine = pack(PERIOD + "&programme=" + world.code());
        String complaintsOfMine = csv(mine, "reclamations.csv");
        assertTrue(complaintsOfMine.contains("Supports illisibles") && !complaintsOfMine.contains("Salle trop froide"), complaintsOfMine);
        assertEquals(1 + 2, csv(mine, "reponses-satisfaction.csv").strip().split("\r\n").length);
        assertEquals(1, csv(pack(PERIOD + "&programme=NOPE"), "reponses-satisfaction.csv").strip().split("\r\n").length, "only the header");
    }

    @Test
    void theAuditPackIsAlsoABackgroundExportWithOneStepPerFile() throws Exception {
        var started = http.post("api/v1/export-jobs", world.admin(), "{\"kind\":\"QUALIOPI_PACK\",\"organisation\":" + q(world.org())
                + ",\"from\":\"2026-01-01\",\"to\":\"2026-12-31\",\"programme\":" + q(world.code()) + "}");
        assertEquals(202, started.status(), started::toString);
        assertEquals("QUALIOPI_PACK", started.json().getString("kind"));
        String id = started.json().getString("id");
        JsonObject job = null;
        for (int i = 0; i < 240 && (job == null || !List.of("DONE", "FAILED").contains(job.getString("status"))); i++) {
            Thread.sleep(job == null ? 0 : 500);
            job = http.get("api/v1/export-jobs/" + id, world.admin()).json();
        }
        assertEquals("DONE", job.getString("status"), job::toString);
        // reading the figures, then index.pdf, 8 indicator CSVs, responses, hours, programmes, complaints, actions
        assertEquals(1 + 14, job.getInt("total"), job::toString);
        assertEquals(job.getInt("total"), job.getInt("done"));
        assertEquals("dossier-qualiopi-2026-01-01-2026-12-31.zip", job.getString("fileName"));

        HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(http.uri("api/v1/export-jobs/" + id + "/file"))
                .header("Authorization", "Bearer " + world.admin()).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        Map<String, byte[]> files = unzip(file.body());
        assertEquals(14, files.size(), files.keySet()::toString);
        String index = pdfText(files.get("index.pdf"));
        assertTrue(index.contains("Organisme Qualité") && index.contains(world.code()), index);
        assertTrue(index.contains("2 / 4 (50,0 %)") && index.contains("note moyenne 3,80 / 5"), index);
        assertTrue(index.contains("1 réclamation(s)"), "the complaint about the programme: " + index);
        assertTrue(csv(files, "reclamations.csv").contains("Supports illisibles"));

        assertEquals(404, http.post("api/v1/export-jobs", world.trainer(), "{\"kind\":\"QUALIOPI_PACK\",\"organisation\":" + q(world.org())
                + ",\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}").status(), "a trainer does not administer it");
        assertEquals(404, http.get("api/v1/export-jobs/" + id, world.otherAdmin()).status());
    }

    @Test
    void thePageShowsTheFiguresOfThisYearAndTheRowsBehindOneOnDemand() throws Exception {
        var browser = Browser.start();
        try {
            Pages pages = new Pages(browser, base);
            pages.signIn(world.adminEmail(), Http.passwordOf(world.adminEmail()));
            List<String> problems = Accessibility.violations(browser, base + "admin/quality.xhtml?organisation=" + world.org());
            pages.shot("quality");
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            String rates = pages.text("quality:rates");
            assertTrue(rates.contains("Taux de certification") && rates.contains("50,0 %"), rates);
            assertTrue(pages.text("quality-hours").equals("2 h 20"), pages.text("quality-hours"));
            assertFalse(browser.findElements(org.openqa.selenium.By.cssSelector("#quality\\:rates-chart canvas[role='img'][aria-label]")).isEmpty(),
                    "the rates chart is drawn");
            browser.findElement(org.openqa.selenium.By.id("quality:cards:3:detail")).click();
            pages.until(20, d -> !d.findElements(org.openqa.selenium.By.id("detail-title")).isEmpty());
            pages.until(5, d -> "detail-title".equals(d.switchTo().activeElement().getAttribute("id")));
            String detail = pages.text("quality:detail-rows");
            pages.shot("quality-detail");
            assertTrue(detail.contains("Apprenant A") && detail.contains(world.certificate()) && detail.contains("Apprenant D"), detail);

            // the agrément warning, above the filters
            String warnings = pages.text("agrement-warnings");
            assertTrue(warnings.contains("Organisme Qualité") && warnings.contains("AGR-QUA-1"), warnings);

            // the pack is built in the background: the page says so and links to the exports page
            browser.findElement(org.openqa.selenium.By.id("quality:pack")).click();
            pages.until(20, d -> !d.findElements(org.openqa.selenium.By.id("quality:to-exports")).isEmpty());
            String status = pages.text("quality:pack-status");
            assertTrue(status.contains("en cours de production"), status);
            assertTrue(browser.findElement(org.openqa.selenium.By.id("quality:to-exports")).getDomAttribute("href").contains("admin/exports.xhtml"));
            browser.findElement(org.openqa.selenium.By.id("quality:to-exports")).click();
            pages.until(120, d -> d.findElements(org.openqa.selenium.By.cssSelector("tr.export-job")).stream()
                            .anyMatch(row -> row.getText().contains("Dossier Qualiopi") && !row.findElements(org.openqa.selenium.By.cssSelector("a.export-download")).isEmpty()));
            pages.shot("quality-pack-exports");
        } finally {
            browser.quit();
        }
    }

    private static byte[] zip(Map<String, String> files) {
        try {
            return CatalogueIT.zip(files);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
