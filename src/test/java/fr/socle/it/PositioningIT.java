package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * The positioning result at entry (Qualiopi indicator 8): recorded by the enrolment's trainers through
 * PUT enrolments/{id}/positioning, refused when blank, too long or once the enrolment has ended, hidden
 * from other organisations and refused to the learner; and counted by GET organisations/{id}/qualiopi.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PositioningIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
    }

    static final String RESULT = "Niveau 2 sur 4 – à l’aise avec la messagerie, à accompagner sur les démarches en ligne";

    @ArquillianResource
    URL base;

    Http http;

    static World world;

    /** An organisation with a programme, its trainer, another organisation's trainer, and three learners entered in it. */
    record World(String platform, String org, String code, String trainer, String trainerEmail, String otherTrainer, List<Learner> learners) {
    }

    record Learner(String token, String enrolment) {
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
        String org = http.newOrganisation(platform, "Organisme positionnement", "ORGANISME_DE_FORMATION");
        String other = http.newOrganisation(platform, "Autre organisme positionnement", "ORGANISME_DE_FORMATION");
        var trainerAccount = http.newSignedIn(platform, org, "TRAINER", "Formatrice");
        String trainer = trainerAccount.token();
        String otherTrainer = http.newSignedIn(platform, other, "TRAINER", "Formateur ailleurs").token();
        String code = "POS-" + Fixtures.unique("X").substring(2).toUpperCase();
        byte[] zip;
        try {
            zip = CatalogueIT.zip(CertificationIT.course(code));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var imported = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import?organisation=" + org))
                .header("Authorization", "Bearer " + trainer).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
        assertEquals(201, imported.status(), imported::toString);
        List<Learner> learners = new java.util.ArrayList<>();
        for (String name : List.of("A", "B", "C")) {
            var account = http.newSignedIn(platform, org, "LEARNER", "Apprenant " + name);
            var enrolled = http.post("api/v1/enrolments", account.token(), "{\"programme\":" + q(code) + "}");
            assertEquals(201, enrolled.status(), enrolled::toString);
            String enrolment = enrolled.json().getString("id");
            // entering: the first activity done
            String lesson = http.get("api/v1/enrolments/" + enrolment, account.token()).json().getJsonArray("modules").getJsonObject(0)
                    .getJsonArray("activities").getJsonObject(0).getString("id");
            assertEquals(200, http.post("api/v1/enrolments/" + enrolment + "/activities/" + lesson + "/done", account.token(), "").status());
            learners.add(new Learner(account.token(), enrolment));
        }
        return new World(platform, org, code, trainer, trainerAccount.email(), otherTrainer, learners);
    }

    private Http.Response position(String enrolment, String token, String json) {
        return http.put("api/v1/enrolments/" + enrolment + "/positioning", token, json);
    }

    private JsonObject positioningFigure() {
        var r = http.get("api/v1/organisations/" + world.org() + "/qualiopi?programme=" + world.code(), world.trainer());
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("figures").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("indicator").equals("POSITIONING")).findFirst().orElseThrow();
    }

    /** No result: JSON-B leaves the null field out. */
    private static boolean unpositioned(JsonObject enrolment) {
        return !enrolment.containsKey("positioning") || enrolment.isNull("positioning");
    }

    @Test
    void theTrainerRecordsThePositioningAndTheQualiopiFigureCountsIt() {
        JsonObject before = positioningFigure();
        assertEquals(3, before.getInt("denominator"), before::toString);
        int positioned = before.getInt("numerator");

        Learner a = world.learners().get(0);
        var r = position(a.enrolment(), world.trainer(), "{\"result\":" + q("  " + RESULT + " ") + "}");
        assertEquals(200, r.status(), r::toString);
        assertEquals(RESULT, r.json().getString("positioning"), "trimmed");
        assertEquals(world.trainerEmail(), r.json().getString("positionedBy"), "who recorded it");
        java.time.Instant at = java.time.Instant.parse(r.json().getString("positionedAt"));
        assertTrue(!at.isAfter(java.time.Instant.now()) && at.isAfter(java.time.Instant.now().minusSeconds(600)), "when: " + at);
        assertEquals(RESULT, http.get("api/v1/enrolments/" + a.enrolment(), a.token()).json().getString("positioning"), "the learner reads it");
        // a correction replaces it; counted once
        r = position(a.enrolment(), world.trainer(), "{\"result\":" + q(RESULT + " (corrigé)") + "}");
        assertEquals(200, r.status(), r::toString);
        assertEquals(RESULT + " (corrigé)", r.json().getString("positioning"));

        JsonObject after = positioningFigure();
        assertEquals(positioned + 1, after.getInt("numerator"), after::toString);
        assertEquals(3, after.getInt("denominator"), after::toString);
        assertTrue(after.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .anyMatch(row -> row.getString("enrolmentId").equals(a.enrolment()) && row.getBoolean("counted")), after::toString);
    }

    @Test
    void blankOrTooLongResultsAre400InFrench() {
        String enrolment = world.learners().get(1).enrolment();
        for (String json : List.of("{\"result\":\"  \"}", "{}", "{\"result\":" + q("x".repeat(2001)) + "}")) {
            var r = position(enrolment, world.trainer(), json);
            assertEquals(400, r.status(), r::toString);
            assertTrue(r.body().contains("Le résultat du positionnement est obligatoire"), r::toString);
        }
        var noBody = http.send(HttpRequest.newBuilder(http.uri("api/v1/enrolments/" + enrolment + "/positioning"))
                .header("Authorization", "Bearer " + world.trainer()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("", StandardCharsets.UTF_8)));
        assertEquals(400, noBody.status(), noBody::toString);
        var unchanged = http.get("api/v1/enrolments/" + enrolment, world.trainer()).json();
        assertTrue(unpositioned(unchanged), unchanged::toString);
    }

    @Test
    void anotherOrganisationsTrainerGets404AndTheLearner403() {
        Learner b = world.learners().get(1);
        var foreign = position(b.enrolment(), world.otherTrainer(), "{\"result\":" + q(RESULT) + "}");
        assertEquals(404, foreign.status(), foreign::toString);
        assertTrue(foreign.json().getString("message").contains("Inscription introuvable"), foreign::toString);
        assertEquals(404, position("no-such-enrolment", world.trainer(), "{\"result\":" + q(RESULT) + "}").status());
        var own = position(b.enrolment(), b.token(), "{\"result\":" + q(RESULT) + "}");
        assertEquals(403, own.status(), own::toString);
        assertTrue(own.json().getString("message").contains("formateurs"), own::toString);
        var other = position(world.learners().get(2).enrolment(), b.token(), "{\"result\":" + q(RESULT) + "}");
        assertEquals(404, other.status(), other::toString);
        assertTrue(unpositioned(http.get("api/v1/enrolments/" + b.enrolment(), world.trainer()).json()));
    }

    @Test
    void anEndedEnrolmentIs409() {
        Learner c = world.learners().get(2);
        var ended = http.post("api/v1/enrolments/" + c.enrolment() + "/end", world.trainer(), "{\"abandon\":true,\"reason\":\"Déménagement\"}");
        assertEquals(200, ended.status(), ended::toString);
        var r = position(c.enrolment(), world.trainer(), "{\"result\":" + q(RESULT) + "}");
        assertEquals(409, r.status(), r::toString);
        assertTrue(r.json().getString("message").contains("terminée"), r::toString);
    }

    @Test
    void theCsvImportTakesAnOptionalPositioningColumn() {
        var newcomer = http.newSignedIn(world.platform(), world.org(), "LEARNER", "Apprenant CSV");
        String csv = "email;programme;positionnement\n" + newcomer.email() + ";" + world.code() + ";\"Niveau 1 sur 4 ; premiers pas\"\n";
        var r = http.send(HttpRequest.newBuilder(http.uri("api/v1/enrolments/csv?commit=true&organisation=" + world.org()))
                .header("Authorization", "Bearer " + world.trainer()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
        assertEquals(201, r.status(), r::toString);
        String enrolment = r.json().getJsonArray("enrolments").getString(0);
        JsonObject imported = http.get("api/v1/enrolments/" + enrolment, world.trainer()).json();
        assertEquals("Niveau 1 sur 4 ; premiers pas", imported.getString("positioning"));
        assertEquals(world.trainerEmail(), imported.getString("positionedBy"), "the importer recorded it");

        var tooLong = http.send(HttpRequest.newBuilder(http.uri("api/v1/enrolments/csv?organisation=" + world.org()))
                .header("Authorization", "Bearer " + world.trainer()).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("email;programme;positionnement\n" + newcomer.email() + ";" + world.code() + ";"
                        + "x".repeat(2001) + "\n", StandardCharsets.UTF_8)));
        assertEquals(200, tooLong.status(), tooLong::toString);
        assertTrue(tooLong.json().getJsonArray("problems").toString().contains("Le positionnement compte 2 000 caractères au plus"), tooLong::toString);
    }

    @Test
    void theDemoEluAndMediatorArePositioned() {
        String trainer = http.token("formateur@socle.demo", Http.DEMO_PASSWORD);
        String org = http.get("api/v1/accounts/me", trainer).json().getJsonArray("roles").stream().map(JsonValue::asJsonObject)
                .filter(r -> "Médiation Plus Formation".equals(r.getString("organisationName"))).findFirst().orElseThrow()
                .getString("organisationId");
        var r = http.get("api/v1/organisations/" + org + "/qualiopi", trainer);
        assertEquals(200, r.status(), r::toString);
        var rows = r.json().getJsonArray("figures").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("indicator").equals("POSITIONING")).findFirst().orElseThrow().getJsonArray("rows");
        for (String learner : List.of("Martine Rousseau", "Sam Médiateur")) {
            assertTrue(rows.stream().map(JsonValue::asJsonObject).anyMatch(row -> row.getString("learner").equals(learner) && row.getBoolean("counted")),
                    learner + " " + rows);
        }
    }
}
