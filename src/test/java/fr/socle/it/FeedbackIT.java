package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Satisfaction surveys, the complaints log and improvement actions through the API: a learner
 * whose enrolment is completed answers a hot survey once; a cold one is not due yet; staff read the
 * results; another organisation sees none of it; a complaint is handled and closed, and an action
 * follows it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
    }

    @ArquillianResource
    URL base;

    Http http;

    static World world;

    record Person(String id, String token) {
    }

    record World(String platform, String org, String other, String code, Person trainer, Person admin, Person otherAdmin) {
    }

    @BeforeEach
    void connect() {
        http = new Http(base);
        if (world == null) {
            String platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
            String org = http.newOrganisation(platform, "Organisme à l’écoute", "ORGANISME_DE_FORMATION");
            String other = http.newOrganisation(platform, "Autre organisme", "ORGANISME_DE_FORMATION");
            String code = "FBK-" + Fixtures.unique("X").substring(2).toUpperCase();
            Person trainer = person(platform, org, "TRAINER", "Formatrice");
            var imported = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import?organisation=" + org))
                    .header("Authorization", "Bearer " + trainer.token()).header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(zip(CertificationIT.course(code)))));
            assertEquals(201, imported.status(), imported::toString);
            world = new World(platform, org, other, code, trainer, person(platform, org, "ORG_ADMIN", "Gestionnaire"),
                    person(platform, other, "ORG_ADMIN", "Gestionnaire ailleurs"));
        }
    }

    private static byte[] zip(java.util.Map<String, String> files) {
        try {
            return CatalogueIT.zip(files);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Person person(String platform, String org, String role, String name) {
        var account = http.newSignedIn(platform, org, role, name);
        return new Person(account.id(), account.token());
    }

    /** A learner of the organisation enrolled in the programme: the learner and the enrolment id. */
    private java.util.Map.Entry<Person, String> learner(String name) {
        Person l = person(world.platform(), world.org(), "LEARNER", name);
        var enrolled = http.post("api/v1/enrolments", l.token(), "{\"programme\":" + q(world.code()) + "}");
        assertEquals(201, enrolled.status(), enrolled::toString);
        return java.util.Map.entry(l, enrolled.json().getString("id"));
    }

    /** The learner does the lesson and passes the quiz: the enrolment ends as TERMINE. */
    private void complete(Person l, String enrolment) {
        JsonArray activities = http.get("api/v1/enrolments/" + enrolment, l.token()).json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("activities");
        assertEquals(200, http.post("api/v1/enrolments/" + enrolment + "/activities/" + activities.getJsonObject(0).getString("id") + "/done",
                l.token(), "").status());
        var passed = http.post("api/v1/enrolments/" + enrolment + "/quizzes/" + activities.getJsonObject(1).getString("id") + "/attempts",
                l.token(), "[{\"trueFalse\":true}]");
        assertEquals(201, passed.status(), passed::toString);
        assertEquals("TERMINE", http.get("api/v1/enrolments/" + enrolment, l.token()).json().getString("status"));
    }

    private static final String QUESTIONS = "[{\"kind\":\"LIKERT\",\"label\":\"Objectifs atteints\"},"
            + "{\"kind\":\"LIKERT\",\"label\":\"Formatrice\"},{\"kind\":\"TEXT\",\"label\":\"Commentaires\"}]";

    private JsonObject survey(String kind, int delay) {
        var r = http.post("api/v1/surveys", world.trainer().token(), "{\"organisationId\":" + q(world.org()) + ",\"kind\":" + q(kind)
                + ",\"programmeCode\":" + q(world.code()) + ",\"title\":\"Questionnaire " + kind + "\",\"delayWeeks\":" + delay
                + ",\"questions\":" + QUESTIONS + "}");
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    private static String answers(JsonObject survey, String first, String second, String text) {
        JsonArray qs = survey.getJsonArray("questions");
        return "[{\"questionId\":" + q(qs.getJsonObject(0).getString("id")) + ",\"score\":" + first + "},"
                + "{\"questionId\":" + q(qs.getJsonObject(1).getString("id")) + ",\"score\":" + second + "},"
                + "{\"questionId\":" + q(qs.getJsonObject(2).getString("id")) + ",\"text\":" + q(text) + "}]";
    }

    private Http.Response respond(Person l, JsonObject survey, String enrolment, String answers) {
        return http.post("api/v1/surveys/" + survey.getString("id") + "/responses", l.token(),
                "{\"enrolmentId\":" + q(enrolment) + ",\"answers\":" + answers + "}");
    }

    @Test
    void aCompletedLearnerAnswersAHotSurveyOnceAndStaffReadTheMean() {
        JsonObject hot = survey("HOT", 0);
        JsonObject cold = survey("COLD", 8);
        var done = learner("Apprenante satisfaite");
        var pending = learner("Apprenant en cours");
        complete(done.getKey(), done.getValue());

        var due = http.get("api/v1/surveys/due", done.getKey().token());
        assertEquals(200, due.status(), due::toString);
        assertTrue(due.array().stream().anyMatch(d -> d.asJsonObject().getString("surveyId").equals(hot.getString("id"))
                && d.asJsonObject().getString("enrolmentId").equals(done.getValue())), due::toString);
        assertFalse(due.array().stream().anyMatch(d -> d.asJsonObject().getString("surveyId").equals(cold.getString("id"))), due::toString);
        assertTrue(http.get("api/v1/surveys/due", pending.getKey().token()).array().isEmpty());

        var answered = respond(done.getKey(), hot, done.getValue(), answers(hot, "4", "5", "Très bien"));
        assertEquals(201, answered.status(), answered::toString);
        assertEquals("4.50", answered.json().getJsonNumber("score").bigDecimalValue().toPlainString());
        var again = respond(done.getKey(), hot, done.getValue(), answers(hot, "1", "1", ""));
        assertEquals(409, again.status(), again::toString);
        assertTrue(http.get("api/v1/surveys/due", done.getKey().token()).array().stream()
                .noneMatch(d -> d.asJsonObject().getString("surveyId").equals(hot.getString("id"))));

        var notYet = respond(done.getKey(), cold, done.getValue(), answers(cold, "3", "3", ""));
        assertEquals(409, notYet.status(), notYet::toString);
        var notEnded = respond(pending.getKey(), hot, pending.getValue(), answers(hot, "3", "3", ""));
        assertEquals(409, notEnded.status(), notEnded::toString);
        var notMine = respond(pending.getKey(), hot, done.getValue(), answers(hot, "3", "3", ""));
        assertEquals(404, notMine.status(), notMine::toString);

        var results = http.get("api/v1/surveys/" + hot.getString("id") + "/results", world.admin().token());
        assertEquals(200, results.status(), results::toString);
        assertEquals(1, results.json().getInt("responses"));
        JsonArray questions = results.json().getJsonArray("questions");
        assertEquals("4.00", questions.getJsonObject(0).getJsonNumber("mean").bigDecimalValue().toPlainString());
        assertEquals("5.00", questions.getJsonObject(1).getJsonNumber("mean").bigDecimalValue().toPlainString());
        assertEquals("Très bien", questions.getJsonObject(2).getJsonArray("texts").getString(0));
        assertEquals(404, http.get("api/v1/surveys/" + hot.getString("id") + "/results", done.getKey().token()).status());

        // answered: its questions stay, but it may be deactivated
        String changed = "{\"kind\":\"HOT\",\"title\":\"Autre\",\"questions\":[{\"kind\":\"LIKERT\",\"label\":\"Une seule\"}]}";
        assertEquals(409, http.put("api/v1/surveys/" + hot.getString("id"), world.trainer().token(), changed).status());
        var off = http.put("api/v1/surveys/" + hot.getString("id"), world.trainer().token(),
                "{\"kind\":\"HOT\",\"programmeCode\":" + q(world.code()) + ",\"title\":\"Questionnaire HOT\",\"active\":false}");
        assertEquals(200, off.status(), off::toString);
        assertFalse(off.json().getBoolean("active"));
        assertEquals(3, off.json().getJsonArray("questions").size());
    }

    @Test
    void theDefaultSurveysAreCreatedOnce() {
        String org = http.newOrganisation(world.platform(), "Organisme par défaut", "ORGANISME_DE_FORMATION");
        Person admin = person(world.platform(), org, "ORG_ADMIN", "Gestionnaire défaut");
        var first = http.post("api/v1/surveys/defaults?organisation=" + org, admin.token(), "");
        assertEquals(200, first.status(), first::toString);
        assertEquals(2, first.array().size(), first::toString);
        var again = http.post("api/v1/surveys/defaults?organisation=" + org, admin.token(), "");
        assertEquals(0, again.array().size(), again::toString);
        JsonArray surveys = http.get("api/v1/surveys?organisation=" + org, admin.token()).array();
        assertEquals(2, surveys.size());
        JsonObject hot = surveys.stream().map(v -> v.asJsonObject()).filter(s -> s.getString("kind").equals("HOT")).findFirst().orElseThrow();
        JsonObject cold = surveys.stream().map(v -> v.asJsonObject()).filter(s -> s.getString("kind").equals("COLD")).findFirst().orElseThrow();
        assertEquals(6, hot.getJsonArray("questions").size());
        assertEquals("TEXT", hot.getJsonArray("questions").getJsonObject(5).getString("kind"));
        assertEquals(8, cold.getInt("delayWeeks"));
        assertEquals(4, cold.getJsonArray("questions").size());
        assertEquals(404, http.post("api/v1/surveys/defaults?organisation=" + org, world.admin().token(), "").status());
    }

    @Test
    void answersMustFitTheSurvey() {
        JsonObject hot = survey("HOT", 0);
        var l = learner("Apprenant pressé");
        complete(l.getKey(), l.getValue());
        assertEquals(400, respond(l.getKey(), hot, l.getValue(), answers(hot, "6", "3", "")).status());
        assertEquals(400, respond(l.getKey(), hot, l.getValue(), answers(hot, "0", "3", "")).status());
        assertEquals(400, respond(l.getKey(), hot, l.getValue(), answers(hot, "3", "null", "")).status());
        var tooLong = respond(l.getKey(), hot, l.getValue(), answers(hot, "3", "3", "x".repeat(2001)));
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertTrue(tooLong.body().contains("2 000"), tooLong::toString);
        assertEquals(201, respond(l.getKey(), hot, l.getValue(), answers(hot, "3", "2", "")).status());
    }

    @Test
    void anotherOrganisationSeesNoneOfIt() {
        JsonObject hot = survey("HOT", 0);
        String ours = recordComplaint(world.admin(), world.org(), "Salle trop froide");
        String theirs = recordComplaint(world.otherAdmin(), world.other(), "Ailleurs");
        String id = hot.getString("id");
        assertEquals(404, http.get("api/v1/surveys/" + id, world.otherAdmin().token()).status());
        assertEquals(404, http.get("api/v1/surveys/" + id + "/results", world.otherAdmin().token()).status());
        assertEquals(404, http.get("api/v1/surveys?organisation=" + world.org(), world.otherAdmin().token()).status());
        assertEquals(404, http.get("api/v1/complaints?organisation=" + world.org(), world.otherAdmin().token()).status());
        var theirLog = http.get("api/v1/complaints?organisation=" + world.other(), world.otherAdmin().token());
        assertEquals(200, theirLog.status(), theirLog::toString);
        assertTrue(theirLog.array().stream().anyMatch(c -> c.asJsonObject().getString("id").equals(theirs)));
        assertTrue(theirLog.array().stream().noneMatch(c -> c.asJsonObject().getString("id").equals(ours)));
        assertEquals(404, http.put("api/v1/complaints/" + ours, world.otherAdmin().token(), "{\"status\":\"EN_COURS\"}").status());
        var foreign = http.post("api/v1/improvement-actions", world.admin().token(), "{\"organisationId\":" + q(world.org())
                + ",\"complaintId\":" + q(theirs) + ",\"title\":\"Action\"}");
        assertEquals(404, foreign.status(), foreign::toString);
    }

    private String recordComplaint(Person staff, String org, String subject) {
        var r = http.post("api/v1/complaints", staff.token(), "{\"organisationId\":" + q(org) + ",\"channel\":\"TELEPHONE\","
                + "\"kind\":\"RECLAMATION\",\"author\":\"Mme Durand\",\"subject\":" + q(subject) + ",\"description\":\"Appel reçu.\"}");
        assertEquals(201, r.status(), r::toString);
        assertEquals("OUVERTE", r.json().getString("status"));
        return r.json().getString("id");
    }

    @Test
    void aComplaintIsHandledClosedAndFollowedByAnAction() {
        String id = recordComplaint(world.admin(), world.org(), "Supports illisibles");
        var noHandling = http.put("api/v1/complaints/" + id, world.trainer().token(), "{\"status\":\"CLOTUREE\"}");
        assertEquals(400, noHandling.status(), noHandling::toString);
        assertEquals(200, http.put("api/v1/complaints/" + id, world.trainer().token(), "{\"status\":\"EN_COURS\"}").status());
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        var closed = http.put("api/v1/complaints/" + id, world.admin().token(), "{\"status\":\"CLOTUREE\",\"handling\":\"Supports réimprimés "
                + "en corps 14.\",\"answeredOn\":\"" + today + "\"}");
        assertEquals(200, closed.status(), closed::toString);
        assertEquals(today, closed.json().getString("closedOn"));

        var action = http.post("api/v1/improvement-actions", world.admin().token(), "{\"organisationId\":" + q(world.org())
                + ",\"complaintId\":" + q(id) + ",\"title\":\"Relire les supports en gros caractères\",\"owner\":\"Équipe pédagogique\"}");
        assertEquals(201, action.status(), action::toString);
        assertEquals("RECLAMATION", action.json().getString("origin"));
        assertEquals("PREVUE", action.json().getString("status"));
        String actionId = action.json().getString("id");
        var done = http.put("api/v1/improvement-actions/" + actionId, world.admin().token(),
                "{\"title\":\"Relire les supports en gros caractères\",\"status\":\"REALISEE\"}");
        assertEquals(200, done.status(), done::toString);
        assertEquals(today, done.json().getString("doneOn"));
        assertEquals(id, done.json().getString("complaintId"));
        var period = http.get("api/v1/complaints?organisation=" + world.org() + "&from=" + today + "&to=" + today, world.trainer().token());
        assertEquals(200, period.status(), period::toString);
        assertTrue(period.array().stream().anyMatch(c -> c.asJsonObject().getString("id").equals(id)), period::toString);
        var before = http.get("api/v1/complaints?organisation=" + world.org() + "&to=" + LocalDate.parse(today).minusDays(1), world.trainer().token());
        assertTrue(before.array().stream().noneMatch(c -> c.asJsonObject().getString("id").equals(id)), before::toString);
        assertEquals(400, http.get("api/v1/complaints?organisation=" + world.org() + "&from=hier", world.trainer().token()).status());
        assertEquals(404, http.get("api/v1/complaints?organisation=" + world.org() + "&from=" + today, world.otherAdmin().token()).status());
        assertTrue(http.get("api/v1/improvement-actions?organisation=" + world.org(), world.trainer().token()).array().stream()
                .anyMatch(a -> a.asJsonObject().getString("id").equals(actionId)));
        assertEquals(404, http.get("api/v1/improvement-actions?organisation=" + world.org(), world.otherAdmin().token()).status());
    }

    @Test
    void aLearnerFilesAComplaintThroughTheFormButCannotReadTheLog() {
        var l = learner("Apprenant mécontent");
        var filed = http.post("api/v1/complaints", l.getKey().token(), "{\"organisationId\":" + q(world.org())
                + ",\"subject\":\"Horaires\",\"description\":\"Les horaires ont changé sans prévenir.\",\"channel\":\"TELEPHONE\"}");
        assertEquals(201, filed.status(), filed::toString);
        assertEquals("FORMULAIRE", filed.json().getString("channel"));
        assertEquals("Apprenant mécontent", filed.json().getString("author"));
        assertEquals(404, http.get("api/v1/complaints?organisation=" + world.org(), l.getKey().token()).status());
        assertEquals(404, http.post("api/v1/complaints", l.getKey().token(), "{\"organisationId\":" + q(world.other())
                + ",\"subject\":\"X\",\"description\":\"Y\"}").status());
        assertTrue(http.get("api/v1/complaints?organisation=" + world.org(), world.trainer().token()).array().stream()
                .anyMatch(c -> c.asJsonObject().getString("id").equals(filed.json().getString("id"))));
    }
}
