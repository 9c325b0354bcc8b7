package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * What trainers and organisations see of progress, on a realistic cohort: 30 learners of one
 * organisation in three sessions (a whole-programme one, and one per module for the others), lessons
 * and quizzes passed and failed, sealed half-days and two corrections. Every total, the learners',
 * the sessions' and the organisation's, is a sum of the same ledger entries, so they agree.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportingIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
    }

    static final int LEARNERS = 30;

    @ArquillianResource
    URL base;

    Http http;

    /** Built once for every test of the class: the organisation, its people, its programme, its sessions and what its learners did. */
    static Cohort cohort;

    record Learner(String accountId, String token, String enrolment) {
    }

    record Cohort(String org, String trainer, String admin, String otherTrainer, String registrar, List<Learner> learners,
                  String whole, String m1, String m2, String programme) {
    }

    @BeforeEach
    void connect() throws IOException {
        http = new Http(base);
        if (cohort == null) {
            cohort = build();
        }
    }

    private Cohort build() throws IOException {
        String platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        String org = organisation(platform, "Organisme Reporting");
        String other = organisation(platform, "Autre organisme");
        String trainer = account(platform, org, "TRAINER", "Formateur").token();
        String admin = account(platform, org, "ORG_ADMIN", "Gestionnaire").token();
        String otherTrainer = account(platform, other, "TRAINER", "Formateur B").token();
        String registrar = account(platform, other, "REGISTRAR", "Registraire").token();

        String code = "REP-" + Fixtures.unique("X").substring(2).toUpperCase();
        var imported = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import?organisation=" + org))
                .header("Authorization", "Bearer " + trainer).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(CatalogueIT.zip(course(code)))));
        assertEquals(201, imported.status(), imported::toString);

        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            Learner l = account(platform, org, "LEARNER", String.format("Apprenant %02d", i));
            var enrolled = http.post("api/v1/enrolments", l.token(), "{\"programme\":" + q(code) + "}");
            assertEquals(201, enrolled.status(), enrolled::toString);
            learners.add(new Learner(l.accountId(), l.token(), enrolled.json().getString("id")));
        }
        for (int i = 0; i < 10; i++) {
            var profile = http.put("api/v1/accounts/" + learners.get(i).accountId() + "/profile", learners.get(i).token(), "{\"type\":\"ELU\"}");
            assertEquals(200, profile.status(), profile::toString);
        }

        // 0-14: the whole programme; 15-29: one session per module
        String whole = session(trainer, org, code, null, "Session complète", "2026-12-01", 540, 720, "M1");
        String m1 = session(trainer, org, code, "M1", "Session M1", "2026-12-02", 840, 1020, "M1");
        String m2 = session(trainer, org, code, "M2", "Session M2", "2026-12-03", 540, 660, "M2");
        for (int i = 0; i < LEARNERS; i++) {
            for (String s : i < 15 ? List.of(whole) : List.of(m1, m2)) {
                var added = http.post("api/v1/sessions/" + s + "/learners", trainer, "{\"enrolmentId\":" + q(learners.get(i).enrolment()) + "}");
                assertEquals(200, added.status(), added::toString);
            }
        }

        for (int i = 0; i < LEARNERS; i++) {
            Learner l = learners.get(i);
            JsonObject e = http.get("api/v1/enrolments/" + l.enrolment(), l.token()).json();
            var m1Activities = e.getJsonArray("modules").getJsonObject(0).getJsonArray("activities");
            String lesson = m1Activities.getJsonObject(0).getString("id");
            String quiz = m1Activities.getJsonObject(1).getString("id");
            String lesson2 = e.getJsonArray("modules").getJsonObject(1).getJsonArray("activities").getJsonObject(0).getString("id");
            if (i % 3 != 2) {
                assertEquals(200, http.post("api/v1/enrolments/" + l.enrolment() + "/activities/" + lesson + "/done", l.token(), "").status());
                String answer = i % 3 == 0 ? "true" : "false";
                assertEquals(201, http.post("api/v1/enrolments/" + l.enrolment() + "/quizzes/" + quiz + "/attempts", l.token(),
                        "[{\"trueFalse\":" + answer + "}]").status());
            }
            if (i % 5 == 0) {
                assertEquals(200, http.post("api/v1/enrolments/" + l.enrolment() + "/activities/" + lesson2 + "/done", l.token(), "").status());
            }
        }

        signAndSeal(trainer, whole, learners.subList(0, 10));
        signAndSeal(trainer, m1, learners.subList(15, 20));
        signAndSeal(trainer, m2, learners.subList(20, 25));
        correct(trainer, whole, learners.get(10).enrolment(), 180, "Présent, signature oubliée");
        correct(trainer, whole, learners.get(0).enrolment(), -60, "Parti une heure plus tôt");
        return new Cohort(org, trainer, admin, otherTrainer, registrar, learners, whole, m1, m2, code);
    }

    static Map<String, String> course(String code) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(code + "/programme.yaml", "code: " + code + "\ntitle: Programme " + code + "\naudience: AGENT\nsheet:\n"
                + "  objectives: [ \"Savoir accueillir\" ]\n  prerequisites: Aucun\n  assessment: Quiz\n  accessibility: Accessible\n"
                + "components:\n  - code: TC\n    kind: TRONC_COMMUN\n    title: Tronc commun\n    modules: [M1, M2]\n");
        files.put(code + "/modules/M1/module.yaml", CatalogueIT.MODULE);
        files.put(code + "/modules/M1/lecon.md", "## Bienvenue\n\nUne leçon.\n");
        files.put(code + "/modules/M1/quiz.yaml", CatalogueIT.QUIZ);
        files.put(code + "/modules/M2/module.yaml", CatalogueIT.MODULE.replace("code: M1\ntitle: Premier module", "code: M2\ntitle: Second module")
                .replace("  - type: QUIZ\n    title: Un quiz\n    file: quiz.yaml\n    minutes: 10\n", "").replace("minutes: 30", "minutes: 20"));
        files.put(code + "/modules/M2/lecon.md", "## Suite\n\nUne autre leçon.\n");
        return files;
    }

    private String organisation(String platform, String name) {
        return http.newOrganisation(platform, name, "ORGANISME_DE_FORMATION");
    }

    private Learner account(String platform, String org, String role, String name) {
        var account = http.newSignedIn(platform, org, role, name);
        return new Learner(account.id(), account.token(), null);
    }

    private String session(String trainer, String org, String code, String module, String title, String date, int start, int end, String slotModule) {
        var r = http.post("api/v1/sessions", trainer, "{\"organisationId\":" + q(org) + ",\"programme\":" + q(code) + ",\"module\":" + q(module)
                + ",\"title\":" + q(title) + ",\"capacity\":20,\"halfDays\":[{\"date\":\"" + date + "\",\"period\":\"MATIN\",\"startMinute\":"
                + start + ",\"endMinute\":" + end + ",\"module\":" + q(slotModule) + "}]}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private String halfDay(String trainer, String session) {
        return http.get("api/v1/sessions/" + session, trainer).json().getJsonArray("halfDays").getJsonObject(0).getString("id");
    }

    /** The half-days are past (fixed dates): the trainer attests each learner's presence, then counter-signs. */
    private void signAndSeal(String trainer, String session, List<Learner> signing) {
        String sheet = "api/v1/sessions/" + session + "/half-days/" + halfDay(trainer, session);
        for (Learner l : signing) {
            var signed = http.post(sheet + "/attestations", trainer, "{\"enrolmentId\":" + q(l.enrolment()) + "}");
            assertEquals(201, signed.status(), signed::toString);
        }
        var sealed = http.post(sheet + "/countersignature", trainer, "{}");
        assertEquals(200, sealed.status(), sealed::toString);
    }

    private void correct(String trainer, String session, String enrolment, int minutes, String reason) {
        var r = http.post("api/v1/sessions/" + session + "/half-days/" + halfDay(trainer, session) + "/corrections", trainer,
                "{\"enrolmentId\":" + q(enrolment) + ",\"minutes\":" + minutes + ",\"reason\":" + q(reason) + "}");
        assertEquals(201, r.status(), r::toString);
    }

    private JsonObject grid(String session) {
        var r = http.get("api/v1/sessions/" + session + "/cohort", cohort.trainer());
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static int sum(JsonObject object, String array, String field) {
        return object.getJsonArray(array).stream().mapToInt(v -> v.asJsonObject().getInt(field)).sum();
    }

    @Test
    void theLearnersTotalsTheSessionsTotalsAndTheOrganisationsTotalAreTheSameSum() {
        int learners = cohort.learners().stream()
                .mapToInt(l -> http.get("api/v1/enrolments/" + l.enrolment(), l.token()).json().getInt("minutes")).sum();
        int sessions = 0;
        for (String s : List.of(cohort.whole(), cohort.m1(), cohort.m2())) {
            JsonObject g = grid(s);
            assertEquals(g.getJsonObject("totals").getInt("minutes"), sum(g, "rows", "totalMinutes"), "a session's total is its rows'");
            sessions += g.getJsonObject("totals").getInt("minutes");
        }
        var r = http.get("api/v1/organisations/" + cohort.org() + "/hours", cohort.admin());
        assertEquals(200, r.status(), r::toString);
        JsonObject hours = r.json();
        int total = hours.getInt("minutes");

        int activities = 10 * 40 + 10 * 30 + 6 * 20;
        int attendance = 10 * 180 + 5 * 180 + 5 * 120;
        int corrections = 180 - 60;
        assertEquals(activities + attendance + corrections, total, "what the learners did, signed and had corrected");
        assertEquals(total, learners, "the sum of the learners' own totals");
        assertEquals(total, sessions, "the sum of the sessions' totals (the trainer's)");
        assertEquals(total, sum(hours, "byLearner", "minutes"));
        assertEquals(total, sum(hours, "byModule", "minutes"));
        assertEquals(total, sum(hours, "byMonth", "minutes"));
        assertEquals(corrections, hours.getJsonObject("bySource").getInt("CORRECTION"));
        assertEquals(attendance, hours.getJsonObject("bySource").getInt("ATTENDANCE"));
        assertEquals(activities, hours.getJsonObject("bySource").getInt("ACTIVITY"));
        assertEquals(LEARNERS - 4, hours.getJsonArray("byLearner").size(),
                "every learner with minutes: all but 11, 14, 26 and 29, who did nothing, signed nothing and were not corrected");
        assertEquals(200, http.get("api/v1/organisations/" + cohort.org() + "/hours", cohort.trainer()).status(), "its trainers too");
    }

    @Test
    void theGridHasARowPerLearnerACellPerModuleAndTotalsThatAddUp() {
        JsonObject g = grid(cohort.whole());
        assertEquals(cohort.whole(), g.getString("sessionId"));
        assertEquals(cohort.programme(), g.getString("programme"));
        assertEquals("[{\"code\":\"M1\",\"title\":\"Premier module\"},{\"code\":\"M2\",\"title\":\"Second module\"}]",
                g.getJsonArray("modules").toString());
        assertEquals(15, g.getJsonArray("rows").size());
        JsonObject first = g.getJsonArray("rows").getJsonObject(0);
        assertEquals("Apprenant 00", first.getString("learner"), "rows by name");
        assertEquals(cohort.learners().get(0).enrolment(), first.getString("enrolmentId"));
        assertEquals("COMPLETED", first.getString("status"));
        assertEquals("TERMINE", first.getString("enrolmentStatus"));
        assertEquals(100, first.getInt("percent"));
        JsonObject m1 = first.getJsonArray("cells").getJsonObject(0);
        assertEquals("M1", m1.getString("module"));
        assertEquals("COMPLETED", m1.getString("status"));
        assertEquals(100, m1.getInt("score"));
        assertEquals(30 + 10 + 180 - 60, m1.getInt("minutes"), "lesson, quiz, the half-day and its correction");
        assertEquals(20, first.getJsonArray("cells").getJsonObject(1).getInt("minutes"));
        assertEquals(180, first.getInt("totalMinutes"));

        JsonObject failing = g.getJsonArray("rows").getJsonObject(1);
        JsonObject failingM1 = failing.getJsonArray("cells").getJsonObject(0);
        assertEquals("IN_PROGRESS", failingM1.getString("status"));
        assertEquals(0, failingM1.getInt("score"));
        JsonObject idle = g.getJsonArray("rows").getJsonObject(2).getJsonArray("cells").getJsonObject(1);
        assertEquals("NOT_STARTED", idle.getString("status"));
        assertFalse(idle.containsKey("score") && idle.get("score") != JsonValue.NULL, "no quiz, no score");

        JsonObject totals = g.getJsonObject("totals");
        assertEquals(15, totals.getInt("learners"));
        assertEquals(15, totals.getInt("completed") + totals.getInt("inProgress") + totals.getInt("notStarted"));
        JsonObject m1Total = totals.getJsonArray("modules").getJsonObject(0);
        assertEquals(5, m1Total.getInt("completed"), "learners 0, 3, 6, 9 and 12 passed the quiz");
        assertEquals(g.getJsonArray("rows").stream().mapToInt(r -> r.asJsonObject().getJsonArray("cells").getJsonObject(0).getInt("minutes")).sum(),
                m1Total.getInt("minutes"));

        JsonObject m2Only = grid(cohort.m2());
        assertEquals("[{\"code\":\"M2\",\"title\":\"Second module\"}]", m2Only.getJsonArray("modules").toString(), "a module session has one column");
    }

    @Test
    void learnersAtRiskAreThoseWithAFailedQuizNotPassedSinceOrInactiveForTheDaysGiven() {
        var r = http.get("api/v1/sessions/" + cohort.whole() + "/at-risk", cohort.trainer());
        assertEquals(200, r.status(), r::toString);
        JsonObject risks = r.json();
        assertEquals(14, risks.getInt("inactiveDays"), "socle.risk.inactiveDays by default");
        Map<String, List<String>> reasons = risks.getJsonArray("learners").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getString("learner"),
                        o -> o.getJsonArray("reasons").stream().map(x -> x.asJsonObject().getString("kind")).toList()));
        assertEquals(Map.of("Apprenant 01", List.of("FAILED_QUIZ"), "Apprenant 04", List.of("FAILED_QUIZ"), "Apprenant 07", List.of("FAILED_QUIZ"),
                "Apprenant 10", List.of("FAILED_QUIZ"), "Apprenant 13", List.of("FAILED_QUIZ")), reasons, "everyone started today");
        JsonObject reason = risks.getJsonArray("learners").getJsonObject(0).getJsonArray("reasons").getJsonObject(0);
        assertEquals("M1", reason.getString("module"));
        assertEquals("Un quiz", reason.getString("activity"));
        assertEquals(1, reason.getInt("attempts"));

        JsonObject now = http.get("api/v1/sessions/" + cohort.whole() + "/at-risk?days=0", cohort.trainer()).json();
        assertEquals(0, now.getInt("inactiveDays"));
        assertEquals(14, now.getJsonArray("learners").size(), "all but the one who finished: it is no longer at risk");
        JsonObject neverActive = now.getJsonArray("learners").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("learner").equals("Apprenant 14")).findFirst().orElseThrow();
        assertFalse(neverActive.containsKey("lastActivity"), "never active: " + neverActive);
        assertEquals(0, neverActive.getJsonArray("reasons").getJsonObject(0).getInt("days"), "counted from its enrolment, today");
        assertEquals(400, http.get("api/v1/sessions/" + cohort.whole() + "/at-risk?days=-1", cohort.trainer()).status());
    }

    @Test
    void onlyThoseWhoRunTheSessionAndRegistrarsSeeItsCohortAndOnlyItsAdministratorsItsProgress() {
        for (String path : List.of("/cohort", "/at-risk")) {
            String url = "api/v1/sessions/" + cohort.whole() + path;
            assertEquals(200, http.get(url, cohort.admin()).status(), "its organisation's administrators");
            assertEquals(200, http.get(url, cohort.registrar()).status(), "registrars read across organisations");
            assertEquals(404, http.get(url, cohort.otherTrainer()).status(), "another organisation's trainer");
            assertEquals(404, http.get(url, cohort.learners().get(0).token()).status(), "a learner of the session");
            assertEquals(401, http.get(url, null).status());
            assertEquals(404, http.get("api/v1/sessions/nope" + path, cohort.trainer()).status());
        }
        assertEquals(404, http.get("api/v1/organisations/" + cohort.org() + "/hours", cohort.otherTrainer()).status());
        assertEquals(404, http.get("api/v1/organisations/" + cohort.org() + "/hours", cohort.learners().get(0).token()).status());
        assertEquals(404, http.get("api/v1/organisations/" + cohort.org() + "/progress", cohort.trainer()).status(), "for administrators");
        assertEquals(404, http.get("api/v1/organisations/" + cohort.org() + "/progress", cohort.otherTrainer()).status());
        assertTrue(http.get("api/v1/sessions/" + cohort.whole(), cohort.trainer()).body().contains("\"halfDays\""), "the sessions API is unchanged");
    }

    @Test
    void anOrganisationsProgressCountsEnrolmentsByStatusProgrammeAndProfile() {
        var r = http.get("api/v1/organisations/" + cohort.org() + "/progress", cohort.admin());
        assertEquals(200, r.status(), r::toString);
        JsonObject p = r.json();
        assertEquals(LEARNERS, p.getInt("enrolments"));
        JsonObject byStatus = p.getJsonObject("byStatus");
        assertEquals(2, byStatus.getInt("TERMINE"), "learners 0 and 15 did everything");
        assertEquals(LEARNERS, byStatus.values().stream().mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue()).sum());
        assertEquals(cohort.programme(), p.getJsonArray("byProgramme").getJsonObject(0).getString("code"));
        JsonObject elus = p.getJsonArray("byProfile").getJsonObject(0);
        assertEquals("ELU", elus.getString("type"));
        assertEquals(10, elus.getInt("enrolments"));
        assertEquals(1, elus.getInt("completed"));
        assertEquals(10, elus.getInt("rate"));
        JsonObject unknown = p.getJsonArray("byProfile").getJsonObject(1);
        assertFalse(unknown.containsKey("type"), "learners who gave no profile: " + unknown);
        assertEquals(20, unknown.getInt("enrolments"));
    }
}
