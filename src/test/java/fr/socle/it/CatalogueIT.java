package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue API on Payara Micro: the seed, import all-or-nothing, export, versions, and who sees what. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueIT {

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
            trainerB = account(orgB, "TRAINER");
        }
    }

    private String organisation(String name) {
        return http.newOrganisation(platform, name, "ORGANISME_DE_FORMATION");
    }

    private String account(String org, String role) {
        return http.newSignedIn(platform, org, role, "X").token();
    }

    static String programme(String code) {
        return "code: " + code + "\ntitle: Programme " + code + "\naudience: AGENT\nsheet:\n  objectives: [ \"Savoir accueillir\" ]\n"
                + "  prerequisites: Aucun\n  assessment: Quiz\n  accessibility: Accessible\ncomponents:\n  - code: TC\n    kind: TRONC_COMMUN\n"
                + "    title: Tronc commun\n    modules: [M1]\n";
    }

    static final String MODULE = "code: M1\ntitle: Premier module\nhours: 7\nmodality: PRESENTIEL\nobjectives: [ \"Accueillir\" ]\n"
            + "licence: CC-BY-SA-4.0\ncompetences:\n  - { framework: pix-crcn, code: \"2.1\", level: 2 }\nactivities:\n"
            + "  - type: LESSON\n    title: Une leçon\n    file: lecon.md\n    minutes: 30\n"
            + "  - type: QUIZ\n    title: Un quiz\n    file: quiz.yaml\n    minutes: 10\n";

    static final String QUIZ = "title: Quiz\npassMark: 70\nquestions:\n  - type: TRUE_FALSE\n    text: Vrai ?\n    answer: true\n";

    static Map<String, String> course(String folder, String code) {
        return course(folder, code, QUIZ);
    }

    static Map<String, String> course(String folder, String code, String quiz) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(folder + "programme.yaml", programme(code));
        files.put(folder + "modules/M1/module.yaml", MODULE);
        files.put(folder + "modules/M1/lecon.md", "## Bienvenue\n\nUne leçon <script>alert(1)</script> sûre.\n");
        files.put(folder + "modules/M1/quiz.yaml", quiz);
        return files;
    }

    static byte[] zip(Map<String, String> files) throws IOException {
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

    private Http.Response importZip(String token, String organisation, byte[] zip) {
        return http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import" + (organisation == null ? "" : "?organisation=" + organisation)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
    }

    @Test
    void theSeedCursusAndParcoursAreInThePublicCatalogue() {
        String list = http.get("api/v1/programmes", null).body();
        assertTrue(list.contains("\"CMN\"") && list.contains("\"ELUS-NUM\"") && list.contains("\"AGENTS-ACCUEIL\""), list);
        JsonObject cmn = http.get("api/v1/programmes/CMN", null).json();
        assertEquals(7, cmn.getJsonArray("components").size());
        assertEquals(448, cmn.getJsonNumber("hours").intValue());
        var pix = http.get("api/v1/competence-frameworks/pix-crcn", null).json();
        assertEquals(16, pix.getJsonArray("domains").stream().mapToInt(d -> d.asJsonObject().getJsonArray("competences").size()).sum());
        var remn = http.get("api/v1/competence-frameworks/titre-pro-remn", null).json();
        assertTrue(remn.getJsonArray("mappings").size() > 0, "REMN maps to Pix");
    }

    @Test
    void theCatalogueFiltersByAudienceAndCompetence() {
        String elus = http.get("api/v1/programmes?audience=ELU", null).body();
        assertTrue(elus.contains("ELUS-NUM") && !elus.contains("\"CMN\""), elus);
        String cyber = http.get("api/v1/programmes?competence=pix-crcn%204.1", null).body();
        assertTrue(cyber.contains("\"CMN\""), cyber);
    }

    @Test
    void aCourseZipImportsAsAPrivateProgrammeOfItsOrganisationWithItsLessonSanitised() throws IOException {
        String code = "IMP-" + Fixtures.unique("X").substring(2).toUpperCase();
        var r = importZip(trainerA, orgA, zip(course(code + "/", code)));
        assertEquals(201, r.status(), r::toString);
        assertEquals(200, http.get("api/v1/programmes/" + code, learnerA).status(), "members of its organisation read it");
        assertEquals(404, http.get("api/v1/programmes/" + code, null).status(), "private: not public");
        assertEquals(404, http.get("api/v1/programmes/" + code, trainerB).status(), "another organisation does not see it");

        var export = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/" + code + "/versions/1/export"))
                .header("Authorization", "Bearer " + trainerA).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode());
        String exported = new String(export.body(), StandardCharsets.ISO_8859_1);
        assertTrue(exported.contains("programme.yaml") && exported.contains("modules/M1/quiz.yaml"));

        var again = importZip(trainerA, orgA, zip(course(code + "/", code)));
        assertEquals(200, again.status(), "the same files again: nothing new");
        assertTrue(again.json().getJsonArray("unchanged").toString().contains(code));
    }

    @Test
    void exportThenImportGivesTheSameProgramme() throws Exception {
        var export = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/ELUS-NUM/versions/1/export"))
                .header("Authorization", "Bearer " + platform).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode(), "the shared content's authors are the platform administrators");
        assertTrue(keyLines(export.body()) > 0, "an author's export has the answer keys");
        JsonObject before = http.get("api/v1/programmes/ELUS-NUM/versions/1", null).json();
        var r = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import")).header("Authorization", "Bearer " + platform)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(export.body())));
        assertTrue(r.status() == 201 || r.status() == 200, r::toString);
        int latest = http.get("api/v1/programmes/ELUS-NUM", null).json().getInt("version");
        JsonObject after = http.get("api/v1/programmes/ELUS-NUM/versions/" + latest, null).json();
        assertEquals(before.getJsonArray("components"), after.getJsonArray("components"));
        assertEquals(before.getJsonObject("sheet"), after.getJsonObject("sheet"));
        assertEquals(before.getString("title"), after.getString("title"));
    }

    @Test
    void oneBadProgrammeInAnArchiveImportsNothingAndListsEveryProblem() throws IOException {
        String good = "GOOD-" + Fixtures.unique("X").substring(2).toUpperCase();
        String bad = "BAD-" + Fixtures.unique("X").substring(2).toUpperCase();
        Map<String, String> files = new LinkedHashMap<>(course(good + "/", good));
        Map<String, String> broken = course(bad + "/", bad);
        broken.put(bad + "/modules/M1/quiz.yaml", QUIZ.replace("passMark: 70", "passMark: 170"));
        broken.put(bad + "/modules/M1/module.yaml", MODULE.replace("code: \"2.1\"", "code: \"9.9\""));
        files.putAll(broken);
        var r = importZip(trainerA, orgA, zip(files));
        assertEquals(400, r.status(), r::toString);
        String details = r.json().getJsonArray("details").toString();
        assertTrue(details.contains(bad + "/modules/M1/module.yaml:8") && details.contains("9.9"), details);
        assertEquals(404, http.get("api/v1/programmes/" + good, trainerA).status(), "the good programme was not imported either");
    }

    @Test
    void anOrganisationCannotBringCompetenceFrameworks() throws IOException {
        String code = "FW-" + Fixtures.unique("X").substring(2).toUpperCase();
        Map<String, String> files = new LinkedHashMap<>(course(code + "/", code));
        files.put("frameworks/pix-crcn.yaml", "code: pix-crcn\ntitle: Faux référentiel\nversion: \"x\"\ndomains:\n"
                + "  - code: \"1\"\n    title: Domaine\n    competences:\n      - { code: \"2.1\", title: Interagir }\n");
        assertEquals(403, importZip(trainerA, orgA, zip(files)).status());
        assertEquals("2019", http.get("api/v1/competence-frameworks/pix-crcn", null).json().getString("version"));
    }

    @Test
    void whatIsNotACourseArchiveIs400() {
        var r = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import?organisation=" + orgA))
                .header("Authorization", "Bearer " + trainerA).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofString("not a zip")));
        assertEquals(400, r.status(), r::toString);
    }

    @Test
    void onlyItsTrainersAndAdministratorsImportForAnOrganisation() throws IOException {
        String code = "NOPE-" + Fixtures.unique("X").substring(2).toUpperCase();
        assertEquals(403, importZip(learnerA, orgA, zip(course("", code))).status());
        assertEquals(404, importZip(trainerB, orgA, zip(course("", code))).status());
        assertEquals(403, importZip(trainerA, null, zip(course("", code))).status(), "shared content is for platform admins");
    }

    @Test
    void aDraftIsPublishedOnceCompleteAndPublishedVersionsStayAsTheyWere() {
        String code = "DR-" + Fixtures.unique("X").substring(2).toUpperCase();
        var created = http.post("api/v1/programmes", trainerA, "{\"code\":" + q(code) + ",\"organisationId\":" + q(orgA)
                + ",\"title\":\"Brouillon\",\"audience\":\"ELU\"}");
        assertEquals(201, created.status(), created::toString);
        assertEquals("DRAFT", created.json().getString("status"));
        var refused = http.post("api/v1/programmes/" + code + "/publish", trainerA, "");
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.json().getJsonArray("details").size() > 0);
        assertEquals(404, http.get("api/v1/programmes/" + code, learnerA).status(), "no published version yet");
        assertEquals(403, http.post("api/v1/programmes/" + code + "/publish", learnerA, "").status());
        assertEquals(409, http.post("api/v1/programmes", trainerA, "{\"code\":" + q(code) + ",\"organisationId\":" + q(orgA)
                + ",\"title\":\"Encore\",\"audience\":\"ELU\"}").status(), "codes are unique");
    }

    @Test
    void aTrainerCopiesAPublicProgrammeIntoItsOrganisationAsADraftWithoutItsAnswerKeys() throws IOException {
        String code = "COPY-" + Fixtures.unique("X").substring(2).toUpperCase();
        var r = http.post("api/v1/programmes/ELUS-NUM/copy", trainerA, "{\"code\":" + q(code) + ",\"organisationId\":" + q(orgA) + "}");
        assertEquals(201, r.status(), r::toString);
        assertEquals("DRAFT", r.json().getString("status"));
        assertEquals(3, r.json().getJsonArray("components").getJsonObject(0).getJsonArray("modules").size());
        assertEquals(0, keyLines(export(code, 1, trainerA).body()), "not an author of ELUS-NUM: the copy's quizzes come without keys");
        var refused = http.post("api/v1/programmes/" + code + "/publish", trainerA, "");
        assertEquals(409, refused.status(), "the copy's author writes the keys before publishing: " + refused);
        assertTrue(refused.json().getJsonArray("details").toString().contains("un correct"), refused::toString);
        assertEquals(404, http.post("api/v1/programmes/ELUS-NUM/copy", trainerB, "{\"code\":\"X-" + code + "\",\"organisationId\":" + q(orgA) + "}").status(),
                "nobody copies into another organisation");

        String own = "OWN-" + Fixtures.unique("X").substring(2).toUpperCase();
        assertEquals(201, importZip(trainerA, orgA, zip(course(own + "/", own, KEYED_QUIZ))).status());
        String copy = "OWNCOPY-" + Fixtures.unique("X").substring(2).toUpperCase();
        assertEquals(201, http.post("api/v1/programmes/" + own + "/copy", trainerA, "{\"code\":" + q(copy) + ",\"organisationId\":" + q(orgA) + "}").status());
        var published = http.post("api/v1/programmes/" + copy + "/publish", trainerA, "");
        assertEquals(200, published.status(), "a copy of one's own programme keeps its keys: " + published);
        assertEquals(1, http.get("api/v1/programmes/" + copy, learnerA).json().getInt("version"));
    }

    /** A quiz whose keys and explanations are easy to look for in what readers get. */
    static final String KEYED_QUIZ = """
            title: Quiz aux réponses gardées
            passMark: 100
            attempts: 3
            questions:
              - type: SINGLE
                text: Quel service permet d'agir en ligne pour le compte d'un usager ?
                choices:
                  - { text: FranceConnect, feedback: "CLE-RETOUR-CHOIX-FAUX" }
                  - { text: Aidants Connect, correct: true, feedback: "CLE-RETOUR-CHOIX-JUSTE" }
                  - { text: France Services }
                feedback: CLE-EXPLICATION-UNIQUE
              - type: TRUE_FALSE
                text: Un aidant peut conserver le mot de passe d'un usager.
                answer: false
                feedback: CLE-EXPLICATION-VRAI-FAUX
              - type: SHORT_ANSWER
                text: Quel sigle désigne le règlement européen sur la protection des données ?
                accepted: [CLE-REPONSE-ACCEPTEE]
            """;

    static final String[] SECRETS = {"CLE-RETOUR-CHOIX-FAUX", "CLE-RETOUR-CHOIX-JUSTE", "CLE-EXPLICATION-UNIQUE",
        "CLE-EXPLICATION-VRAI-FAUX", "CLE-REPONSE-ACCEPTEE"};

    static final java.util.regex.Pattern KEY_LINE = java.util.regex.Pattern.compile("(?m)^\\s*(- )?(correct|answer|accepted)\\s*:");

    /** The lines of a course-files zip that give an answer key away (correct:, answer:, accepted:), summed over its YAML files. */
    static int keyLines(byte[] zip) throws IOException {
        return lines(zip, KEY_LINE);
    }

    static int lines(byte[] zip, java.util.regex.Pattern pattern) throws IOException {
        int n = 0;
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().endsWith(".yaml")) {
                    n += (int) pattern.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).results().count();
                }
            }
        }
        return n;
    }

    /** Every YAML file of a course-files zip, one after the other. */
    static String yaml(byte[] zip) throws IOException {
        StringBuilder all = new StringBuilder();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().endsWith(".yaml")) {
                    all.append("--- ").append(e.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }

    private HttpResponse<byte[]> export(String code, int version, String token) {
        var request = HttpRequest.newBuilder(http.uri("api/v1/programmes/" + code + "/versions/" + version + "/export")).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void quizAnswerKeysGoOnlyToThoseWhoMayAuthorTheProgramme() throws IOException {
        int cmn = http.get("api/v1/programmes/CMN", null).json().getInt("version");
        String registrar = http.token("registraire@socle.demo", Http.DEMO_PASSWORD);
        String adminA = account(orgA, "ORG_ADMIN");
        Map<String, String> readers = new LinkedHashMap<>();
        readers.put("anonymous", null);
        readers.put("a learner", learnerA);
        readers.put("a trainer of an organisation", trainerA);
        readers.put("an organisation's administrator", adminA);
        readers.put("a registrar", registrar);
        for (var reader : readers.entrySet()) {
            var export = export("CMN", cmn, reader.getValue());
            assertEquals(200, export.statusCode(), reader.getKey());
            assertEquals(0, keyLines(export.body()), reader.getKey() + " gets the demo cursus without its answer keys");
            String files = yaml(export.body());
            assertTrue(files.contains("\nanswerKeys: omitted\n") && files.contains("# answerKeys: omitted"), reader.getKey() + ": the files say so");
            assertTrue(!files.contains("feedback:"), reader.getKey() + ": nor the explanations, which give answers away");
            assertTrue(files.contains("choices:"), reader.getKey() + ": the questions and choices are there to answer");
        }
        var whole = export("CMN", cmn, platform).body();
        assertEquals(161, lines(whole, java.util.regex.Pattern.compile("(?m)^\\s*(- )?(correct|answer)\\s*:")),
                "the platform's administrators author the shared cursus: its 161 correct:/answer: lines");
        assertTrue(keyLines(whole) > 161, "and its accepted: short answers");
        var page = http.send(HttpRequest.newBuilder(http.uri("catalogue-files/CMN/" + cmn + "/export.zip")).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, page.statusCode());
        assertEquals(0, keyLines(page.body()), "the catalogue page's download link neither");
        String sheet = http.get("catalogue/programme.xhtml?code=CMN", null).body();
        assertTrue(sheet.contains("sans les r") && sheet.contains("catalogue-files/CMN/" + cmn + "/export.zip"), "the link says so: " + sheet);
        assertTrue(!sheet.contains("Un forfait mobile limit") && !sheet.contains("Les freins psychologiques et sociaux (peur, honte"),
                "the public sheet shows no quiz, let alone its keys");

        String code = "KEYS-" + Fixtures.unique("X").substring(2).toUpperCase();
        assertEquals(201, importZip(trainerA, orgA, zip(course(code + "/", code, KEYED_QUIZ))).status());
        assertEquals(3, keyLines(export(code, 1, trainerA).body()), "its organisation's trainers author it");
        assertEquals(3, keyLines(export(code, 1, adminA).body()), "and its administrators");
        assertEquals(3, keyLines(export(code, 1, platform).body()), "and the platform's administrators");
        for (String token : new String[] {learnerA, registrar}) {
            var export = export(code, 1, token);
            assertEquals(200, export.statusCode());
            String files = yaml(export.body());
            assertEquals(0, keyLines(export.body()), files);
            for (String secret : SECRETS) {
                assertTrue(!files.contains(secret), secret + " in " + files);
            }
        }
        assertEquals(404, export(code, 1, trainerB).statusCode(), "a private programme: another organisation's trainer reads nothing");
        assertEquals(404, export(code, 1, null).statusCode());

        var refused = importZip(platform, null, export("CMN", cmn, null).body());
        assertEquals(400, refused.status(), "a reader's export does not import: " + refused);
        String details = refused.json().getJsonArray("details").toString();
        assertTrue(details.contains("programme.yaml:3: answerKeys: ") && details.contains("export sans les"), details);
        assertEquals(cmn, http.get("api/v1/programmes/CMN", null).json().getInt("version"), "nothing was imported");
    }

    private static final java.util.regex.Pattern VIEW_STATE = java.util.regex.Pattern.compile(
            "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");

    /** Signs in through the login form, as a browser does (the pages take the session, not bearer tokens). */
    private static void signIn(Http browser, String email, String password) {
        var page = browser.get("login.xhtml", null);
        var m = VIEW_STATE.matcher(page.body());
        assertTrue(m.find(), "the login page has a view state");
        var r = browser.form("login.xhtml", Map.of("login", "login", "login:email", email, "login:password", password,
                "login:submit", "", "jakarta.faces.ViewState", m.group(1)));
        assertEquals(302, r.status(), r::toString);
    }

    /** The first name attribute of the page's inputs that ends so (the quiz's fields sit in repeated, numbered containers). */
    private static String field(String html, String suffix) {
        var m = java.util.regex.Pattern.compile("name=\"([^\"]*" + java.util.regex.Pattern.quote(suffix) + ")\"").matcher(html);
        assertTrue(m.find(), suffix + " in " + html);
        return m.group(1);
    }

    private static void noSecretIn(String what, String text) {
        for (String secret : SECRETS) {
            assertTrue(!text.contains(secret), what + " shows " + secret);
        }
    }

    /** No key in a quiz page: no secret, and the right choice's radio is like the others (checked only if the learner chose it). */
    private static void noKeyIn(String what, String html, String chosen) {
        noSecretIn(what, html);
        if (chosen == null) {
            assertTrue(!html.contains("checked"), what + " has a choice checked in advance");
        }
        var radios = java.util.regex.Pattern.compile("<input[^>]*type=\"radio\"[^>]*:single\"[^>]*>").matcher(html).results()
                .map(java.util.regex.MatchResult::group).toList();
        assertEquals(3, radios.size(), what + ": the three choices of the single-choice question: " + radios);
        assertEquals(chosen == null ? java.util.List.of() : java.util.List.of("value=\"" + chosen + "\""), radios.stream()
                .filter(r -> r.contains("checked")).map(r -> r.replaceAll(".*(value=\"[^\"]*\").*", "$1")).toList(),
                what + ": only the learner's own choice is checked: " + radios);
        assertEquals(1, new java.util.HashSet<>(radios.stream().map(r -> r.replaceAll("\\s(id|value|checked)=\"[^\"]*\"", "")).toList()).size(),
                what + ": the right choice is marked no differently: " + radios);
    }

    @Test
    void theLearnersQuizPageAndAttemptsShowNoKeyAndNoExplanationBeforeTheQuizIsOver() throws IOException {
        String code = "PAGE-" + Fixtures.unique("X").substring(2).toUpperCase();
        assertEquals(201, importZip(trainerA, orgA, zip(course(code + "/", code, KEYED_QUIZ))).status());
        var learner = http.newSignedIn(platform, orgA, "LEARNER", "Apprenante Quiz");
        var enrolled = http.post("api/v1/enrolments", learner.token(), "{\"programme\":" + q(code) + "}");
        assertEquals(201, enrolled.status(), enrolled::toString);
        String id = enrolled.json().getString("id");
        String quiz = enrolled.json().getJsonArray("modules").getJsonObject(0).getJsonArray("activities").getJsonObject(1).getString("id");
        String attempts = "api/v1/enrolments/" + id + "/quizzes/" + quiz + "/attempts";

        var first = http.post(attempts, learner.token(), "[{\"choices\":[0]},{\"trueFalse\":true},{\"text\":\"non\"}]");
        assertEquals(201, first.status(), first::toString);
        assertEquals("[false,false,false]", first.json().getJsonArray("right").toString(), "whether each answer was right");
        assertEquals(false, first.json().getBoolean("explained"));
        assertEquals(2, first.json().getInt("attemptsLeft"));
        assertEquals("[null,null,null]", first.json().getJsonArray("feedback").toString(), "no explanation while attempts remain");
        noSecretIn("the graded attempt", first.body());

        Http browser = new Http(base, true);
        signIn(browser, learner.email(), Http.passwordOf(learner.email()));
        var page = browser.get("learn/module.xhtml?enrolment=" + id + "&module=M1", null);
        assertEquals(200, page.status(), page::toString);
        String html = page.body();
        assertTrue(html.contains("Aidants Connect") && html.contains("France Services") && html.contains("FranceConnect"), html);
        noKeyIn("the learner's module page", html, null);

        var m = VIEW_STATE.matcher(html);
        assertTrue(m.find());
        String single = field(html, ":single");
        String form = single.substring(0, single.indexOf(":questions:"));
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put(form, form);
        answers.put(single, "2");
        answers.put(field(html, ":truefalse"), "true");
        answers.put(field(html, ":short"), "RGPD");
        answers.put(form + ":submit", "Envoyer mes réponses");
        answers.put("jakarta.faces.ViewState", m.group(1));
        var graded = browser.form("learn/module.xhtml", answers);
        assertEquals(200, graded.status(), graded::toString);
        assertTrue(graded.body().contains("Réponse incorrecte.") && graded.body().contains("quiz-score"), graded.body());
        assertTrue(graded.body().contains("il vous en reste 1"), "the page says when the explanations come: " + graded.body());
        noKeyIn("the graded page", graded.body(), "2");

        var last = http.post(attempts, learner.token(), "[{\"choices\":[1]},{\"trueFalse\":false},{\"text\":\" cle-reponse-acceptée \"}]");
        assertEquals(201, last.status(), last::toString);
        assertEquals(true, last.json().getBoolean("passed"), last::toString);
        assertEquals(true, last.json().getBoolean("explained"), "passed: the quiz is over, its explanations come");
        assertEquals("CLE-EXPLICATION-UNIQUE", last.json().getJsonArray("feedback").getString(0));
        assertTrue(!last.body().contains("CLE-RETOUR-CHOIX") && !last.body().contains("\"correct\""), "never which choice is right: " + last);
    }

    @Test
    void theProgrammeJsonCarriesNoQuizKeyForAnyReader() {
        int cmn = http.get("api/v1/programmes/CMN", null).json().getInt("version");
        for (String token : new String[] {null, learnerA, trainerB, platform}) {
            for (String path : new String[] {"api/v1/programmes", "api/v1/programmes/CMN", "api/v1/programmes/CMN/versions",
                "api/v1/programmes/CMN/versions/" + cmn}) {
                var r = http.get(path, token);
                assertEquals(200, r.status(), path);
                for (String field : new String[] {"\"correct\"", "\"answer\"", "\"accepted\"", "\"choices\"", "\"feedback\"", "\"questions\""}) {
                    assertTrue(!r.body().contains(field), path + " shows " + field);
                }
            }
        }
    }

    @Test
    void aLearnerEnrolsFollowsAndFinishesAndOnlyItsOrganisationSeesIt() throws IOException {
        String code = "LRN-" + Fixtures.unique("X").substring(2).toUpperCase();
        assertEquals(201, http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import")).header("Authorization", "Bearer " + platform)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip(course(code + "/", code))))).status());

        var enrolled = http.post("api/v1/enrolments", learnerA, "{\"programme\":" + q(code) + "}");
        assertEquals(201, enrolled.status(), enrolled::toString);
        String id = enrolled.json().getString("id");
        assertEquals("INSCRIT", enrolled.json().getString("status"));
        assertEquals(409, http.post("api/v1/enrolments", learnerA, "{\"programme\":" + q(code) + "}").status(), "once per version");
        var activities = enrolled.json().getJsonArray("modules").getJsonObject(0).getJsonArray("activities");
        String lesson = activities.getJsonObject(0).getString("id");
        String quiz = activities.getJsonObject(1).getString("id");

        assertEquals(404, http.get("api/v1/enrolments/" + id, trainerB).status(), "another organisation does not see it");
        assertEquals(200, http.get("api/v1/enrolments/" + id, trainerA).status(), "its organisation's trainers follow it");
        assertEquals(403, http.post("api/v1/enrolments/" + id + "/activities/" + lesson + "/done", trainerA, "").status(), "only the learner does its activities");

        var done = http.post("api/v1/enrolments/" + id + "/activities/" + lesson + "/done", learnerA, "");
        assertEquals(200, done.status(), done::toString);
        assertEquals("ENTRE", done.json().getString("status"));
        assertEquals(30, done.json().getInt("minutes"));
        assertEquals(400, http.post("api/v1/enrolments/" + id + "/activities/" + quiz + "/done", learnerA, "").status(), "a quiz is passed, not clicked");

        var failed = http.post("api/v1/enrolments/" + id + "/quizzes/" + quiz + "/attempts", learnerA, "[{\"trueFalse\":false}]");
        assertEquals(201, failed.status(), failed::toString);
        assertEquals(false, failed.json().getBoolean("passed"));
        var passed = http.post("api/v1/enrolments/" + id + "/quizzes/" + quiz + "/attempts", learnerA, "[{\"trueFalse\":true}]");
        assertEquals(true, passed.json().getBoolean("passed"));
        assertEquals(2, passed.json().getInt("number"));

        JsonObject after = http.get("api/v1/enrolments/" + id, learnerA).json();
        assertEquals("TERMINE", after.getString("status"));
        assertEquals(100, after.getInt("percent"));
        assertEquals(40, after.getInt("minutes"), "30 min of lesson and 10 of quiz, counted once");
        assertEquals(40, after.getJsonObject("minutesByModule").getInt("M1"));
        assertEquals(400, http.post("api/v1/enrolments/" + id + "/quizzes/" + quiz + "/attempts", learnerA, "[]").status(), "every question answered");

        String learnerId = after.getString("learnerId");
        var statements = http.get("api/v1/xapi/statements?learner=" + learnerId + "&limit=500", learnerA);
        assertEquals(200, statements.status(), statements::toString);
        String mine = statements.body();
        for (String verb : new String[] {"registered", "completed", "failed", "passed"}) {
            assertTrue(mine.contains("http://adlnet.gov/expapi/verbs/" + verb), verb + " in " + mine);
        }
        assertTrue(mine.contains("/programmes/" + code + "/versions/1/activities/" + quiz));
        assertTrue(http.get("api/v1/xapi/statements?learner=" + learnerId, trainerA).body().contains(learnerId), "its organisation's trainers read them");
        assertTrue(!http.get("api/v1/xapi/statements?learner=" + learnerId, trainerB).body().contains("expapi"), "another organisation reads none");
        assertEquals(400, http.get("api/v1/xapi/statements?since=hier", learnerA).status());
    }

    @Test
    void trainersEnrolOnlyTheirOrganisationsPeople() {
        var me = http.get("api/v1/accounts/me", learnerA).json();
        String body = "{\"programme\":\"ELUS-NUM\",\"accountId\":" + q(me.getString("id")) + ",\"organisationId\":" + q(orgA) + ",\"funding\":\"DIFE\"}";
        assertEquals(404, http.post("api/v1/enrolments", trainerB, body).status());
        var r = http.post("api/v1/enrolments", trainerA, body);
        assertEquals(201, r.status(), r::toString);
        assertEquals("DIFE", r.json().getString("funding"));
        var ended = http.post("api/v1/enrolments/" + r.json().getString("id") + "/end", trainerA, "{\"abandon\":true,\"reason\":\"Empêchement\"}");
        assertEquals("ABANDON", ended.json().getString("status"), ended::toString);
        assertEquals(409, http.post("api/v1/enrolments/" + r.json().getString("id") + "/end", trainerA,
                "{\"abandon\":true,\"reason\":\"Encore\"}").status(), "an ended enrolment stays ended");
    }

    private Http.Response csv(String token, String organisation, boolean commit, String content) {
        return http.send(HttpRequest.newBuilder(http.uri("api/v1/enrolments/csv?organisation=" + organisation + "&commit=" + commit))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)));
    }

    @Test
    void aCleanCsvImportsEveryLineAndEachBadFileImportsNothingWithItsLineAndReason() {
        String learner = http.get("api/v1/accounts/me", learnerA).json().getString("email");
        String header = "email;programme;module;financement;specialisations\n";
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("unknown learner", header + "personne@example.org;AGENTS-ACCUEIL;;;\n");
        bad.put("bad email", header + "pas-une-adresse;AGENTS-ACCUEIL;;;\n");
        bad.put("unknown programme", header + learner + ";NOPE;;;\n");
        bad.put("unknown module", header + learner + ";AGENTS-ACCUEIL;ZZ9;;\n");
        bad.put("unknown funding", header + learner + ";AGENTS-ACCUEIL;;GRATUIT;\n");
        bad.put("unknown specialisation", header + learner + ";CMN;;;SP-NOPE\n");
        bad.put("too many specialisations", header + learner + ";CMN;;;SP-ENT|SP-DD|SP-ASC\n");
        bad.put("duplicate line", header + learner + ";ELUS-NUM;;;\n" + learner + ";ELUS-NUM;;;\n");
        bad.put("missing column", "email;module\n" + learner + ";AG1\n");
        bad.put("unknown column", "email;programme;couleur\n" + learner + ";ELUS-NUM;bleu\n");
        bad.put("no line", header);
        bad.put("column count", header + learner + ";ELUS-NUM;;;;;;\n");
        bad.put("unclosed quote", header + "\"" + learner + ";ELUS-NUM\n");
        int before = http.get("api/v1/enrolments", learnerA).array().size();
        for (var file : bad.entrySet()) {
            var preview = csv(trainerA, orgA, false, file.getValue());
            assertEquals(200, preview.status(), file.getKey() + ": " + preview);
            assertEquals(false, preview.json().getBoolean("clean"), file.getKey());
            var r = csv(trainerA, orgA, true, file.getValue());
            assertEquals(400, r.status(), file.getKey() + ": " + r);
            String details = r.json().getJsonArray("details").toString();
            assertTrue(details.length() > 4, file.getKey() + ": " + details);
        }
        assertTrue(csv(trainerA, orgA, true, bad.get("unknown module")).json().getJsonArray("details").toString().contains("Ligne 2"));
        assertEquals(before, http.get("api/v1/enrolments", learnerA).array().size(), "nothing was imported");

        String good = "\uFEFFemail,programme,financement,specialisations\n" + learner + ",CMN,CNFPT,SP-INS\n";
        var preview = csv(trainerA, orgA, false, good);
        assertEquals(true, preview.json().getBoolean("clean"), preview::toString);
        var imported = csv(trainerA, orgA, true, good);
        assertEquals(201, imported.status(), imported::toString);
        assertEquals(1, imported.json().getJsonArray("enrolments").size());
        String id = imported.json().getJsonArray("enrolments").getString(0);
        JsonObject enrolment = http.get("api/v1/enrolments/" + id, learnerA).json();
        assertEquals("CNFPT", enrolment.getString("funding"));
        assertEquals("[\"SP-INS\"]", enrolment.getJsonArray("specialisations").toString());
        assertEquals(404, csv(trainerB, orgA, false, good).status(), "only for one's own organisation");
    }

    @Test
    void aSessionsHalfDayIsSignedCounterSignedSealedAndOnlyCorrectedAfterwards() throws IOException {
        String code = "SES-" + Fixtures.unique("X").substring(2).toUpperCase();
        assertEquals(201, http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import")).header("Authorization", "Bearer " + platform)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip(course(code + "/", code))))).status());
        String other = account(orgA, "LEARNER");
        String e1 = http.post("api/v1/enrolments", learnerA, "{\"programme\":" + q(code) + "}").json().getString("id");
        String e2 = http.post("api/v1/enrolments", other, "{\"programme\":" + q(code) + "}").json().getString("id");

        int start = startAroundNow(180);
        var created = http.post("api/v1/sessions", trainerA, "{\"organisationId\":" + q(orgA) + ",\"programme\":" + q(code)
                + ",\"module\":\"M1\",\"title\":\"Session de test\",\"place\":\"Mairie\",\"capacity\":12,"
                + "\"halfDays\":[{\"date\":\"" + today() + "\",\"period\":\"MATIN\",\"startMinute\":" + start + ",\"endMinute\":" + (start + 180) + "}]}");
        assertEquals(201, created.status(), created::toString);
        String session = created.json().getString("id");
        String halfDay = created.json().getJsonArray("halfDays").getJsonObject(0).getString("id");
        assertEquals(404, http.post("api/v1/sessions", trainerB, "{\"organisationId\":" + q(orgA) + ",\"programme\":" + q(code)
                + ",\"title\":\"X\",\"capacity\":1}").status());
        assertEquals(400, http.post("api/v1/sessions", trainerA, "{\"organisationId\":" + q(orgA) + ",\"programme\":" + q(code)
                + ",\"title\":\"X\",\"capacity\":1,\"halfDays\":[{\"date\":\"2026-12-01\",\"period\":\"MATIN\",\"startMinute\":700,\"endMinute\":600,\"module\":\"M1\"}]}").status());
        assertEquals(200, http.post("api/v1/sessions/" + session + "/learners", trainerA, "{\"enrolmentId\":" + q(e1) + "}").status());
        assertEquals(200, http.post("api/v1/sessions/" + session + "/learners", trainerA, "{\"enrolmentId\":" + q(e2) + "}").status());
        assertEquals(404, http.get("api/v1/sessions/" + session, trainerB).status(), "another organisation does not see it");

        String sheet = "api/v1/sessions/" + session + "/half-days/" + halfDay;
        assertEquals(403, http.post(sheet + "/signatures", learnerA, "").status(), "in the room, a click alone signs nothing: the QR code's code");
        assertEquals(201, http.post(sheet + "/signatures", learnerA, "{\"code\":" + q(currentCode(sheet)) + "}").status());
        assertEquals(409, http.post(sheet + "/signatures", learnerA, "{\"code\":" + q(currentCode(sheet)) + "}").status(), "once");
        assertEquals(403, http.post(sheet + "/signatures", trainerA, "").status(), "only the session's learners sign");
        assertEquals(403, http.post(sheet + "/countersignature", learnerA, "").status(), "only its trainers counter-sign");
        var sealed = http.post(sheet + "/countersignature", trainerA, "");
        assertEquals(200, sealed.status(), sealed::toString);
        assertTrue(sealed.json().getJsonArray("halfDays").getJsonObject(0).getBoolean("sealed"));

        assertEquals(409, http.post(sheet + "/signatures", other, "").status(), "a sealed sheet takes no signature");
        assertEquals(409, http.get(sheet + "/code", trainerA).status(), "nor shows a code");
        assertEquals(409, http.post(sheet + "/countersignature", trainerA, "").status(), "nor a second counter-signature");
        assertEquals(400, http.post(sheet + "/corrections", trainerA, "{\"enrolmentId\":" + q(e2) + ",\"minutes\":180}").status(), "a reason");
        assertEquals(403, http.post(sheet + "/corrections", learnerA, "{\"enrolmentId\":" + q(e2) + ",\"minutes\":180,\"reason\":\"x\"}").status());
        var corrected = http.post(sheet + "/corrections", trainerA, "{\"enrolmentId\":" + q(e2) + ",\"minutes\":180,\"reason\":\"Présent, signature oubliée\"}");
        assertEquals(201, corrected.status(), corrected::toString);
        var half = corrected.json().getJsonArray("halfDays").getJsonObject(0);
        assertEquals(1, half.getJsonArray("signatures").size(), "the signatures stay as they were");
        assertEquals(1, half.getJsonArray("corrections").size());

        assertEquals(180, http.get("api/v1/enrolments/" + e1, learnerA).json().getInt("minutes"), "attendance in the ledger");

        var pdf = http.send(HttpRequest.newBuilder(http.uri("api/v1/sessions/" + session + "/attendance.pdf"))
                .header("Authorization", "Bearer " + trainerA).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Feuille d'émargement") && text.contains("Session de test"), text);
            assertTrue(text.contains("signé le") && text.contains("non signé"), "both learners, one signed: " + text);
            assertTrue(text.contains("Contre-signé par") && text.contains("feuille scellée"), text);
            assertTrue(text.contains("Présent, signature oubliée"), "the correction: " + text);
        }
        String csvSheet = http.get("api/v1/sessions/" + session + "/attendance.csv", trainerA).body();
        assertEquals(3, csvSheet.strip().lines().count(), "a header and one line per learner: " + csvSheet);
        assertEquals(403, http.get("api/v1/sessions/" + session + "/attendance.csv", learnerA).status(), "the sheet is for trainers");
        assertEquals(180, http.get("api/v1/enrolments/" + e2, other).json().getInt("minutes"), "the correction in the ledger");
    }

    /** A small PNG with a stroke on it, as a signature pad sends it. */
    static String drawnSignature() throws IOException {
        var image = new java.awt.image.BufferedImage(240, 80, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.drawLine(10, 60, 230, 15);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(out.toByteArray());
    }

    @Test
    void drawnSignaturesAndRemoteConnectionsAreKeptAndShownOnTheSheet() throws IOException {
        String code = "SED-" + Fixtures.unique("X").substring(2).toUpperCase();
        assertEquals(201, http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import")).header("Authorization", "Bearer " + platform)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip(course(code + "/", code))))).status());
        String e1 = http.post("api/v1/enrolments", learnerA, "{\"programme\":" + q(code) + "}").json().getString("id");
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        int start = startAroundNow(180);
        var created = http.post("api/v1/sessions", trainerA, "{\"organisationId\":" + q(orgA) + ",\"programme\":" + q(code)
                + ",\"module\":\"M1\",\"title\":\"Session mixte\",\"capacity\":5,\"halfDays\":["
                + "{\"date\":\"" + today + "\",\"period\":\"MATIN\",\"startMinute\":" + start + ",\"endMinute\":" + (start + 180) + "},"
                + "{\"date\":\"" + today.minusDays(1) + "\",\"period\":\"APRES_MIDI\",\"startMinute\":810,\"endMinute\":990,\"remote\":true},"
                + "{\"date\":\"" + today + "\",\"period\":\"APRES_MIDI\",\"startMinute\":0,\"endMinute\":1440,\"remote\":true}]}");
        assertEquals(201, created.status(), created::toString);
        String session = created.json().getString("id");
        var halfDays = created.json().getJsonArray("halfDays");
        assertTrue(halfDays.stream().filter(h -> h.asJsonObject().getBoolean("remote")).count() == 2, halfDays::toString);
        http.post("api/v1/sessions/" + session + "/learners", trainerA, "{\"enrolmentId\":" + q(e1) + "}");
        String room = "api/v1/sessions/" + session + "/half-days/" + halfDayId(created.json(), today, "MATIN");
        String closed = "api/v1/sessions/" + session + "/half-days/" + halfDayId(created.json(), today.minusDays(1), "APRES_MIDI");
        String online = "api/v1/sessions/" + session + "/half-days/" + halfDayId(created.json(), today, "APRES_MIDI");

        var bad = http.post(room + "/signatures", learnerA, "{\"drawing\":\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\"}");
        assertEquals(400, bad.status(), bad::toString);
        String drawing = drawnSignature();
        var signed = http.post(room + "/signatures", learnerA, "{\"drawing\":" + q(drawing) + ",\"code\":" + q(currentCode(room)) + "}");
        assertEquals(201, signed.status(), signed::toString);
        var signature = halfDay(signed.json(), today, "MATIN").getJsonArray("signatures").getJsonObject(0);
        assertEquals("DRAWN", signature.getString("method"));
        assertTrue(signature.getBoolean("drawn"));
        assertEquals(409, http.post(closed + "/signatures", learnerA, "").status(), "a remote half-day takes connections only while it runs");
        var connected = http.post(online + "/signatures", learnerA, "{\"drawing\":" + q(drawing) + "}");
        assertEquals(201, connected.status(), connected::toString);
        var remote = halfDay(connected.json(), today, "APRES_MIDI").getJsonArray("signatures").getJsonObject(0);
        assertEquals("REMOTE", remote.getString("method"));
        assertEquals(false, remote.getBoolean("drawn"), "no drawing for a connection");
        assertEquals(200, http.post(room + "/countersignature", trainerA, "{\"drawing\":" + q(drawing) + "}").status());
        assertEquals(200, http.post(online + "/countersignature", trainerA, "").status());

        assertTrue(http.get("api/v1/sessions", trainerA).body().contains(session), "the trainer's sessions");
        assertTrue(http.get("api/v1/sessions", learnerA).body().contains(session), "the learner's sessions");
        assertTrue(!http.get("api/v1/sessions", trainerB).body().contains(session), "not another organisation's");

        var pdf = http.send(HttpRequest.newBuilder(http.uri("api/v1/sessions/" + session + "/attendance.pdf"))
                .header("Authorization", "Bearer " + trainerA).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("signature manuscrite"), text);
            assertTrue(text.contains("à distance") && text.contains("connecté le") && text.contains("événement(s) d'activité"), text);
            int images = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
            }
            assertEquals(2, images, "the learner's drawn signature and the trainer's counter-signature");
        }
        String csv = http.get("api/v1/sessions/" + session + "/attendance.csv", trainerA).body();
        assertTrue(csv.contains("REMOTE") && csv.contains("DRAWN"), csv);
    }

    static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    }

    /**
     * The first minute of a slot of this length on today's date (Paris) that contains now, so that an
     * in-room half-day's signing window is open whenever the test runs (the clock cannot be moved).
     */
    static int startAroundNow(int minutes) {
        var now = java.time.LocalTime.now(java.time.ZoneId.of("Europe/Paris"));
        int minute = now.getHour() * 60 + now.getMinute();
        return Math.max(0, Math.min(minute - minutes / 2, 24 * 60 - minutes));
    }

    /** The code the trainer's QR code shows now for a half-day ("api/v1/sessions/{id}/half-days/{h}"). */
    private String currentCode(String sheet) {
        var r = http.get(sheet + "/code", trainerA);
        assertEquals(200, r.status(), r::toString);
        return r.json().getString("code");
    }

    static JsonObject halfDay(JsonObject session, java.time.LocalDate date, String period) {
        return session.getJsonArray("halfDays").stream().map(v -> v.asJsonObject())
                .filter(h -> h.getString("date").equals(date.toString()) && h.getString("period").equals(period)).findFirst().orElseThrow();
    }

    static String halfDayId(JsonObject session, java.time.LocalDate date, String period) {
        return halfDay(session, date, period).getString("id");
    }

    /** A PNG of a few dozen bytes whose header declares an image of width x height (RGBA): decoding it would allocate gigabytes. */
    static String declaringPng(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        pngChunk(out, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6).array());
        var deflater = new java.util.zip.Deflater();
        deflater.setInput(new byte[64]);
        deflater.finish();
        byte[] idat = new byte[128];
        pngChunk(out, "IDAT", java.util.Arrays.copyOf(idat, deflater.deflate(idat)));
        pngChunk(out, "IEND", new byte[0]);
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        var crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void anInRoomHalfDayIsSignedDuringItsSlotOnlyWithTheCodeTheTrainersQrCodeShowsNow() throws IOException {
        String code = "SEQ-" + Fixtures.unique("X").substring(2).toUpperCase();
        assertEquals(201, http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import")).header("Authorization", "Bearer " + platform)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(zip(course(code + "/", code))))).status());
        String other = account(orgA, "LEARNER");
        String e1 = http.post("api/v1/enrolments", learnerA, "{\"programme\":" + q(code) + "}").json().getString("id");
        String e2 = http.post("api/v1/enrolments", other, "{\"programme\":" + q(code) + "}").json().getString("id");
        var today = today();
        int start = startAroundNow(120);
        var created = http.post("api/v1/sessions", trainerA, "{\"organisationId\":" + q(orgA) + ",\"programme\":" + q(code)
                + ",\"module\":\"M1\",\"title\":\"Session en salle\",\"capacity\":5,\"halfDays\":["
                + "{\"date\":\"" + today + "\",\"period\":\"MATIN\",\"startMinute\":" + start + ",\"endMinute\":" + (start + 120) + "},"
                + "{\"date\":\"" + today.minusDays(1) + "\",\"period\":\"MATIN\",\"startMinute\":540,\"endMinute\":720},"
                + "{\"date\":\"" + today.plusDays(1) + "\",\"period\":\"MATIN\",\"startMinute\":540,\"endMinute\":720},"
                + "{\"date\":\"" + today + "\",\"period\":\"APRES_MIDI\",\"startMinute\":0,\"endMinute\":1440,\"remote\":true}]}");
        assertEquals(201, created.status(), created::toString);
        String session = created.json().getString("id");
        for (String e : new String[] {e1, e2}) {
            assertEquals(200, http.post("api/v1/sessions/" + session + "/learners", trainerA, "{\"enrolmentId\":" + q(e) + "}").status());
        }
        String now = "api/v1/sessions/" + session + "/half-days/" + halfDayId(created.json(), today, "MATIN");
        String yesterday = "api/v1/sessions/" + session + "/half-days/" + halfDayId(created.json(), today.minusDays(1), "MATIN");
        String tomorrow = "api/v1/sessions/" + session + "/half-days/" + halfDayId(created.json(), today.plusDays(1), "MATIN");
        String remote = "api/v1/sessions/" + session + "/half-days/" + halfDayId(created.json(), today, "APRES_MIDI");

        // The code: the session's trainers only; a remote half-day has none.
        var shown = http.get(now + "/code", trainerA);
        assertEquals(200, shown.status(), shown::toString);
        String current = shown.json().getString("code");
        assertTrue(current.matches("[0-9A-Z]{8}"), current);
        assertTrue(shown.json().getBoolean("open"));
        assertTrue(shown.json().getString("link").contains("learn/sign.xhtml?session=" + session) && shown.json().getString("link").endsWith("&code=" + current),
                shown::toString);
        assertTrue(shown.json().getInt("renewalSeconds") >= 15);
        assertEquals(403, http.get(now + "/code", learnerA).status(), "not for the learners");
        assertEquals(404, http.get(now + "/code", trainerB).status(), "nor for another organisation");
        assertEquals(409, http.get(remote + "/code", trainerA).status(), "a remote half-day has no code");

        // Outside its slot, in the room: 409 saying when signing opens or closed, whatever the code.
        var early = http.post(tomorrow + "/signatures", learnerA, "{\"code\":" + q(http.get(tomorrow + "/code", trainerA).json().getString("code")) + "}");
        assertEquals(409, early.status(), early::toString);
        assertTrue(early.json().getString("message").contains("ouvre le " + frenchDay(today.plusDays(1)) + " à 08:45"), early::toString);
        var late = http.post(yesterday + "/signatures", learnerA, "{\"code\":" + q(http.get(yesterday + "/code", trainerA).json().getString("code")) + "}");
        assertEquals(409, late.status(), late::toString);
        assertTrue(late.json().getString("message").contains("a fermé le " + frenchDay(today.minusDays(1)) + " à 12:15"), late::toString);

        // During the slot: no code, a forged one, another half-day's code: 403 with a message; a code that is not text: 400.
        var none = http.post(now + "/signatures", learnerA, "{}");
        assertEquals(403, none.status(), none::toString);
        assertTrue(none.json().getString("message").contains("scannez le QR code"), none::toString);
        var forged = http.post(now + "/signatures", learnerA, "{\"code\":\"AAAA-AAAA\"}");
        assertEquals(403, forged.status(), forged::toString);
        assertTrue(forged.json().getString("message").contains("n’est plus"), forged::toString);
        String tomorrowsCode = http.get(tomorrow + "/code", trainerA).json().getString("code");
        assertEquals(403, http.post(now + "/signatures", learnerA, "{\"code\":" + q(tomorrowsCode) + "}").status(), "another half-day's code");
        assertEquals(400, http.post(now + "/signatures", learnerA, "{\"code\":12345678}").status());

        // A kilobyte PNG declaring 100000 x 100000 pixels: refused at once, from its header.
        long before = System.nanoTime();
        var bomb = http.post(now + "/signatures", learnerA, "{\"code\":" + q(current) + ",\"drawing\":" + q(declaringPng(100_000, 100_000)) + "}");
        assertEquals(400, bomb.status(), bomb::toString);
        assertTrue(bomb.json().getString("message").contains("trop grande"), bomb::toString);
        assertTrue(System.nanoTime() - before < 5_000_000_000L, "refused quickly");

        // The current code signs, with the browser kept as sent.
        var signed = http.send(HttpRequest.newBuilder(http.uri(now + "/signatures")).header("Authorization", "Bearer " + learnerA)
                .header("Content-Type", "application/json").header("User-Agent", "=HYPERLINK(\"http://evil.example\";\"clic\")")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":" + q(grouped(current).toLowerCase()) + "}")));
        assertEquals(201, signed.status(), signed::toString);
        assertEquals("CLICK", halfDay(signed.json(), today, "MATIN").getJsonArray("signatures").getJsonObject(0).getString("method"));

        // A learner without a phone: the trainer attests the presence (once; not a learner's door).
        assertEquals(403, http.post(now + "/attestations", other, "{\"enrolmentId\":" + q(e2) + "}").status(), "learners do not attest");
        assertEquals(404, http.post(now + "/attestations", trainerB, "{\"enrolmentId\":" + q(e2) + "}").status());
        assertEquals(404, http.post(now + "/attestations", trainerA, "{\"enrolmentId\":\"nobody\"}").status());
        assertEquals(400, http.post(now + "/attestations", trainerA, "").status());
        var attested = http.post(now + "/attestations", trainerA, "{\"enrolmentId\":" + q(e2) + "}");
        assertEquals(201, attested.status(), attested::toString);
        var line = halfDay(attested.json(), today, "MATIN").getJsonArray("signatures").stream().map(v -> v.asJsonObject())
                .filter(x -> x.getString("enrolmentId").equals(e2)).findFirst().orElseThrow();
        assertEquals("ATTESTED", line.getString("method"));
        assertTrue(!line.isNull("attestedBy"), line::toString);
        assertEquals(409, http.post(now + "/attestations", trainerA, "{\"enrolmentId\":" + q(e2) + "}").status(), "once");
        assertEquals(409, http.post(now + "/attestations", trainerA, "{\"enrolmentId\":" + q(e1) + "}").status(), "the learner signed");
        assertEquals(409, http.post(now + "/signatures", other, "{\"code\":" + q(current) + "}").status(), "attested: nothing more to sign");

        // Remote half-days keep their rule: a connection during the slot, no code asked.
        assertEquals(201, http.post(remote + "/signatures", learnerA, "").status());

        // The CSV defuses what the browser sent.
        String csv = http.get("api/v1/sessions/" + session + "/attendance.csv", trainerA).body();
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        assertTrue(!csv.contains(";=HYPERLINK") && !csv.contains(";\"=HYPERLINK"), csv);
        assertTrue(csv.contains("ATTESTED"), csv);
    }

    private static String frenchDay(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }
}
