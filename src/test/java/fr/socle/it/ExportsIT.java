package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The exports on a small data set: one organisation, a certifying cursus (titre professionnel, level 5:
 * F-3 line a, "dont niveau 5") and a parcours without certification (F-3 line d), three learners of
 * different profiles. The BPF's figures are the ledger's, in JSON, CSV, XLSX and PDF alike; the livret
 * goes to the agent and their organisation's administrators only; the registrar's register is filtered.
 *
 * <pre>
 * learner        profile (F-1 line)       ledger minutes                          main objective
 * Agent Exports  AGENT_TERRITORIAL (e)    cursus lesson 30 + quiz 10; parcours 30  RNCP_5 (40 &gt; 30)
 * Salarié        SALARIE_PRIVE (a)        parcours lesson 30                       AUTRE_FORMATION
 * Sans Profil    none (e)                 cursus lesson 30                         RNCP_5
 * total 130 min → 2 h (130 + 30 = 160, / 60 = 2)
 * F-1: a 30 min (0 h r30), e 100 min (1 h r40): 1 h left → e: a 0 h, e 2 h; trainees a 1, e 2, total 3
 * F-3: a 70 min (1 h r10), d 60 min (1 h r0): a 1 h, d 1 h; trainees a 2 (Agent, Sans Profil), d 1 (Salarié)
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportsIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
    }

    @ArquillianResource
    URL base;

    Http http;

    static World world;

    record Person(String id, String email, String token) {
    }

    record World(String platform, String org, String other, String cursus, String parcours, Person trainer, Person admin, Person otherAdmin,
                 Person registrar, Person agent, Person salarie, Person sansProfil, String certificate) {
    }

    static final int YEAR = Year.now(ZoneId.of("Europe/Paris")).getValue();

    @BeforeEach
    void connect() {
        http = new Http(base);
        if (world == null) {
            world = build();
        }
    }

    private World build() {
        String platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        String org = http.newOrganisation(platform, "Organisme Exports", "ORGANISME_DE_FORMATION");
        String other = http.newOrganisation(platform, "Autre organisme Exports", "ORGANISME_DE_FORMATION");
        Person trainer = person(platform, org, "TRAINER", "Formatrice Exports");
        Person admin = person(platform, org, "ORG_ADMIN", "Gestionnaire Exports");
        Person otherAdmin = person(platform, other, "ORG_ADMIN", "Gestionnaire ailleurs");
        Person registrar = person(platform, other, "REGISTRAR", "Registraire Exports");
        String unique = Fixtures.unique("X").substring(2).toUpperCase();
        String cursus = "EXC-" + unique;
        String parcours = "EXP-" + unique;
        importCourse(trainer, org, CertificationIT.course(cursus));
        Map<String, String> p = new LinkedHashMap<>(CertificationIT.course(parcours));
        p.put(parcours + "/programme.yaml", p.get(parcours + "/programme.yaml").replace("level: 5\ncertification: Titre professionnel REMN\n", "")
                .replace("title: Cursus ", "title: Parcours "));
        importCourse(trainer, org, p);
        var signatory = http.put("api/v1/issuers/" + org + "/signatory", admin.token(),
                "{\"signatoryName\":\"Claire Martin\",\"signatoryTitle\":\"Directrice\"}");
        assertEquals(200, signatory.status(), signatory::toString);

        Person agent = person(platform, org, "LEARNER", "Agent Exports");
        Person salarie = person(platform, org, "LEARNER", "Salarié Exports");
        Person sansProfil = person(platform, org, "LEARNER", "Sans Profil Exports");
        profile(agent, "AGENT_TERRITORIAL");
        profile(salarie, "SALARIE_PRIVE");
        String agentCursus = enrol(agent, cursus);
        lesson(agent, agentCursus);
        quiz(agent, agentCursus);
        lesson(agent, enrol(agent, parcours));
        lesson(salarie, enrol(salarie, parcours));
        lesson(sansProfil, enrol(sansProfil, cursus));
        var mine = http.get("api/v1/certificates?mine=true", agent.token());
        assertEquals(200, mine.status(), mine::toString);
        assertEquals(1, mine.array().size(), "the agent completed the cursus: " + mine);
        return new World(platform, org, other, cursus, parcours, trainer, admin, otherAdmin, registrar, agent, salarie, sansProfil,
                mine.array().getJsonObject(0).getString("code"));
    }

    private void importCourse(Person trainer, String org, Map<String, String> files) {
        try {
            var imported = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import?organisation=" + org))
                    .header("Authorization", "Bearer " + trainer.token()).header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(CatalogueIT.zip(files))));
            assertEquals(201, imported.status(), imported::toString);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Person person(String platform, String org, String role, String name) {
        var account = http.newSignedIn(platform, org, role, name);
        return new Person(account.id(), account.email(), account.token());
    }

    private void profile(Person p, String type) {
        var r = http.put("api/v1/accounts/" + p.id() + "/profile", p.token(), "{\"type\":" + q(type) + "}");
        assertEquals(200, r.status(), r::toString);
    }

    private String enrol(Person p, String code) {
        var r = http.post("api/v1/enrolments", p.token(), "{\"programme\":" + q(code) + "}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private jakarta.json.JsonArray activities(Person p, String enrolment) {
        return http.get("api/v1/enrolments/" + enrolment, p.token()).json().getJsonArray("modules").getJsonObject(0).getJsonArray("activities");
    }

    private void lesson(Person p, String enrolment) {
        String lesson = activities(p, enrolment).getJsonObject(0).getString("id");
        assertEquals(200, http.post("api/v1/enrolments/" + enrolment + "/activities/" + lesson + "/done", p.token(), "").status());
    }

    private void quiz(Person p, String enrolment) {
        String quiz = activities(p, enrolment).getJsonObject(1).getString("id");
        var passed = http.post("api/v1/enrolments/" + enrolment + "/quizzes/" + quiz + "/attempts", p.token(), "[{\"trueFalse\":true}]");
        assertEquals(201, passed.status(), passed::toString);
    }

    private HttpResponse<byte[]> download(String path, String token) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Authorization", "Bearer " + token).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private byte[] bytes(String path, String token, String type) {
        var r = download(path, token);
        assertEquals(200, r.statusCode(), () -> path + " " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), () -> path + " " + r.headers());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), () -> path + " " + r.headers());
        return r.body();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("fr", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").replace("’ ", "’");
        }
    }

    /** Whether a PDF's text says something, however its lines were broken (at a space, a hyphen or an apostrophe). */
    private static void assertHas(String text, String expected) {
        assertTrue(text.replaceAll("\\s", "").contains(expected.replaceAll("\\s", "")), () -> "missing \"" + expected + "\" in " + text);
    }

    private static JsonObject line(JsonObject bpf, String frame, String letter) {
        return bpf.getJsonArray(frame).stream().map(v -> v.asJsonObject()).filter(l -> l.getString("line").equals(letter)).findFirst()
                .orElseThrow();
    }

    private static void assertLine(JsonObject l, int trainees, int hours, int minutes) {
        String what = l.getString("frame") + " " + l.getString("line");
        assertEquals(trainees, l.getInt("trainees"), what + " trainees");
        assertEquals(hours, l.getInt("hours"), what + " hours");
        assertEquals(minutes, l.getInt("minutes"), what + " minutes");
    }

    @Test
    void theBpfFiguresAreTheLedgersAndEveryFormatAgrees() throws Exception {
        var r = http.get("api/v1/organisations/" + world.org() + "/bpf/" + YEAR, world.admin().token());
        assertEquals(200, r.status(), r::toString);
        JsonObject bpf = r.json();

        // the organisation's ledger total for the year, from the hours report: every entry of the year, by month
        JsonObject hours = http.get("api/v1/organisations/" + world.org() + "/hours", world.admin().token()).json();
        int ofTheYear = hours.getJsonArray("byMonth").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("month").startsWith(YEAR + "-")).mapToInt(m -> m.getInt("minutes")).sum();
        assertEquals(130, hours.getInt("minutes"), "30 + 10 + 30 (agent) + 30 (salarié) + 30 (sans profil)");
        assertEquals(ofTheYear, bpf.getInt("minutes"), "the BPF's minutes are the ledger's of the year");
        assertEquals(3, bpf.getInt("trainees"));
        assertEquals(2, bpf.getInt("hours"));

        assertLine(line(bpf, "f1", "a"), 1, 0, 30);
        assertLine(line(bpf, "f1", "e"), 2, 2, 100);
        assertLine(line(bpf, "f1", "total"), 3, 2, 130);
        assertLine(line(bpf, "f3", "a"), 2, 1, 70);
        assertLine(line(bpf, "f3", "a 5"), 2, 1, 70);
        assertLine(line(bpf, "f3", "d"), 1, 1, 60);
        assertLine(line(bpf, "f3", "total"), 3, 2, 130);
        var learnersOfD = line(bpf, "f3", "d").getJsonArray("learners").stream().map(v -> v.asJsonObject()).toList();
        assertEquals(List.of("Agent Exports:false", "Salarié Exports:true"),
                learnersOfD.stream().map(l -> l.getString("name") + ":" + l.getBoolean("counted")).toList(),
                "the agent's parcours hours are on d, the agent counted on a");

        // CSV: the same lines and figures
        String csv = new String(bytes("api/v1/organisations/" + world.org() + "/bpf/" + YEAR + ".csv", world.admin().token(), "text/csv"),
                StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        CSVRecord f1Total = rows.stream().filter(x -> x.get("cadre").equals("F-1") && x.get("ligne").equals("total")).findFirst().orElseThrow();
        assertEquals(List.of("3", "2", "130"), List.of(f1Total.get("stagiaires"), f1Total.get("heures_stagiaires"), f1Total.get("minutes")));
        assertEquals(19, rows.size());

        // XLSX: the same
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                bytes("api/v1/organisations/" + world.org() + "/bpf/" + YEAR + ".xlsx", world.admin().token(),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))) {
            Sheet f1 = wb.getSheet("F-1");
            Row total = f1.getRow(6);
            assertEquals("total", total.getCell(1).getStringCellValue());
            assertEquals(3, (int) total.getCell(3).getNumericCellValue());
            assertEquals(2, (int) total.getCell(4).getNumericCellValue());
            assertEquals(130, (int) total.getCell(5).getNumericCellValue());
            Row a = wb.getSheet("F-3").getRow(1);
            assertEquals(List.of("a", "2", "1", "70"), List.of(a.getCell(1).getStringCellValue(), "" + (int) a.getCell(3).getNumericCellValue(),
                    "" + (int) a.getCell(4).getNumericCellValue(), "" + (int) a.getCell(5).getNumericCellValue()));
        }

        // PDF: the same, in French
        String text = pdfText(bytes("api/v1/organisations/" + world.org() + "/bpf/" + YEAR + ".pdf", world.admin().token(), "application/pdf"));
        assertHas(text, "Organisme Exports");
        assertHas(text, "Total Total des stagiaires (F-1) 3 2");
        assertHas(text, "Total Total des stagiaires (F-3) 3 2");
        assertHas(text, "d Autres formations professionnelles 1 1");
    }

    @Test
    void theBpfIsForTheOrganisationsAdministratorsOnlyAndTheYearMustMakeSense() {
        String path = "api/v1/organisations/" + world.org() + "/bpf/" + YEAR;
        assertEquals(404, http.get(path, world.otherAdmin().token()).status(), "another organisation's administrator");
        assertEquals(404, http.get(path, world.trainer().token()).status(), "its trainers do not file the BPF");
        assertEquals(404, http.get(path, world.agent().token()).status());
        assertEquals(404, download(path + ".xlsx", world.otherAdmin().token()).statusCode());
        assertEquals(404, download(path + ".pdf", world.otherAdmin().token()).statusCode());
        assertEquals(404, download(path + ".csv", world.otherAdmin().token()).statusCode());
        assertEquals(404, http.get("api/v1/organisations/no-such-org/bpf/" + YEAR, world.admin().token()).status());
        assertEquals(401, http.get(path, null).status());
        assertEquals(400, http.get("api/v1/organisations/" + world.org() + "/bpf/1999", world.admin().token()).status());
        assertEquals(400, http.get("api/v1/organisations/" + world.org() + "/bpf/" + (YEAR + 2), world.admin().token()).status());
        assertEquals(400, http.get("api/v1/organisations/" + world.org() + "/bpf/deux-mille", world.admin().token()).status());
        // another year: no hours, no trainees
        var last = http.get("api/v1/organisations/" + world.org() + "/bpf/" + (YEAR - 1), world.admin().token());
        assertEquals(200, last.status(), last::toString);
        assertEquals(0, last.json().getInt("trainees"));
        assertEquals(0, last.json().getInt("minutes"));
        // the other organisation's figures are its own: nothing of this one's learners
        var theirs = http.get("api/v1/organisations/" + world.other() + "/bpf/" + YEAR, world.otherAdmin().token());
        assertEquals(200, theirs.status(), theirs::toString);
        assertEquals(0, theirs.json().getInt("trainees"));
    }

    @Test
    void theLivretGoesToTheAgentAndTheAdministratorsOfTheirOrganisationOnly() throws Exception {
        String mine = pdfText(bytes("api/v1/accounts/me/livret.pdf", world.agent().token(), "application/pdf"));
        assertHas(mine, "Livret individuel de formation — Agent Exports");
        assertHas(mine, "Cursus " + world.cursus());
        assertHas(mine, "Parcours " + world.parcours());
        assertHas(mine, "Organisme Exports");
        assertHas(mine, world.certificate());
        assertHas(mine, "Document valide");
        assertHas(mine, "Formations suivies (2, ");
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertTrue(mine.contains(today), "the dates of the ledger entries: " + mine);

        String byId = pdfText(bytes("api/v1/accounts/" + world.agent().id() + "/livret.pdf", world.agent().token(), "application/pdf"));
        assertHas(byId, world.certificate());
        String admins = pdfText(bytes("api/v1/accounts/" + world.agent().id() + "/livret.pdf", world.admin().token(), "application/pdf"));
        assertHas(admins, "Cursus " + world.cursus());
        assertHas(admins, world.certificate());
        assertHas(admins, "Limité aux organismes administrés par");

        assertEquals(404, download("api/v1/accounts/" + world.agent().id() + "/livret.pdf", world.otherAdmin().token()).statusCode(),
                "another organisation's administrator");
        assertEquals(404, download("api/v1/accounts/" + world.agent().id() + "/livret.pdf", world.salarie().token()).statusCode(),
                "another learner");
        assertEquals(404, download("api/v1/accounts/" + world.agent().id() + "/livret.pdf", world.trainer().token()).statusCode(),
                "a trainer is not the employer's administrator");
        assertEquals(404, download("api/v1/accounts/no-such-account/livret.pdf", world.admin().token()).statusCode());
        // the accounts resource still answers beside it
        assertEquals(200, http.get("api/v1/accounts/" + world.agent().id() + "/profile", world.agent().token()).status());
    }

    @Test
    void theRegistrarExportsAFilteredRegisterAndEachExportIsLogged() throws Exception {
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        String filtered = "?programme=" + world.cursus() + "&organisation=" + world.org() + "&from=" + today + "&to=" + today;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes("api/v1/register.xlsx" + filtered, world.registrar().token(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))) {
            Sheet s = wb.getSheet("Registre");
            assertEquals(1, s.getLastRowNum(), "the agent's certificate only");
            assertEquals(world.certificate(), s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("VALID", s.getRow(1).getCell(1).getStringCellValue());
            assertEquals(world.cursus(), s.getRow(1).getCell(5).getStringCellValue());
            assertTrue(s.getRow(1).getCell(11).getStringCellValue().startsWith("Organisme Exports"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes("api/v1/register.xlsx?programme=" + world.parcours(),
                world.registrar().token(), "application/vnd")))) {
            assertEquals(0, wb.getSheet("Registre").getLastRowNum(), "nothing was issued for the parcours");
        }
        String yesterday = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString();
        var before = http.get("api/v1/register?programme=" + world.cursus() + "&to=" + yesterday, world.registrar().token());
        assertEquals(200, before.status(), before::toString);
        assertEquals(0, before.array().size(), "issued today, not before");
        var json = http.get("api/v1/register" + filtered, world.registrar().token());
        assertEquals(1, json.array().size(), json::toString);
        var csv = http.get("api/v1/register.csv?organisation=" + world.other(), world.registrar().token());
        assertEquals(200, csv.status());
        assertFalse(csv.body().contains(world.certificate()), "another organisation's register");
        assertEquals(400, http.get("api/v1/register.xlsx?from=" + today + "&to=" + yesterday, world.registrar().token()).status());
        assertEquals(400, http.get("api/v1/register.csv?from=hier", world.registrar().token()).status());
        assertEquals(403, download("api/v1/register.xlsx", world.admin().token()).statusCode(), "registrars only");

        var log = http.get("api/v1/register/consultations", world.platform());
        assertEquals(200, log.status(), log::toString);
        var exports = log.array().stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("accountId").equals(world.registrar().id()) && c.getString("action").equals("EXPORT"))
                .map(c -> c.getString("detail", "") + " → " + c.getInt("results")).toList();
        assertTrue(exports.contains("xlsx: programme=" + world.cursus() + "; from=" + today + "; to=" + today + "; organisation=" + world.org()
                + " → 1"), exports::toString);
        assertTrue(exports.contains("csv: organisation=" + world.other() + " → 0"), exports::toString);
    }

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");

    private Http signedIn(Person p) {
        Http browser = new Http(base, true);
        var page = browser.get("login.xhtml", null);
        Matcher m = VIEW_STATE.matcher(page.body());
        assertTrue(m.find());
        var r = browser.form("login.xhtml", Map.of("login", "login", "login:email", p.email(), "login:password", Http.passwordOf(p.email()),
                "login:submit", "", "jakarta.faces.ViewState", m.group(1)));
        assertTrue(r.status() == 302 || r.status() == 303, r::toString);
        return browser;
    }

    @Test
    void theBpfPageShowsTheFramesAndOffersTheDownloads() {
        Http browser = signedIn(world.admin());
        var page = browser.get("admin/bpf.xhtml?organisation=" + world.org() + "&year=" + YEAR, null);
        assertEquals(200, page.status(), page::toString);
        String body = page.body();
        for (String id : List.of("bpf-pdf", "bpf-xlsx", "bpf-csv")) {
            assertTrue(body.contains("id=\"" + id + "\""), id);
        }
        assertTrue(body.contains("F-1. Type de stagiaires de l’organisme"), body);
        assertTrue(body.contains("Autres formations professionnelles"), body);
        assertTrue(body.contains("Salarié Exports"), "the learners behind a line");
        assertEquals(404, signedIn(world.otherAdmin()).get("admin/bpf.xhtml?organisation=" + world.org() + "&year=" + YEAR, null).status());
        var livret = browser.get("admin/livret.xhtml?learner=" + world.agent().id(), null);
        assertEquals(200, livret.status(), livret::toString);
        assertTrue(livret.body().startsWith("%PDF"), "the livret as a download");
        assertTrue(browser.get("admin/progress.xhtml?organisation=" + world.org(), null).body().contains("admin/livret.xhtml?learner="));
    }

    @Test
    void theAgentDownloadsTheirLivretFromTheirDocumentsPage() {
        Http browser = signedIn(world.agent());
        var page = browser.get("learn/documents.xhtml", null);
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("id=\"livret-pdf\""), page::toString);
        Matcher m = VIEW_STATE.matcher(page.body());
        assertTrue(m.find());
        var r = browser.send(HttpRequest.newBuilder(browser.uri("learn/documents.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("livret-form=livret-form&livret-pdf=x&jakarta.faces.ViewState="
                        + java.net.URLEncoder.encode(m.group(1), StandardCharsets.UTF_8))), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(r.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
    }
}
