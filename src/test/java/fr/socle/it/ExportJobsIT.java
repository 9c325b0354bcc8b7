package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.certification.control.PdfSeal;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
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
 * Exports through the API, on a real server: an organisation that trained an élu (a sealed sheet, its
 * hours in the ledger, an attestation d'assiduité) gets its agrément dossier in the background; the
 * ZIP holds every part its index lists, the élus' hours equal the ledger, the attestation is the
 * issued PDF byte for byte; another organisation's administrator sees neither the job nor its file;
 * an export with nothing to put in it ends FAILED with a message and no file. Trainers'
 * qualifications are recorded, withdrawn (kept, marked), and scoped to their organisation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportJobsIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
    }

    @ArquillianResource
    URL base;

    Http http;

    static World world;

    record World(String platform, String org, String other, Http.SignedIn admin, Http.SignedIn trainer, Http.SignedIn otherAdmin,
                 Http.SignedIn elu, String enrolment, String session, String certificate, LocalDate today) {
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
        String org = http.newOrganisation(platform, "Organisme agréé élus", "ORGANISME_DE_FORMATION");
        String other = http.newOrganisation(platform, "Autre organisme", "ORGANISME_DE_FORMATION");
        var admin = http.newSignedIn(platform, org, "ORG_ADMIN", "Gestionnaire Agrément");
        var trainer = http.newSignedIn(platform, org, "TRAINER", "Formatrice Élus");
        var otherAdmin = http.newSignedIn(platform, other, "ORG_ADMIN", "Gestionnaire ailleurs");
        var elu = http.newSignedIn(platform, org, "LEARNER", "Élue Municipale");
        var profile = http.put("api/v1/accounts/" + elu.id() + "/profile", elu.token(), "{\"type\":\"ELU\"}");
        assertEquals(200, profile.status(), profile::toString);
        var signatory = http.put("api/v1/issuers/" + org + "/signatory", admin.token(),
                "{\"signatoryName\":\"Claire Martin\",\"signatoryTitle\":\"Directrice\",\"agrement\":\"AGR-IT-2026\"}");
        assertEquals(200, signatory.status(), signatory::toString);

        var enrolled = http.post("api/v1/enrolments", elu.token(), "{\"programme\":\"ELUS-NUM\"}");
        assertEquals(201, enrolled.status(), enrolled::toString);
        String enrolment = enrolled.json().getString("id");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        var created = http.post("api/v1/sessions", trainer.token(), "{\"organisationId\":" + q(org) + ",\"programme\":\"ELUS-NUM\",\"module\":\"ELU1\""
                + ",\"title\":\"Stratégie d’inclusion numérique\",\"place\":\"Mairie\",\"capacity\":12,\"halfDays\":[{\"date\":\"" + today
                + "\",\"period\":\"MATIN\",\"startMinute\":540,\"endMinute\":750,\"module\":\"ELU1\"}]}");
        assertEquals(201, created.status(), created::toString);
        String session = created.json().getString("id");
        var added = http.post("api/v1/sessions/" + session + "/learners", trainer.token(), "{\"enrolmentId\":" + q(enrolment) + "}");
        assertEquals(200, added.status(), added::toString);
        String halfDay = http.get("api/v1/sessions/" + session, trainer.token()).json().getJsonArray("halfDays").getJsonObject(0).getString("id");
        String sheet = "api/v1/sessions/" + session + "/half-days/" + halfDay;
        var signed = http.post(sheet + "/attestations", trainer.token(), "{\"enrolmentId\":" + q(enrolment) + "}");
        assertEquals(201, signed.status(), signed::toString);
        var sealed = http.post(sheet + "/countersignature", trainer.token(), "{}");
        assertEquals(200, sealed.status(), sealed::toString);

        var qualification = http.post("api/v1/organisations/" + org + "/trainers/" + trainer.id() + "/qualifications", admin.token(),
                "{\"title\":\"Titre professionnel REMN\",\"awardedBy\":\"Ministère du Travail\",\"obtainedOn\":\"2021-06-30\"}");
        assertEquals(201, qualification.status(), qualification::toString);

        var issued = http.post("api/v1/certificates", trainer.token(), "{\"kind\":\"ATTESTATION_ASSIDUITE\",\"enrolmentId\":" + q(enrolment) + "}");
        assertEquals(201, issued.status(), issued::toString);
        return new World(platform, org, other, admin, trainer, otherAdmin, elu, enrolment, session, issued.json().getString("code"), today);
    }

    private JsonObject start(String token, String organisation, LocalDate from, LocalDate to) {
        var r = http.post("api/v1/export-jobs", token, "{\"kind\":\"AGREMENT_DOSSIER\",\"organisation\":" + q(organisation)
                + ",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
        assertEquals(202, r.status(), r::toString);
        assertNotNull(r.header("Location"));
        return r.json();
    }

    private JsonObject finished(String token, String id) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            JsonObject job = http.get("api/v1/export-jobs/" + id, token).json();
            String status = job.getString("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("export " + id + " did not finish in 2 minutes");
    }

    private HttpResponse<byte[]> file(String token, String id) {
        return http.send(HttpRequest.newBuilder(http.uri("api/v1/export-jobs/" + id + "/file")).header("Authorization", "Bearer " + token).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** A PDF sealed by the organisation: a whole-file PAdES signature that chains to its seal's CA, checked by Socle's checker and by plain BouncyCastle. */
    private void assertSealedBy(String organisation, byte[] pdf, String what) throws Exception {
        List<X509Certificate> chain = CertificationIT.pem(http.get("api/v1/issuers/" + organisation + "/seal.pem", null).body());
        X509Certificate ca = chain.get(chain.size() - 1);
        assertTrue(PdfSeal.check(pdf, List.of(ca)).valid(), () -> what + ": " + PdfSeal.check(pdf, List.of(ca)));
        assertTrue(CertificationIT.bouncyCastleVerifies(pdf, chain.get(0)), what);
        try (var doc = Loader.loadPDF(pdf)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter(), what);
            assertEquals(pdf.length, signature.getByteRange()[2] + signature.getByteRange()[3], what + ": the seal covers the whole file");
        }
    }

    @Test
    void aSealedAttendanceSheetsPdfCarriesTheOrganisationsSeal() throws Exception {
        var pdf = http.send(HttpRequest.newBuilder(http.uri("api/v1/sessions/" + world.session() + "/attendance.pdf"))
                .header("Authorization", "Bearer " + world.trainer().token()).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("attachment; filename=\"emargement-" + world.session() + ".pdf\"; filename*=UTF-8''emargement-" + world.session() + ".pdf",
                pdf.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", pdf.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertSealedBy(world.org(), pdf.body(), "the sheet of a session whose every half-day is counter-signed");
        assertTrue(text(pdf.body()).contains("feuille scellée"));

        byte[] tampered = pdf.body().clone();
        int at;
        try (var doc = Loader.loadPDF(tampered)) {
            at = doc.getLastSignatureDictionary().getByteRange()[1] / 2;
        }
        tampered[at] = (byte) (tampered[at] ^ 0x01);
        byte[] changed = tampered;
        List<X509Certificate> chain = CertificationIT.pem(http.get("api/v1/issuers/" + world.org() + "/seal.pem", null).body());
        assertFalse(PdfSeal.check(changed, List.of(chain.get(chain.size() - 1))).valid(), "a changed sheet fails the check");
    }

    private static String text(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** A browser-like session signed in through the login form. */
    private Http signedIn(Http.SignedIn who) {
        Http browser = new Http(base, true);
        var page = browser.get("login.xhtml", null);
        Matcher m = VIEW_STATE.matcher(page.body());
        assertTrue(m.find(), "the login page has a view state");
        var r = browser.form("login.xhtml", Map.of("login", "login", "login:email", who.email(), "login:password", Http.passwordOf(who.email()),
                "login:submit", "", "jakarta.faces.ViewState", m.group(1)));
        assertTrue(r.status() == 302 || r.status() == 303, r::toString);
        return browser;
    }

    @Test
    void theAgrementDossierHoldsEveryPartItsIndexListsWithTheElusHoursOfTheLedger() throws Exception {
        JsonObject started = start(world.admin().token(), world.org(), world.today().minusYears(2).plusDays(1), world.today());
        assertEquals("AGREMENT_DOSSIER", started.getString("kind"));
        JsonObject job = finished(world.admin().token(), started.getString("id"));
        assertEquals("DONE", job.getString("status"), job::toString);
        assertEquals(100, job.getInt("percent"));
        assertEquals(job.getInt("total"), job.getInt("done"));
        assertTrue(job.getInt("total") >= 8, job::toString);

        var download = file(world.admin().token(), job.getString("id"));
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains(job.getString("fileName")));
        Map<String, byte[]> zip = unzip(download.body());
        String emargement = "emargement/" + world.session() + "-" + world.today() + "-matin.pdf";
        String attestation = "documents/" + world.certificate() + ".pdf";
        for (String name : new String[] {"index.pdf", "programmes/ELUS-NUM.pdf", "formateurs.pdf", "sessions.csv", "heures-elus.csv",
                emargement, attestation}) {
            assertTrue(zip.containsKey(name), name + " in " + zip.keySet());
        }

        // the élus' hours: the ledger's sum for the élu (the one élu of this organisation)
        int ledger = http.get("api/v1/enrolments/" + world.enrolment(), world.elu().token()).json().getInt("minutes");
        assertTrue(ledger > 0, "the sealed sheet put minutes in the ledger");
        String index = text(zip.get("index.pdf"));
        assertTrue(index.contains("(" + ledger + " minutes)"), ledger + " minutes in " + index);
        assertTrue(index.contains("AGR-IT-2026"), "the agrément number");
        for (String name : zip.keySet()) {
            assertTrue(index.replaceAll("\\s+", "").contains(name), name + " listed in the index");
        }
        String hours = new String(zip.get("heures-elus.csv"), StandardCharsets.UTF_8);
        assertTrue(hours.contains("Élue Municipale;ELUS-NUM;" + ledger + ";"), hours);
        String sessions = new String(zip.get("sessions.csv"), StandardCharsets.UTF_8);
        assertTrue(sessions.contains("ELUS-NUM;ELU1;Stratégie d’inclusion numérique;" + world.today() + ";" + world.today() + ";Mairie;Formatrice Élus;1"),
                sessions);
        assertTrue(text(zip.get("formateurs.pdf")).contains("Titre professionnel REMN"));
        assertTrue(text(zip.get("programmes/ELUS-NUM.pdf")).contains("ELU1"));
        assertTrue(text(zip.get(emargement)).contains("Élue Municipale"));
        // the index, like the sheets and the documents, carries the organisation's seal
        for (String sealed : new String[] {"index.pdf", emargement, attestation}) {
            assertSealedBy(world.org(), zip.get(sealed), sealed);
        }

        // the attestation is the issued PDF, byte for byte
        var issued = signedIn(world.admin()).send(HttpRequest.newBuilder(http.uri("documents/" + world.certificate() + ".pdf")).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, issued.statusCode());
        assertArrayEquals(issued.body(), zip.get(attestation));

        // the page's download link serves the same file to the signed-in administrator
        var page = signedIn(world.admin()).send(HttpRequest.newBuilder(http.uri("export-files/" + job.getString("id"))).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, page.statusCode());
        assertArrayEquals(download.body(), page.body());

        // the page lists it, with its progress bar and its download link
        Http browser = signedIn(world.admin());
        var exports = browser.get("admin/exports.xhtml", null);
        assertEquals(200, exports.status(), exports::toString);
        assertTrue(exports.body().contains("id=\"start-agrement-dossier\""), "the start button");
        assertTrue(exports.body().contains("id=\"start-qualiopi-pack\"") && exports.body().contains("for=\"programme\""),
                "the Qualiopi pack's start button and its labelled programme field");
        assertTrue(exports.body().contains("id=\"download-" + job.getString("id") + "\""), "the download link");
        assertTrue(exports.body().contains("role=\"progressbar\"") || exports.body().contains("ui-progressbar"), "a progress bar");
        var trainersPage = browser.get("admin/trainers.xhtml", null);
        assertEquals(200, trainersPage.status(), trainersPage::toString);
        assertTrue(trainersPage.body().contains("Titre professionnel REMN"), "the trainers page lists the qualifications");
    }

    @Test
    void anotherOrganisationsAdministratorGetsNotFoundForTheJobAndItsFile() throws Exception {
        String id = start(world.admin().token(), world.org(), world.today().minusYears(1), world.today()).getString("id");
        assertEquals("DONE", finished(world.admin().token(), id).getString("status"));
        assertEquals(404, http.get("api/v1/export-jobs/" + id, world.otherAdmin().token()).status());
        assertEquals(404, file(world.otherAdmin().token(), id).statusCode());
        assertEquals(404, http.get("api/v1/export-jobs/" + id, world.trainer().token()).status(), "trainers are not administrators");
        var page = signedIn(world.otherAdmin()).send(HttpRequest.newBuilder(http.uri("export-files/" + id)).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, page.statusCode());
        // nor may it export an organisation it does not administer
        var refused = http.post("api/v1/export-jobs", world.otherAdmin().token(), "{\"kind\":\"AGREMENT_DOSSIER\",\"organisation\":"
                + q(world.org()) + ",\"from\":\"2025-01-01\",\"to\":\"2025-12-31\"}");
        assertEquals(404, refused.status(), refused::toString);
        var badPeriod = http.post("api/v1/export-jobs", world.admin().token(), "{\"kind\":\"AGREMENT_DOSSIER\",\"organisation\":"
                + q(world.org()) + ",\"from\":\"2025-12-31\",\"to\":\"2025-01-01\"}");
        assertEquals(400, badPeriod.status(), badPeriod::toString);
        assertFalse(Http.hasStackTrace(badPeriod.body()));
    }

    @Test
    void anExportWithNothingToPutInItEndsFailedWithAMessageAndNoFile() throws Exception {
        String id = start(world.otherAdmin().token(), world.other(), world.today().minusYears(1), world.today()).getString("id");
        JsonObject job = finished(world.otherAdmin().token(), id);
        assertEquals("FAILED", job.getString("status"), job::toString);
        assertTrue(job.getString("error").startsWith("Rien à exporter"), job::toString);
        assertFalse(job.containsKey("fileName") && !job.isNull("fileName"), job::toString);
        assertEquals(409, file(world.otherAdmin().token(), id).statusCode());
    }

    @Test
    void qualificationsAreWithdrawnNotDeletedAndStayInTheirOrganisation() {
        String trainers = "api/v1/organisations/" + world.org() + "/trainers";
        var recorded = http.post(trainers + "/" + world.trainer().id() + "/qualifications", world.admin().token(),
                "{\"title\":\"Habilitation Aidants Connect\",\"awardedBy\":\"ANCT\",\"obtainedOn\":\"2024-02-01\",\"validUntil\":\"2027-02-01\"}");
        assertEquals(201, recorded.status(), recorded::toString);
        String id = recorded.json().getString("id");
        var withdrawn = http.post(trainers + "/" + world.trainer().id() + "/qualifications/" + id + "/withdrawal", world.admin().token(),
                "{\"reason\":\"Saisie en double\"}");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertTrue(withdrawn.json().getBoolean("withdrawn"));
        assertEquals(409, http.post(trainers + "/" + world.trainer().id() + "/qualifications/" + id + "/withdrawal", world.admin().token(),
                "{\"reason\":\"Encore\"}").status());

        var list = http.get(trainers, world.admin().token());
        assertEquals(200, list.status(), list::toString);
        String body = list.body();
        assertTrue(body.contains("Habilitation Aidants Connect") && body.contains("Saisie en double"), "kept, marked: " + body);
        assertTrue(body.contains("Titre professionnel REMN"));
        var own = http.get(trainers, world.trainer().token());
        assertEquals(200, own.status(), "a trainer sees its own");
        assertEquals(1, own.array().size());
        var teach = signedIn(world.trainer()).get("teach/index.xhtml", null);
        assertEquals(200, teach.status(), teach::toString);
        assertTrue(teach.body().contains("Titre professionnel REMN"), "the trainer's own page lists its qualifications");

        assertEquals(404, http.get(trainers, world.otherAdmin().token()).status());
        assertEquals(404, http.get(trainers, world.elu().token()).status(), "learners do not read trainers");
        assertEquals(404, http.post(trainers + "/" + world.trainer().id() + "/qualifications", world.otherAdmin().token(),
                "{\"title\":\"X\",\"awardedBy\":\"Y\",\"obtainedOn\":\"2024-02-01\"}").status());
        assertEquals(404, http.post(trainers + "/" + world.elu().id() + "/qualifications", world.admin().token(),
                "{\"title\":\"X\",\"awardedBy\":\"Y\",\"obtainedOn\":\"2024-02-01\"}").status(), "only the organisation's trainers");
        assertEquals(400, http.post(trainers + "/" + world.trainer().id() + "/qualifications", world.admin().token(),
                "{\"title\":\"X\",\"awardedBy\":\"Y\",\"obtainedOn\":\"2024-02-01\",\"validUntil\":\"2020-01-01\"}").status());
    }

    @Test
    void thePageStartsTheDossierFollowsItAndOffersItsFileAccessibly() throws Exception {
        var browser = Browser.start();
        try {
            Pages pages = new Pages(browser, base);
            pages.signIn(world.admin().email(), Http.passwordOf(world.admin().email()));
            List<String> problems = new java.util.ArrayList<>(Accessibility.violations(browser, base + "admin/exports.xhtml"));
            int before = browser.findElements(By.cssSelector("a.export-download")).size();
            browser.findElement(By.id("start-agrement-dossier")).click();
            pages.until(120, d -> d.findElements(By.cssSelector("a.export-download")).size() > before);
            pages.shot("exports");
            // read as a screen reader does: the live region is visually hidden, so its text is not "displayed"
            java.util.function.Supplier<String> announced = () -> browser.findElement(By.id("export-announcement")).getDomProperty("textContent");
            pages.until(10, d -> !announced.get().isBlank());
            assertTrue(announced.get().contains("Export terminé"), announced.get());
            assertEquals("polite", browser.findElement(By.cssSelector("[role='status']:has(#export-announcement)")).getDomAttribute("aria-live"));
            assertFalse(browser.findElements(By.cssSelector(".export-progress[aria-label]")).isEmpty(), "the progress bars have a name");
            problems.addAll(Accessibility.violations(browser, browser.getCurrentUrl()));
            problems.addAll(Accessibility.violations(browser, base + "admin/trainers.xhtml"));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            browser.quit();
        }
    }
}
