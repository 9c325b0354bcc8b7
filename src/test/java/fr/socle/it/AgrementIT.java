package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agrément to train élus: decisions recorded with their computed validity, the refusals, the
 * tenancy, and the warning e-mail, caught by a real SMTP server (GreenMail) on the port the
 * failsafe environment gives the server (SOCLE_SMTP_HOST / SOCLE_SMTP_PORT in pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgrementIT {

    /** Where pom.xml's failsafe environment points the server's mail (SOCLE_SMTP_PORT). */
    static final int SMTP_PORT = 42525;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
    }

    static GreenMail smtp;

    @ArquillianResource
    URL base;

    Http http;
    String platform;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @BeforeEach
    void connect() {
        http = new Http(base);
        platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private String organisation(String name) {
        return http.newOrganisation(platform, name, "ORGANISME_DE_FORMATION");
    }

    private static String decision(String kind, String number, String grantedOn, String startsOn) {
        return "{\"kind\":" + q(kind) + ",\"number\":" + q(number) + ",\"grantedOn\":" + q(grantedOn)
                + (startsOn == null ? "" : ",\"startsOn\":" + q(startsOn)) + ",\"decisionReference\":\"Décision ministérielle n° 42\"}";
    }

    @Test
    void aFirstAgrementLastsTwoYearsAndItsRenewalFourMoreFromTheDayAfter() {
        String org = organisation("Organisme agréé");
        var admin = http.newSignedIn(platform, org, "ORG_ADMIN", "Gestionnaire agrément");
        String path = "api/v1/organisations/" + org + "/agrements";

        JsonObject none = http.get(path, admin.token()).json();
        assertEquals("AUCUN", none.getString("state"));
        assertTrue(none.getJsonArray("history").isEmpty());

        var first = http.post(path, admin.token(), decision("INITIAL", "AGR-ELU-2024-0007", "2024-12-16", "2024-12-20"));
        assertEquals(201, first.status(), first::toString);
        JsonObject current = first.json().getJsonObject("current");
        assertEquals("2024-12-20", current.getString("startsOn"));
        assertEquals("2026-12-19", current.getString("lastDay"), "two years from the reception of the decision");
        assertEquals("2026-10-20", current.getString("renewalDeadline"), "two months before the end of a first agrément");
        assertEquals("Gestionnaire agrément", current.getString("recordedBy"));

        // the start typed for a renewal is ignored: it follows the previous one
        var renewal = http.post(path, admin.token(), decision("RENOUVELLEMENT", "AGR-ELU-2026-0311", "2026-06-01", "2026-06-01"));
        assertEquals(201, renewal.status(), renewal::toString);
        JsonObject standing = renewal.json();
        current = standing.getJsonObject("current");
        assertEquals("RENOUVELLEMENT", current.getString("kind"));
        assertEquals("2026-12-20", current.getString("startsOn"));
        assertEquals("2030-12-19", current.getString("lastDay"), "four years after the first one ends");
        assertEquals("2030-06-20", current.getString("renewalDeadline"), "six months before the end of a renewal");
        assertEquals("2030-06-20", standing.getString("renewalDeadline"));
        assertEquals("VALIDE", standing.getString("state"));

        JsonObject read = http.get(path, admin.token()).json();
        assertEquals(2, read.getJsonArray("history").size());
        assertEquals("AGR-ELU-2024-0007", read.getJsonArray("history").getJsonObject(0).getString("number"));
        assertEquals(2, read.getJsonArray("history").getJsonObject(1).getInt("position"));
    }

    @Test
    void impossibleDatesAreRefusedAsAreRenewalsOfNothingAndOtherOrganisations() {
        String org = organisation("Organisme refus");
        String other = organisation("Autre organisme");
        var admin = http.newSignedIn(platform, org, "ORG_ADMIN", "Gestionnaire");
        var trainer = http.newSignedIn(platform, org, "TRAINER", "Formateur");
        var otherAdmin = http.newSignedIn(platform, other, "ORG_ADMIN", "Gestionnaire B");
        String path = "api/v1/organisations/" + org + "/agrements";

        assertEquals(409, http.post(path, admin.token(), decision("RENOUVELLEMENT", "R-1", "2025-01-10", null)).status(),
                "a renewal without a first agrément");
        String tomorrow = today().plusDays(1).toString();
        assertEquals(400, http.post(path, admin.token(), decision("INITIAL", "A-1", tomorrow, tomorrow)).status(), "a decision in the future");
        assertEquals(400, http.post(path, admin.token(), decision("INITIAL", "A-1", "2025-01-10", null)).status(), "no start");
        assertEquals(400, http.post(path, admin.token(), decision("INITIAL", "A-1", "2025-01-10", "2025-01-09")).status(),
                "a start before the decision");
        assertEquals(400, http.post(path, admin.token(), decision("INITIAL", "A-1", "2025-13-45", "2025-01-10")).status(), "no such date");
        assertEquals(400, http.post(path, admin.token(), decision("INITIAL", " ", "2025-01-10", "2025-01-10")).status(), "no number");
        assertEquals(403, http.post(path, trainer.token(), decision("INITIAL", "A-1", "2025-01-10", "2025-01-10")).status(),
                "a trainer reads, and does not record");
        assertEquals(404, http.post(path, otherAdmin.token(), decision("INITIAL", "A-1", "2025-01-10", "2025-01-10")).status());
        assertEquals(404, http.get(path, otherAdmin.token()).status());
        assertEquals(404, http.get("api/v1/organisations/no-such-organisation/agrements", admin.token()).status());

        var first = http.post(path, admin.token(), decision("INITIAL", "A-1", "2025-01-10", "2025-01-10"));
        assertEquals(201, first.status(), first::toString);
        assertEquals(409, http.post(path, admin.token(), decision("INITIAL", "A-2", "2025-02-10", "2025-02-10")).status(),
                "a first agrément over a valid one");
        assertEquals(400, http.post(path, admin.token(), decision("RENOUVELLEMENT", "R-1", "2024-12-01", null)).status(),
                "a renewal decided before the agrément it renews");
        assertEquals(200, http.get(path, trainer.token()).status());
        assertEquals(1, http.get(path, admin.token()).json().getJsonArray("history").size(), "refusals record nothing");
    }

    @Test
    void theApiDocumentDescribesTheAgrementEndpoints() {
        var openapi = http.send(java.net.http.HttpRequest.newBuilder(http.root("openapi")).GET());
        assertEquals(200, openapi.status());
        for (String path : List.of("/api/v1/organisations/{id}/agrements", "/api/v1/agrements/warnings", "/api/v1/agrements/check")) {
            assertTrue(openapi.body().contains(path), path);
        }
    }

    @Test
    void theDemoTrainingBodyHasItsFirstAgrement() {
        var list = http.get("api/v1/organisations?q=" + "M%C3%A9diation%20Plus", platform).array();
        assertFalse(list.isEmpty());
        JsonObject standing = http.get("api/v1/organisations/" + list.getJsonObject(0).getString("id") + "/agrements", platform).json();
        JsonObject current = standing.getJsonObject("current");
        assertEquals("AGR-ELU-2025-0142", current.getString("number"));
        assertEquals("2026-12-15", current.getString("lastDay"));
        assertEquals("2026-10-16", current.getString("renewalDeadline"));
        assertEquals(1, standing.getJsonArray("history").size(), "a restart adds nothing twice");
    }

    @Test
    void theAdministratorsAreWarnedOnceByEmailAndOnTheirWarningsList() throws Exception {
        String org = organisation("Organisme en retard");
        String other = organisation("Organisme voisin");
        var admin = http.newSignedIn(platform, org, "ORG_ADMIN", "Gestionnaire prévenu");
        var trainer = http.newSignedIn(platform, org, "TRAINER", "Formateur non prévenu");
        var otherAdmin = http.newSignedIn(platform, other, "ORG_ADMIN", "Gestionnaire voisin");
        // valid for one more month: the filing deadline (two months before the end) passed a month ago
        LocalDate start = today().plusMonths(1).minusYears(2);
        var recorded = http.post("api/v1/organisations/" + org + "/agrements", admin.token(),
                decision("INITIAL", "AGR-ELU-RETARD", start.toString(), start.toString()));
        assertEquals(201, recorded.status(), recorded::toString);
        JsonObject standing = recorded.json();
        assertEquals("DEPASSE", standing.getString("state"));

        var warnings = http.get("api/v1/agrements/warnings", admin.token());
        assertEquals(200, warnings.status(), warnings::toString);
        assertEquals(1, warnings.array().size(), warnings::toString);
        assertEquals(org, warnings.array().getJsonObject(0).getString("organisationId"));
        assertTrue(http.get("api/v1/agrements/warnings", otherAdmin.token()).array().isEmpty(), "another organisation's warnings stay there");
        assertEquals(403, http.post("api/v1/agrements/check", admin.token(), "").status(), "the check is the platform admins'");

        var check = http.post("api/v1/agrements/check", platform, "");
        assertEquals(200, check.status(), check::toString);
        List<MimeMessage> mails = waitForMailTo(admin.email(), 1);
        assertEquals(1, mails.size());
        MimeMessage mail = mails.get(0);
        assertTrue(mail.getSubject().contains("AGR-ELU-RETARD") && mail.getSubject().contains("date limite de renouvellement dépassée"),
                mail.getSubject());
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        DateTimeFormatter fr = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        LocalDate lastDay = LocalDate.parse(standing.getString("lastDay"));
        assertTrue(body.contains("Fin de validité de l’agrément : " + lastDay.format(fr)), body);
        assertTrue(body.contains("Date limite de dépôt de la demande de renouvellement : "
                + LocalDate.parse(standing.getString("renewalDeadline")).format(fr)), body);
        assertTrue(body.contains("/admin/agrement.xhtml?organisation=" + org), body);
        assertTrue(body.contains(standing.getString("organisationName")), body);

        assertEquals(200, http.post("api/v1/agrements/check", platform, "").status());
        Thread.sleep(2000);
        assertEquals(1, mailsTo(admin.email()).size(), "a warning goes once per agrément and threshold");
        assertEquals(0, mailsTo(trainer.email()).size(), "the administrators only");
        assertEquals(0, mailsTo(otherAdmin.email()).size());
    }

    @Test
    void aWarningThatCouldNotGoIsSentOnTheNextRun() throws Exception {
        String org = organisation("Organisme expiré");
        var admin = http.newSignedIn(platform, org, "ORG_ADMIN", "Gestionnaire expiré");
        LocalDate start = today().minusYears(3);
        var recorded = http.post("api/v1/organisations/" + org + "/agrements", admin.token(),
                decision("INITIAL", "AGR-ELU-ANCIEN", start.toString(), start.toString()));
        assertEquals(201, recorded.status(), recorded::toString);
        assertEquals("EXPIRE", recorded.json().getString("state"));

        smtp.stop();
        try {
            JsonObject outcome = http.post("api/v1/agrements/check", platform, "").json();
            assertTrue(outcome.getInt("failed") >= 1, outcome::toString);
            assertEquals(0, outcome.getInt("sent"), outcome::toString);
        } finally {
            startSmtp();
        }
        assertEquals(0, mailsTo(admin.email()).size());
        assertEquals(200, http.post("api/v1/agrements/check", platform, "").status());
        List<MimeMessage> mails = waitForMailTo(admin.email(), 1);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().contains("agrément expiré"), mails.get(0).getSubject());
    }

    private static List<MimeMessage> waitForMailTo(String email, int count) throws InterruptedException, MessagingException {
        long until = System.currentTimeMillis() + 30_000;
        List<MimeMessage> found = mailsTo(email);
        while (found.size() < count && System.currentTimeMillis() < until) {
            Thread.sleep(250);
            found = mailsTo(email);
        }
        return found;
    }

    private static List<MimeMessage> mailsTo(String email) throws MessagingException {
        List<MimeMessage> to = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            Address[] recipients = m.getAllRecipients();
            if (recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(email))) {
                to.add(m);
            }
        }
        return to;
    }
}
