package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.learning.control.SampleFiles;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Assignments through the API: handing in files, what is refused, who sees what, and grading. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentsIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
    }

    @ArquillianResource
    URL base;

    Http http;
    static String platform;
    static String orgA;
    static String trainerA;
    static String learnerA;
    static String otherLearnerA;
    static String trainerB;

    @BeforeEach
    void connect() {
        http = new Http(base);
        if (platform == null) {
            platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
            orgA = organisation("Organisme A");
            String orgB = organisation("Organisme B");
            trainerA = account(orgA, "TRAINER");
            learnerA = account(orgA, "LEARNER");
            otherLearnerA = account(orgA, "LEARNER");
            trainerB = account(orgB, "TRAINER");
        }
    }

    private String organisation(String name) {
        return http.newOrganisation(platform, name, "ORGANISME_DE_FORMATION");
    }

    private String account(String org, String role) {
        return http.newSignedIn(platform, org, role, "Test " + role).token();
    }

    /** A one-module programme: a 30-minute lesson and a 90-minute assignment passed from 60. */
    static Map<String, String> course(String code) {
        var files = CatalogueIT.course(code + "/", code);
        files.remove(code + "/modules/M1/quiz.yaml");
        files.put(code + "/modules/M1/module.yaml", "code: M1\ntitle: Premier module\nhours: 2\nmodality: DISTANCIEL_ASYNCHRONE\n"
                + "objectives: [ \"Rédiger un bilan\" ]\nlicence: CC-BY-SA-4.0\nactivities:\n"
                + "  - type: LESSON\n    title: Une leçon\n    file: lecon.md\n    minutes: 30\n"
                + "  - type: ASSIGNMENT\n    title: Bilan d'atelier\n    instructions: \"Rédigez le bilan d'un atelier (2 pages).\"\n"
                + "    minutes: 90\n    passMark: 60\n");
        return files;
    }

    record Enrolled(String id, String lesson, String assignment) {
    }

    /** A fresh programme, and the learner's enrolment in it. */
    private Enrolled enrol(String learner) throws IOException {
        String code = "DEV-" + Fixtures.unique("X").substring(2).toUpperCase();
        var imported = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import")).header("Authorization", "Bearer " + platform)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(CatalogueIT.zip(course(code)))));
        assertEquals(201, imported.status(), imported::toString);
        var enrolled = http.post("api/v1/enrolments", learner, "{\"programme\":" + q(code) + "}");
        assertEquals(201, enrolled.status(), enrolled::toString);
        var activities = enrolled.json().getJsonArray("modules").getJsonObject(0).getJsonArray("activities");
        assertEquals("ASSIGNMENT", activities.getJsonObject(1).getString("kind"));
        return new Enrolled(enrolled.json().getString("id"), activities.getJsonObject(0).getString("id"), activities.getJsonObject(1).getString("id"));
    }

    /** POSTs multipart/form-data: a "file" part (unless fileName is null) and an optional "comment" part. */
    static Http.Response handIn(Http http, String token, String path, String fileName, byte[] content, String comment, String language) {
        String boundary = "----socle" + Fixtures.unique("b");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (comment != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\n" + comment + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static String submissions(Enrolled e) {
        return "api/v1/enrolments/" + e.id() + "/assignments/" + e.assignment() + "/submissions";
    }

    private Http.Response handIn(String token, Enrolled e, String fileName, byte[] content) {
        return handIn(http, token, submissions(e), fileName, content, null, "fr");
    }

    private HttpResponse<byte[]> download(String token, String submission) {
        return http.send(HttpRequest.newBuilder(http.uri("api/v1/submissions/" + submission + "/file")).header("Authorization", "Bearer " + token)
                .GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Http.Response grade(String token, String submission, String json) {
        return http.post("api/v1/submissions/" + submission + "/grade", token, json);
    }

    private static void assertRefused(int status, String expected, Http.Response r) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.json().getString("message").contains(expected), r::toString);
        assertFalse(Http.hasStackTrace(r.body()), r.body());
    }

    @Test
    void aLearnerHandsInAFileAndGetsBackTheSameBytesAsAnAttachment() throws IOException {
        Enrolled e = enrol(learnerA);
        byte[] pdf = SampleFiles.pdf();
        var r = handIn(http, learnerA, submissions(e), "Mon bilan d’atelier.pdf", pdf, "Première version", "fr");
        assertEquals(201, r.status(), r::toString);
        JsonObject s = r.json();
        assertTrue(r.header("Location").endsWith("/api/v1/submissions/" + s.getString("id")), r.header("Location"));
        assertEquals("PENDING", s.getString("status"));
        assertEquals(1, s.getInt("number"));
        assertEquals("application/pdf", s.getString("contentType"), "the type found in the content, not the one the client sent");
        assertEquals(pdf.length, s.getInt("size"));
        assertEquals("Première version", s.getString("comment"));
        assertEquals(60, s.getInt("passMark"));
        assertEquals(e.assignment(), s.getString("activityId"));

        var mine = http.get(submissions(e), learnerA);
        assertEquals(200, mine.status(), mine::toString);
        assertEquals(1, mine.array().size());

        for (String reader : new String[] {learnerA, trainerA}) {
            var file = download(reader, s.getString("id"));
            assertEquals(200, file.statusCode());
            assertArrayEquals(pdf, file.body());
            assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElseThrow());
            String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
            assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''Mon%20bilan%20d%E2%80%99atelier.pdf"),
                    disposition);
        }
        assertEquals(200, http.get("api/v1/submissions/" + s.getString("id"), trainerA).status());
        String statements = http.get("api/v1/xapi/statements?limit=500", learnerA).body();
        assertTrue(statements.contains("http://activitystrea.ms/schema/1.0/submit"), statements);
    }

    @Test
    void anEmptyATooLargeOrADisguisedFileIsRefusedWithItsReasonAndNothingIsKept() throws IOException {
        Enrolled e = enrol(learnerA);
        assertRefused(400, "type de fichier n’est pas accepté (.exe)", handIn(learnerA, e, "outil.exe", new byte[] {'M', 'Z', 0, 0}));
        assertRefused(400, "not accepted (.exe)", handIn(http, learnerA, submissions(e), "outil.exe", new byte[] {'M', 'Z'}, null, "en"));
        assertRefused(400, "ne correspond pas à son extension .pdf", handIn(learnerA, e, "capture.pdf", SampleFiles.image("png")));
        assertRefused(400, "does not match its .docx extension",
                handIn(http, learnerA, submissions(e), "faux.docx", SampleFiles.zip("a.txt", "x"), null, "en"));
        assertRefused(400, "Le fichier est vide", handIn(learnerA, e, "vide.txt", new byte[0]));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        assertRefused(400, "10 Mo", handIn(learnerA, e, "long.txt", big));
        assertRefused(400, "10 MB", handIn(http, learnerA, submissions(e), "long.txt", big, null, "en"));
        assertRefused(400, "Choisissez un fichier", handIn(http, learnerA, submissions(e), null, null, "Sans fichier", "fr"));
        assertRefused(400, "pas un devoir", handIn(http, learnerA, "api/v1/enrolments/" + e.id() + "/assignments/" + e.lesson() + "/submissions",
                "notes.txt", "texte".getBytes(StandardCharsets.UTF_8), null, "fr"));
        assertEquals(0, http.get(submissions(e), learnerA).array().size(), "nothing was kept");
        byte[] limit = Arrays.copyOf(big, big.length - 1);
        assertEquals(201, handIn(learnerA, e, "long.txt", limit).status(), "10 MB exactly is accepted");
    }

    @Test
    void aFiveMegabyteFileIsHandedInWithOrWithoutALengthAndAChunkedFifteenIsRefusedAtTheLimit() throws IOException {
        Enrolled e = enrol(learnerA);
        byte[] five = new byte[5 * 1024 * 1024];
        Arrays.fill(five, (byte) 'b');
        assertEquals(201, handIn(learnerA, e, "cinq.txt", five).status(), "5 MB with a Content-Length");

        String boundary = "----socle" + Fixtures.unique("b");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cinq.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(head);
        body.writeBytes(five);
        body.writeBytes(tail);
        byte[] bytes = body.toByteArray();
        var chunked = http.send(HttpRequest.newBuilder(http.uri(submissions(e))).header("Authorization", "Bearer " + learnerA)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))); // no length: chunked
        assertEquals(201, chunked.status(), "5 MB chunked: " + chunked);
        assertEquals(2, http.get(submissions(e), learnerA).array().size());

        var tooLarge = http.rawPost(submissions(e), Map.of("Authorization", "Bearer " + learnerA,
                "Content-Type", "multipart/form-data; boundary=" + boundary), 15L * 1024 * 1024, true);
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertTrue(tooLarge.body().contains("au plus 10 Mo"), tooLarge.body());
        assertEquals(2, http.get(submissions(e), learnerA).array().size(), "nothing kept of the refused one");
    }

    @Test
    void onlyTheLearnerHandsInAndOnlyTheTrainersOfItsOrganisationSeeAndGrade() throws IOException {
        Enrolled e = enrol(learnerA);
        byte[] odt = SampleFiles.openDocument("application/vnd.oasis.opendocument.text");
        assertEquals(404, handIn(otherLearnerA, e, "bilan.odt", odt).status(), "another learner does not see the enrolment");
        assertEquals(403, handIn(trainerA, e, "bilan.odt", odt).status(), "a trainer does not hand in for the learner");
        assertEquals(404, handIn(trainerB, e, "bilan.odt", odt).status());
        var r = handIn(learnerA, e, "bilan.odt", odt);
        assertEquals(201, r.status(), r::toString);
        String id = r.json().getString("id");

        assertEquals(404, http.get(submissions(e), otherLearnerA).status());
        assertEquals(404, http.get(submissions(e), trainerB).status());
        assertEquals(200, http.get(submissions(e), trainerA).status());
        for (String stranger : new String[] {otherLearnerA, trainerB}) {
            assertEquals(404, http.get("api/v1/submissions/" + id, stranger).status());
            assertEquals(404, download(stranger, id).statusCode());
        }
        assertEquals(404, grade(trainerB, id, "{\"score\":90}").status(), "a trainer of another organisation cannot grade it");
        assertEquals(403, grade(learnerA, id, "{\"score\":100}").status(), "nor can the learner");
        assertEquals(403, http.get("api/v1/submissions", learnerA).status(), "the list to grade is for trainers");
        assertFalse(http.get("api/v1/submissions?status=pending", trainerB).body().contains(id));
        assertTrue(http.get("api/v1/submissions?status=pending", trainerA).body().contains(id));
        assertEquals(400, http.get("api/v1/submissions?status=whatever", trainerA).status());
        assertEquals(404, http.get("api/v1/submissions/no-such-id", trainerA).status());
    }

    @Test
    void aPassingGradeCompletesTheActivityAndAddsItsHoursOnceAFailLetsTheLearnerHandInAgain() throws IOException {
        Enrolled e = enrol(learnerA);
        assertEquals(200, http.post("api/v1/enrolments/" + e.id() + "/activities/" + e.lesson() + "/done", learnerA, "").status());
        byte[] docx = SampleFiles.officeOpenXml("word/document.xml");

        String first = handIn(learnerA, e, "bilan.docx", docx).json().getString("id");
        assertEquals(400, grade(trainerA, first, "{\"score\":101}").status());
        assertEquals(400, grade(trainerA, first, "{\"comment\":\"Sans note\"}").status());
        var failed = grade(trainerA, first, "{\"score\":40,\"comment\":\"Il manque le bilan chiffré.\"}");
        assertEquals(200, failed.status(), failed::toString);
        assertEquals("FAILED", failed.json().getString("status"));
        assertEquals("Il manque le bilan chiffré.", failed.json().getString("trainerComment"));
        assertNotNull(failed.json().getString("gradedBy"));
        assertRefused(409, "déjà noté", grade(trainerA, first, "{\"score\":90}"));
        JsonObject enrolment = http.get("api/v1/enrolments/" + e.id(), learnerA).json();
        assertEquals(30, enrolment.getInt("minutes"), "a failed assignment adds no hours");
        assertFalse(enrolment.getJsonArray("modules").getJsonObject(0).getJsonArray("activities").getJsonObject(1).getBoolean("done"));

        String second = handIn(learnerA, e, "bilan-v2.docx", docx).json().getString("id");
        String third = handIn(learnerA, e, "bilan-v3.docx", docx).json().getString("id");
        var history = http.get(submissions(e), learnerA).array();
        assertEquals(3, history.size());
        assertEquals("PENDING", history.getJsonObject(0).getString("status"));
        assertEquals("SUPERSEDED", history.getJsonObject(1).getString("status"));
        assertEquals("FAILED", history.getJsonObject(2).getString("status"));
        String pending = http.get("api/v1/submissions?status=pending", trainerA).body();
        assertTrue(pending.contains(third) && !pending.contains(second) && !pending.contains(first), "only the latest waits: " + pending);
        assertRefused(409, "version plus récente", grade(trainerA, second, "{\"score\":90}"));

        var passed = grade(trainerA, third, "{\"score\":60,\"comment\":\"Bilan complet.\"}");
        assertEquals(200, passed.status(), passed::toString);
        assertEquals("PASSED", passed.json().getString("status"));
        enrolment = http.get("api/v1/enrolments/" + e.id(), learnerA).json();
        assertTrue(enrolment.getJsonArray("modules").getJsonObject(0).getJsonArray("activities").getJsonObject(1).getBoolean("done"));
        assertEquals(120, enrolment.getInt("minutes"), "30 min of lesson and 90 of assignment, once");
        assertEquals(120, enrolment.getJsonObject("minutesByModule").getInt("M1"));
        assertEquals("TERMINE", enrolment.getString("status"), "everything done ends the enrolment");

        assertRefused(409, "déjà noté", grade(trainerA, third, "{\"score\":100}"));
        assertRefused(409, "déjà validé", handIn(learnerA, e, "bilan-v4.docx", docx));
        assertEquals(120, http.get("api/v1/enrolments/" + e.id(), learnerA).json().getInt("minutes"), "still once");
        assertTrue(http.get("api/v1/submissions?status=graded", trainerA).body().contains(third));
        String statements = http.get("api/v1/xapi/statements?limit=500", learnerA).body();
        assertTrue(statements.contains("http://adlnet.gov/expapi/verbs/scored") && statements.contains("\"raw\":60"), statements);
    }

    @Test
    void theAssignmentEndpointsAreInTheOpenApiDescription() {
        var openapi = http.send(HttpRequest.newBuilder(http.root("openapi")).GET());
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/submissions/{id}/grade"), openapi::toString);
        assertTrue(openapi.body().contains("/api/v1/enrolments/{id}/assignments/{activity}/submissions"), openapi::toString);
        assertTrue(openapi.body().contains("multipart/form-data"), openapi::toString);
    }
}
