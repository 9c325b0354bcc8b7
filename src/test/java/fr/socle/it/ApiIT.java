package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.json.JsonString;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
 * The REST API of the packaged WAR on Payara Micro: tokens, organisations, accounts, the error
 * answers, tenant isolation, health and the schema migrations. Runs on H2, and on MariaDB with -Pmysql.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
    }

    @ArquillianResource
    URL base;

    Http http;
    /** Two unrelated tenants, each with an administrator and a learner; made once per class. */
    static Tenants tenants;

    record Tenant(String id, String adminId, String adminToken, String learnerId, String learnerToken) {
    }

    record Tenants(String platformToken, Tenant a, Tenant b) {
    }

    /** The SMTP server the deployment sends to (SOCLE_SMTP_* in pom.xml): invitations are e-mailed. */
    static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(AgrementIT.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** The messages to this address, waiting up to 20 s for the first (they are sent in the background). */
    private static List<MimeMessage> mailsTo(String email) throws InterruptedException, MessagingException {
        long until = System.currentTimeMillis() + 20_000;
        List<MimeMessage> found = List.of();
        while (found.isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(250);
            List<MimeMessage> to = new java.util.ArrayList<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                Address[] recipients = m.getAllRecipients();
                if (recipients != null && java.util.Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(email))) {
                    to.add(m);
                }
            }
            found = to;
        }
        return found;
    }

    @BeforeEach
    void connect() {
        http = new Http(base);
        if (tenants == null) {
            String platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
            tenants = new Tenants(platform, tenant(platform, "A"), tenant(platform, "B"));
        }
    }

    private Tenant tenant(String platform, String name) {
        String org = createOrganisation(platform, Fixtures.unique("Commune " + name), null).getString("id");
        String adminEmail = Fixtures.email("admin" + name);
        String learnerEmail = Fixtures.email("learner" + name);
        String adminId = createAccount(platform, adminEmail, org, "ORG_ADMIN").getString("id");
        String learnerId = createAccount(platform, learnerEmail, org, "LEARNER").getString("id");
        return new Tenant(org, adminId, http.token(adminEmail, "Password-" + adminEmail), learnerId,
                http.token(learnerEmail, "Password-" + learnerEmail));
    }

    private JsonObject createOrganisation(String token, String name, String parentId) {
        var r = http.post("api/v1/organisations", token, "{\"name\":" + q(name) + ",\"kind\":\"COMMUNE\",\"siret\":"
                + q(Fixtures.siret()) + ",\"parentId\":" + q(parentId) + "}");
        assertEquals(201, r.status(), r::toString);
        assertNotNull(r.header("Location"));
        return r.json();
    }

    private JsonObject createAccount(String token, String email, String org, String role) {
        var r = http.post("api/v1/accounts", token, accountJson(email, org, role));
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    private static String accountJson(String email, String org, String role) {
        return "{\"email\":" + q(email) + ",\"displayName\":\"Test " + role + "\",\"password\":" + q("Password-" + email)
                + ",\"roles\":[{\"organisationId\":" + q(org) + ",\"role\":" + q(role) + "}]}";
    }

    private static void assertError(int status, Http.Response r) {
        assertEquals(status, r.status(), r::toString);
        JsonObject body = r.json();
        assertEquals(status, body.getInt("status"));
        assertFalse(body.getString("error").isBlank());
        assertFalse(body.getString("message").isBlank());
        assertFalse(Http.hasStackTrace(r.body()), "no stack trace: " + r.body());
    }

    // Tokens

    @Test
    void basicCredentialsGetABearerTokenThatOpensTheApi() {
        String token = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        assertTrue(token.startsWith("sk_"));
        var me = http.get("api/v1/accounts/me", token);
        assertEquals(200, me.status(), me::toString);
        assertEquals(Http.ADMIN_EMAIL, me.json().getString("email"));
        assertFalse(me.body().contains("password"), "never the hash: " + me.body());
    }

    @Test
    void publicVerificationIsRateLimitedPerClientWithoutTellingCodesApart() {
        // Unknown codes cost a token each, like known ones: guessing codes meets the limit (60 a minute by default).
        // The bucket refills as time passes (a token a second), so on a slow machine more than 60 requests may pass:
        // ask until 10 are refused, at most 200 times (with no limit, all 200 would be answered).
        int limited = 0;
        for (int i = 0; i < 200 && limited < 10; i++) {
            var r = http.get("api/v1/verifications/CRT-" + "ABCDEFGH".substring(0, 4) + String.format("%04d", i).replace('0', 'Z').replace('1', 'Y'), null);
            assertTrue(r.status() == 404 || r.status() == 429, r::toString);
            assertFalse(Http.hasStackTrace(r.body()));
            if (r.status() == 429) {
                limited++;
                assertNotNull(r.header("Retry-After"));
                assertTrue(r.json().getString("message").contains("Trop de vérifications"), r::toString);
            }
        }
        assertTrue(limited >= 10, "10 of at most 200 quick requests are refused: " + limited);
    }

    @Test
    void wrongPasswordIs401() {
        var r = http.send(HttpRequest.newBuilder(http.uri("api/v1/tokens"))
                .header("Authorization", Http.basic(Http.ADMIN_EMAIL, "wrong-password-123"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertError(401, r);
        assertNotNull(r.header("WWW-Authenticate"));
    }

    @Test
    void noCredentialsOrAnUnknownTokenIs401() {
        assertError(401, http.get("api/v1/organisations", null));
        assertError(401, http.get("api/v1/organisations", "sk_not-a-real-token"));
        assertError(401, http.get("api/v1/organisations", "Basic " + "bm90OmJhc2lj"));
    }

    @Test
    void aRevokedTokenNoLongerWorks() {
        String label = Fixtures.unique("revoke-me");
        var issued = http.send(HttpRequest.newBuilder(http.uri("api/v1/tokens"))
                .header("Authorization", Http.basic(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":" + q(label) + ",\"days\":1}")));
        assertEquals(201, issued.status(), issued::toString);
        String token = issued.json().getString("token");
        var mine = http.get("api/v1/tokens", token);
        assertFalse(mine.body().contains(token), "token values are never listed");
        String id = mine.array().stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("label").equals(label)).findFirst().orElseThrow().getString("id");
        assertEquals(issued.json().getString("id"), id);
        assertEquals(204, http.delete("api/v1/tokens/" + id, token).status());
        assertError(401, http.get("api/v1/accounts/me", token));
    }

    @Test
    void aTokenLivesAtMostAYear() {
        var r = http.send(HttpRequest.newBuilder(http.uri("api/v1/tokens"))
                .header("Authorization", Http.basic(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"days\":4000}")));
        assertError(400, r);
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        String id = http.get("api/v1/tokens", tenants.a().adminToken()).array().getJsonObject(0).getString("id");
        assertError(404, http.delete("api/v1/tokens/" + id, tenants.b().adminToken()));
    }

    // Sign-in: growing waits instead of a lock-out (each test plays its clients from its own loopback addresses)

    private Peer.Reply askToken(Peer from, String email, String password) {
        return from.post("api/v1/tokens", java.util.Map.of("Authorization", Http.basic(email, password)));
    }

    private static void assertTooMany(Peer.Reply r) {
        assertEquals(429, r.status(), r::toString);
        assertTrue(Long.parseLong(r.header("Retry-After")) >= 1, "Retry-After in seconds: " + r.header("Retry-After"));
        assertEquals(429, r.json().getInt("status"));
        assertTrue(r.json().getString("message").contains("Trop de tentatives"), r::toString);
        assertFalse(Http.hasStackTrace(r.body()), r::body);
    }

    @Test
    void wrongPasswordsForThePlatformAdminNeverLockTheRightPasswordOutFromAnotherClient() {
        Peer attacker = new Peer(base, "127.0.0.11");
        int refused = 0;
        for (int i = 0; i < 10; i++) {
            var r = askToken(attacker, Http.ADMIN_EMAIL, "wrong-guess-" + i);
            assertTrue(r.status() == 401 || r.status() == 429, r::toString);
            if (r.status() == 429) {
                assertTooMany(r);
                refused++;
            }
        }
        assertTrue(refused > 0, "the attacker is slowed down: 10 quick guesses are not all checked");
        var user = askToken(new Peer(base, "127.0.0.12"), Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        assertEquals(201, user.status(), "the administrator signs in from elsewhere at once: " + user);
        assertTrue(http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD).startsWith("sk_"), "and from the usual client");
    }

    @Test
    void anUnknownEmailAndAWrongPasswordGetTheSameAnswers() {
        String known = Fixtures.email("alike");
        createAccount(tenants.platformToken(), known, tenants.a().id(), "LEARNER");
        String unknown = Fixtures.email("nobody");
        Peer one = new Peer(base, "127.0.0.13");
        Peer other = new Peer(base, "127.0.0.14");
        for (int i = 0; i < 6; i++) {
            var wrong = askToken(one, known, "not-the-password-" + i);
            var none = askToken(other, unknown, "not-the-password-" + i);
            assertEquals(401, wrong.status(), wrong::toString);
            assertEquals(wrong.status(), none.status(), "attempt " + (i + 1));
            assertEquals(wrong.body(), none.body(), "attempt " + (i + 1));
            assertEquals(wrong.header("WWW-Authenticate"), none.header("WWW-Authenticate"));
        }
        // Then both are slowed down alike: the throttle counts the typed e-mail, whether an account has it or not.
        Peer.Reply wrong = null;
        Peer.Reply none = null;
        for (int i = 0; i < 10 && (wrong == null || wrong.status() != 429); i++) {
            wrong = askToken(one, known, "again-" + i);
        }
        for (int i = 0; i < 10 && (none == null || none.status() != 429); i++) {
            none = askToken(other, unknown, "again-" + i);
        }
        assertTooMany(wrong);
        assertTooMany(none);
        assertEquals(wrong.body().replaceAll("\\d+", "N"), none.body().replaceAll("\\d+", "N"));
    }

    @Test
    void repeatedFailuresFromOneClientAre429WithRetryAfterAndCheckNoMorePasswords() {
        Peer guesser = new Peer(base, "127.0.0.15");
        Peer.Reply r = null;
        int attempts = 0;
        while (attempts < 30 && (r == null || r.status() == 401)) {
            r = askToken(guesser, Fixtures.email("guess"), "not-the-password");
            attempts++;
        }
        assertTooMany(r);
        assertTrue(attempts > 10, "10 failures from one client are free: " + attempts);
        assertTooMany(askToken(guesser, Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD));
        assertEquals(201, askToken(new Peer(base, "127.0.0.16"), Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD).status(),
                "other clients are not concerned");
    }

    @Test
    void anAdministratorSettingAPasswordRevokesTheAccountsTokensAndSaysSo() {
        String email = Fixtures.email("reset");
        String id = createAccount(tenants.platformToken(), email, tenants.a().id(), "LEARNER").getString("id");
        String token = http.token(email, "Password-" + email);
        assertEquals(200, http.get("api/v1/accounts/me", token).status());
        var renamed = http.put("api/v1/accounts/" + id, tenants.a().adminToken(), "{\"email\":" + q(email) + ",\"displayName\":\"Renamed\"}");
        assertEquals(200, renamed.status(), renamed::toString);
        assertFalse(renamed.json().containsKey("notice"), "a rename says nothing more: " + renamed);
        assertEquals(200, http.get("api/v1/accounts/me", token).status(), "and revokes nothing");

        var reset = http.put("api/v1/accounts/" + id, tenants.a().adminToken(),
                "{\"email\":" + q(email) + ",\"displayName\":\"Renamed\",\"password\":\"Reset-by-admin-2027\"}");
        assertEquals(200, reset.status(), reset::toString);
        assertTrue(reset.json().getString("notice").contains("jetons"), reset::toString);
        assertError(401, http.get("api/v1/accounts/me", token));
        assertEquals(200, http.get("api/v1/accounts/me", http.token(email, "Reset-by-admin-2027")).status());
    }

    @Test
    void theVerificationLimitBelievesXForwardedForOnlyFromTheTrustedProxy() {
        Peer proxy = new Peer(base, Peer.TRUSTED_PROXY);
        exhaustVerifications(proxy, "198.51.100.7");
        assertEquals(404, verify(proxy, "198.51.100.8").status(), "another client behind the proxy has its own allowance");
        exhaustVerifications(proxy, "2001:db8:1:2::1");
        assertEquals(429, verify(proxy, "2001:db8:1:2:ffff::9").status(), "IPv6 clients are counted by their /64");
        assertEquals(404, verify(proxy, "2001:db8:1:3::1").status(), "another /64 is another client");

        Peer direct = new Peer(base, "127.0.0.17");
        exhaustVerifications(direct, "198.51.100.20");
        assertEquals(429, verify(direct, "198.51.100.21").status(), "a client that is no proxy cannot pick a new address");
    }

    private int codes;

    private Peer.Reply verify(Peer from, String forwardedFor) {
        String n = String.format("%04d", codes++ % 10000).replace('0', 'Z').replace('1', 'Y');
        return from.get("api/v1/verifications/CRT-WXYZ" + n, java.util.Map.of("X-Forwarded-For", forwardedFor));
    }

    private void exhaustVerifications(Peer from, String forwardedFor) {
        for (int i = 0; i < 300; i++) {
            var r = verify(from, forwardedFor);
            assertTrue(r.status() == 404 || r.status() == 429, r::toString);
            if (r.status() == 429) {
                assertNotNull(r.header("Retry-After"));
                return;
            }
        }
        throw new AssertionError("never limited: " + forwardedFor);
    }

    // Errors

    @Test
    void malformedJsonIs400() {
        assertError(400, http.post("api/v1/organisations", tenants.platformToken(), "{not json"));
        assertError(400, http.post("api/v1/organisations", tenants.platformToken(), "{\"name\":\"X\",\"kind\":\"NO_SUCH_KIND\"}"));
    }

    @Test
    void invalidValuesAre400WithEachFieldNamed() {
        var r = http.post("api/v1/organisations", tenants.platformToken(), "{\"name\":\"\",\"siret\":\"12345678901234\"}");
        assertError(400, r);
        List<String> details = r.json().getJsonArray("details").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertTrue(details.stream().anyMatch(d -> d.startsWith("name:")), details::toString);
        assertTrue(details.stream().anyMatch(d -> d.startsWith("kind:")), details::toString);
        assertTrue(details.stream().anyMatch(d -> d.startsWith("siret:") && d.contains("SIRET")), details::toString);
    }

    @Test
    void messagesFollowAcceptLanguage() {
        var en = http.send(HttpRequest.newBuilder(http.uri("api/v1/organisations/nope"))
                .header("Authorization", "Bearer " + tenants.platformToken()).header("Accept-Language", "en").GET());
        assertEquals("Organisation not found.", en.json().getString("message"));
        var fr = http.get("api/v1/organisations/nope", tenants.platformToken());
        assertEquals("Organisation introuvable.", fr.json().getString("message"));
    }

    @Test
    void unknownThingsAre404() {
        assertError(404, http.get("api/v1/organisations/00000000-0000-0000-0000-000000000000", tenants.platformToken()));
        assertError(404, http.get("api/v1/accounts/00000000-0000-0000-0000-000000000000", tenants.platformToken()));
        assertError(404, http.get("api/v1/no-such-resource", tenants.platformToken()));
    }

    @Test
    void duplicatesAre409() {
        String siret = Fixtures.siret();
        String body = "{\"name\":" + q(Fixtures.unique("Org")) + ",\"kind\":\"EPCI\",\"siret\":" + q(siret) + "}";
        assertEquals(201, http.post("api/v1/organisations", tenants.platformToken(), body).status());
        assertError(409, http.post("api/v1/organisations", tenants.platformToken(), body));

        String email = Fixtures.email("twice");
        createAccount(tenants.platformToken(), email, tenants.a().id(), "TRAINER");
        assertError(409, http.post("api/v1/accounts", tenants.platformToken(), accountJson(email.toUpperCase(), tenants.a().id(), "TRAINER")));
    }

    @Test
    void staleIfMatchIs409() {
        JsonObject o = createOrganisation(tenants.platformToken(), Fixtures.unique("Versioned"), null);
        String body = "{\"name\":" + q(o.getString("name") + " bis") + ",\"kind\":\"COMMUNE\"}";
        var stale = http.send(HttpRequest.newBuilder(http.uri("api/v1/organisations/" + o.getString("id")))
                .header("Authorization", "Bearer " + tenants.platformToken()).header("Content-Type", "application/json")
                .header("If-Match", "\"99\"").PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertError(409, stale);
    }

    @Test
    void rolesWithoutTheRightAre403() {
        String body = "{\"name\":" + q(Fixtures.unique("Top")) + ",\"kind\":\"REGION\"}";
        assertError(403, http.post("api/v1/organisations", tenants.a().adminToken(), body));
        assertError(403, http.post("api/v1/organisations", tenants.a().learnerToken(),
                "{\"name\":\"X\",\"kind\":\"COMMUNE\",\"parentId\":" + q(tenants.a().id()) + "}"));
        assertError(403, http.get("api/v1/accounts", tenants.a().learnerToken()));
        assertError(403, http.put("api/v1/organisations/" + tenants.a().id(), tenants.a().learnerToken(),
                "{\"name\":\"Renamed by a learner\",\"kind\":\"COMMUNE\"}"));
        assertError(403, http.post("api/v1/accounts", tenants.a().adminToken(),
                "{\"email\":" + q(Fixtures.email("x")) + ",\"displayName\":\"X\",\"password\":\"Password-long-enough\","
                        + "\"roles\":[{\"role\":\"PLATFORM_ADMIN\"}]}"));
    }

    /** A member of organisation A cannot read or change organisation B through any route. */
    // TenantIsolation

    @Test
    void organisationsListShowsOnlyTheCallersOwn() {
        String list = http.get("api/v1/organisations?limit=200", tenants.a().adminToken()).body();
        assertTrue(list.contains(tenants.a().id()));
        assertFalse(list.contains(tenants.b().id()));
        String learnerList = http.get("api/v1/organisations", tenants.a().learnerToken()).body();
        assertTrue(learnerList.contains(tenants.a().id()));
        assertFalse(learnerList.contains(tenants.b().id()));
    }

    @Test
    void readingAnotherOrganisationIs404() {
        assertError(404, http.get("api/v1/organisations/" + tenants.b().id(), tenants.a().adminToken()));
        assertError(404, http.get("api/v1/organisations/" + tenants.b().id(), tenants.a().learnerToken()));
    }

    @Test
    void changingAnotherOrganisationIs404AndChangesNothing() {
        String before = http.get("api/v1/organisations/" + tenants.b().id(), tenants.platformToken()).json().getString("name");
        assertError(404, http.put("api/v1/organisations/" + tenants.b().id(), tenants.a().adminToken(),
                "{\"name\":\"Hijacked\",\"kind\":\"COMMUNE\"}"));
        assertEquals(before, http.get("api/v1/organisations/" + tenants.b().id(), tenants.platformToken()).json().getString("name"));
    }

    @Test
    void creatingAMemberOfAnotherOrganisationIs404() {
        assertError(404, http.post("api/v1/organisations", tenants.a().adminToken(),
                "{\"name\":\"Intruder\",\"kind\":\"COMMUNE\",\"parentId\":" + q(tenants.b().id()) + "}"));
    }

    @Test
    void movingOwnOrganisationUnderAnotherIs404() {
        String own = createOrganisation(tenants.a().adminToken(), Fixtures.unique("Member of A"), tenants.a().id()).getString("id");
        assertError(404, http.put("api/v1/organisations/" + own, tenants.a().adminToken(),
                "{\"name\":\"Moved\",\"kind\":\"COMMUNE\",\"parentId\":" + q(tenants.b().id()) + "}"));
    }

    @Test
    void accountsListShowsOnlyTheCallersOrganisations() {
        String list = http.get("api/v1/accounts?limit=200", tenants.a().adminToken()).body();
        assertTrue(list.contains(tenants.a().learnerId()));
        assertFalse(list.contains(tenants.b().adminId()));
        assertFalse(list.contains(tenants.b().learnerId()));
        assertError(404, http.get("api/v1/accounts?organisation=" + tenants.b().id(), tenants.a().adminToken()));
    }

    @Test
    void readingAnotherOrganisationsAccountIs404() {
        assertError(404, http.get("api/v1/accounts/" + tenants.b().learnerId(), tenants.a().adminToken()));
        assertError(404, http.get("api/v1/accounts/" + tenants.a().adminId(), tenants.a().learnerToken()));
    }

    @Test
    void changingAnotherOrganisationsAccountIs404() {
        assertError(404, http.put("api/v1/accounts/" + tenants.b().learnerId(), tenants.a().adminToken(),
                "{\"email\":" + q(Fixtures.email("stolen")) + ",\"displayName\":\"Stolen\",\"password\":\"Password-stolen-1\"}"));
    }

    @Test
    void creatingAnAccountInAnotherOrganisationIs404() {
        assertError(404, http.post("api/v1/accounts", tenants.a().adminToken(),
                accountJson(Fixtures.email("intruder"), tenants.b().id(), "LEARNER")));
    }

    @Test
    void grantingARoleInAnotherOrganisationIs404() {
        String body = "{\"email\":" + q(Fixtures.email("x")) + ",\"displayName\":\"Learner A\",\"roles\":[{\"organisationId\":"
                + q(tenants.a().id()) + ",\"role\":\"LEARNER\"},{\"organisationId\":" + q(tenants.b().id()) + ",\"role\":\"ORG_ADMIN\"}]}";
        assertError(404, http.put("api/v1/accounts/" + tenants.a().learnerId(), tenants.a().adminToken(), body));
    }

    @Test
    void aMutualisationStructureAdministersItsMembers() {
        String member = createOrganisation(tenants.a().adminToken(), Fixtures.unique("Commune membre"), tenants.a().id()).getString("id");
        assertEquals(200, http.get("api/v1/organisations/" + member, tenants.a().adminToken()).status());
        String learner = createAccount(tenants.a().adminToken(), Fixtures.email("member"), member, "LEARNER").getString("id");
        assertEquals(200, http.get("api/v1/accounts/" + learner, tenants.a().adminToken()).status());
        assertError(404, http.get("api/v1/organisations/" + member, tenants.b().adminToken()));
    }

    @Test
    void anAdministratorChangesCredentialsOnlyOfAccountsEntirelyInItsOrganisations() {
        String email = Fixtures.email("both");
        var r = http.post("api/v1/accounts", tenants.platformToken(), "{\"email\":" + q(email) + ",\"displayName\":\"Both\",\"password\":"
                + q("Password-" + email) + ",\"roles\":[{\"organisationId\":" + q(tenants.a().id()) + ",\"role\":\"LEARNER\"},"
                + "{\"organisationId\":" + q(tenants.b().id()) + ",\"role\":\"LEARNER\"}]}");
        assertEquals(201, r.status(), r::toString);
        String id = r.json().getString("id");
        assertError(403, http.put("api/v1/accounts/" + id, tenants.a().adminToken(),
                "{\"email\":" + q(email) + ",\"displayName\":\"Both\",\"password\":\"Taken-over-2026!\"}"));
        assertEquals(401, http.send(HttpRequest.newBuilder(http.uri("api/v1/tokens"))
                .header("Authorization", Http.basic(email, "Taken-over-2026!")).POST(HttpRequest.BodyPublishers.noBody())).status());
        var seen = http.get("api/v1/accounts/" + id, tenants.a().adminToken()).json();
        assertFalse(seen.toString().contains(tenants.b().id()), "its roles elsewhere are not shown: " + seen);
        assertError(403, http.put("api/v1/accounts/" + id, tenants.a().adminToken(), "{\"email\":" + q(email) + ",\"displayName\":\"Renamed\"}"));
        assertError(403, http.put("api/v1/accounts/" + id + "/profile", tenants.a().adminToken(), "{\"type\":\"PARTICULIER\"}"));
        var byPlatform = http.put("api/v1/accounts/" + id, tenants.platformToken(), "{\"email\":" + q(email) + ",\"displayName\":\"Both Renamed\"}");
        assertEquals(200, byPlatform.status(), byPlatform::toString);
        var logged = http.get("api/v1/accounts/me/name-requests", http.token(email, "Password-" + email)).array().getJsonObject(0);
        assertEquals("Both Renamed", logged.getString("requestedName"));
        assertTrue(logged.getBoolean("direct") && logged.getString("status").equals("ACCEPTED") && logged.getString("previousName").equals("Both"),
                "a direct change is logged with who and when: " + logged);

        String own = Fixtures.email("own");
        String ownId = createAccount(tenants.platformToken(), own, tenants.a().id(), "LEARNER").getString("id");
        var reset = http.put("api/v1/accounts/" + ownId, tenants.a().adminToken(),
                "{\"email\":" + q(own) + ",\"displayName\":\"Own\",\"password\":\"Reset-by-admin-2026\"}");
        assertEquals(200, reset.status(), reset::toString);
        assertEquals("Own", reset.json().getString("displayName"), "an account entirely in its organisations: the administrator renames it");
        assertError(403, http.put("api/v1/accounts/" + ownId, http.token(own, "Reset-by-admin-2026"),
                "{\"email\":" + q(own) + ",\"displayName\":\"Own\",\"password\":\"Self-without-proof-1\"}"));
    }

    @Test
    void learnerProfilesKeepAgentFieldsAndMandatesAndStayInTheirOrganisation() {
        String path = "api/v1/accounts/" + tenants.a().learnerId() + "/profile";
        assertError(400, http.put(path, tenants.a().learnerToken(),
                "{\"type\":\"AGENT_TERRITORIAL\",\"employerSiret\":\"12345678901234\",\"category\":\"B\"}"));
        var agent = http.put(path, tenants.a().learnerToken(), "{\"type\":\"AGENT_TERRITORIAL\",\"employerSiret\":\"213 000 123 00017\","
                + "\"category\":\"B\",\"filiere\":\"Administrative\",\"cadreEmplois\":\"Rédacteurs territoriaux\",\"agentStatus\":\"TITULAIRE\"}");
        assertEquals(200, agent.status(), agent::toString);
        assertEquals("21300012300017", agent.json().getString("employerSiret"));
        assertEquals(200, http.get(path, tenants.a().adminToken()).status(), "its organisation's administrator reads it");
        assertError(404, http.get(path, tenants.b().adminToken()));
        assertError(404, http.put(path, tenants.b().adminToken(), "{\"type\":\"PARTICULIER\"}"));

        var elu = http.put(path, tenants.a().learnerToken(), "{\"type\":\"ELU\",\"employerSiret\":\"21300012300017\"}");
        assertFalse(elu.json().containsKey("employerSiret") && !elu.json().isNull("employerSiret"), "agent fields only for agents");
        var mandate = http.post(path + "/mandates", tenants.a().learnerToken(),
                "{\"type\":\"ADJOINT\",\"collectivite\":\"Commune A\",\"start\":\"2026-03-23\",\"delegation\":\"Numérique\"}");
        assertEquals(201, mandate.status(), mandate::toString);
        assertEquals("Numérique", mandate.json().getJsonArray("mandates").getJsonObject(0).getString("delegation"));
        assertError(400, http.post(path + "/mandates", tenants.a().learnerToken(),
                "{\"type\":\"MAIRE\",\"collectivite\":\"Commune A\",\"start\":\"2026-03-23\",\"end\":\"2020-01-01\"}"));
        String mandateId = mandate.json().getJsonArray("mandates").getJsonObject(0).getString("id");
        assertEquals(204, http.delete(path + "/mandates/" + mandateId, tenants.a().learnerToken()).status());
        assertFalse(http.get(path, tenants.a().learnerToken()).body().toLowerCase().contains("nir"), "no NIR field");
    }

    @Test
    void anAccountCannotRenameItselfNorGiveItselfRoles() {
        String email = Fixtures.email("self");
        String id = createAccount(tenants.platformToken(), email, tenants.a().id(), "LEARNER").getString("id");
        String token = http.token(email, "Password-" + email);
        var renamed = http.put("api/v1/accounts/" + id, token, "{\"email\":" + q(email) + ",\"displayName\":\"New name\"}");
        assertError(403, renamed);
        assertTrue(renamed.json().getString("message").contains("Mon compte"), renamed::toString);
        assertEquals("Test LEARNER", http.get("api/v1/accounts/me", token).json().getString("displayName"), "the name stays");
        assertEquals(200, http.put("api/v1/accounts/" + id, token, "{\"email\":" + q(email) + ",\"displayName\":\"Test LEARNER\"}").status(),
                "sending its own name unchanged is no change");
        assertError(403, http.put("api/v1/accounts/" + id, token, "{\"email\":" + q(email)
                + ",\"displayName\":\"Test LEARNER\",\"roles\":[{\"organisationId\":" + q(tenants.a().id()) + ",\"role\":\"ORG_ADMIN\"}]}"));
    }

    // People: the name documents carry, invitations, identity of shared accounts

    /** A fresh learner of organisation A, signed in. */
    private Http.SignedIn learnerOfA(String who) {
        String email = Fixtures.email(who);
        String id = createAccount(tenants.platformToken(), email, tenants.a().id(), "LEARNER").getString("id");
        return new Http.SignedIn(id, email, http.token(email, "Password-" + email));
    }

    private Http.Response invite(String adminToken, String organisation, String email, String extra) {
        return http.post("api/v1/organisations/" + organisation + "/members", adminToken,
                "{\"email\":" + q(email) + ",\"role\":\"LEARNER\"" + extra + "}");
    }

    @Test
    void anotherOrganisationAddingAnExistingLearnerOnlyInvitesItAndSeesNothingUntilItAccepts() throws Exception {
        var learner = learnerOfA("invited");
        String profile = "api/v1/accounts/" + learner.id() + "/profile";
        var invited = invite(tenants.b().adminToken(), tenants.b().id(), learner.email().toUpperCase(), "");
        assertEquals(202, invited.status(), invited::toString);
        assertEquals("INVITED", invited.json().getString("outcome"));
        JsonObject invitation = invited.json().getJsonObject("invitation");
        assertEquals("PENDING", invitation.getString("status"));
        assertEquals(learner.email(), invitation.getString("email"));
        assertFalse(invited.body().contains(learner.id()) || invited.body().contains("Test LEARNER"), "nothing of the account: " + invited);
        String id = invitation.getString("id");

        // until it accepts, organisation B sees the pending invitation and nothing else
        assertError(404, http.get("api/v1/accounts/" + learner.id(), tenants.b().adminToken()));
        assertError(404, http.put("api/v1/accounts/" + learner.id(), tenants.b().adminToken(),
                "{\"email\":" + q(learner.email()) + ",\"displayName\":\"Captured\"}"));
        assertError(404, http.get(profile, tenants.b().adminToken()));
        assertError(404, http.put(profile, tenants.b().adminToken(), "{\"type\":\"PARTICULIER\"}"));
        assertFalse(http.get("api/v1/accounts?organisation=" + tenants.b().id(), tenants.b().adminToken()).body().contains(learner.id()));
        var pending = http.get("api/v1/invitations?organisation=" + tenants.b().id(), tenants.b().adminToken());
        assertEquals(200, pending.status(), pending::toString);
        assertTrue(pending.body().contains(id) && !pending.body().contains(learner.id()), pending::toString);
        assertError(404, http.get("api/v1/invitations?organisation=" + tenants.b().id(), tenants.a().adminToken()));
        assertError(403, http.get("api/v1/invitations?organisation=" + tenants.b().id(), tenants.b().learnerToken()));
        assertEquals(202, invite(tenants.b().adminToken(), tenants.b().id(), learner.email(), "").status(), "asking again: the same invitation");
        assertEquals(id, invite(tenants.b().adminToken(), tenants.b().id(), learner.email(), "").json().getJsonObject("invitation").getString("id"));

        // only the person answers
        assertError(403, http.post("api/v1/invitations/" + id + "/acceptance", tenants.b().adminToken(), ""));
        assertError(404, http.post("api/v1/invitations/" + id + "/acceptance", tenants.a().adminToken(), ""));
        assertError(404, http.post("api/v1/invitations/" + id + "/acceptance", tenants.b().learnerToken(), ""));
        var mine = http.get("api/v1/accounts/me/invitations", learner.token());
        assertEquals(200, mine.status(), mine::toString);
        assertTrue(mine.body().contains(id), mine::toString);
        var accepted = http.post("api/v1/invitations/" + id + "/acceptance", learner.token(), "");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.json().getString("status"));
        assertError(409, http.post("api/v1/invitations/" + id + "/acceptance", learner.token(), ""));

        // then a member of B: read, enrolled, listed; but its identity and profile stay the person's own (it belongs to A too)
        assertEquals(200, http.get("api/v1/accounts/" + learner.id(), tenants.b().adminToken()).status());
        assertTrue(http.get("api/v1/accounts?organisation=" + tenants.b().id(), tenants.b().adminToken()).body().contains(learner.id()));
        var rename = http.put("api/v1/accounts/" + learner.id(), tenants.b().adminToken(),
                "{\"email\":" + q(learner.email()) + ",\"displayName\":\"Renamed by B\"}");
        assertError(403, rename);
        assertTrue(rename.json().getString("message").contains("appartient aussi"), rename::toString);
        assertError(403, http.put("api/v1/accounts/" + learner.id(), tenants.b().adminToken(),
                "{\"email\":" + q(Fixtures.email("moved")) + ",\"displayName\":\"Test LEARNER\"}"));
        assertEquals(200, http.get(profile, tenants.b().adminToken()).status());
        assertError(403, http.put(profile, tenants.b().adminToken(), "{\"type\":\"PARTICULIER\"}"));
        assertError(403, http.post(profile + "/mandates", tenants.b().adminToken(),
                "{\"type\":\"ADJOINT\",\"collectivite\":\"Commune B\",\"start\":\"2026-03-23\"}"));
        assertEquals("Test LEARNER", http.get("api/v1/accounts/me", learner.token()).json().getString("displayName"));
        // B may not reach further without consent: a role in another organisation of B's is an invitation too
        String childOfB = createOrganisation(tenants.b().adminToken(), Fixtures.unique("Commune membre de B"), tenants.b().id()).getString("id");
        assertError(403, http.put("api/v1/accounts/" + learner.id(), tenants.b().adminToken(), "{\"email\":" + q(learner.email())
                + ",\"displayName\":\"Test LEARNER\",\"roles\":[{\"organisationId\":" + q(tenants.b().id()) + ",\"role\":\"LEARNER\"},"
                + "{\"organisationId\":" + q(childOfB) + ",\"role\":\"TRAINER\"}]}"));
        assertEquals(200, http.put("api/v1/accounts/" + learner.id(), tenants.b().adminToken(), "{\"email\":" + q(learner.email())
                + ",\"displayName\":\"Test LEARNER\",\"roles\":[{\"organisationId\":" + q(tenants.b().id()) + ",\"role\":\"TRAINER\"}]}").status(),
                "its roles in B are B's to change");
        var again = invite(tenants.b().adminToken(), tenants.b().id(), learner.email(), "");
        assertEquals(200, again.status(), again::toString);
        assertEquals("GRANTED", again.json().getString("outcome"), "a member already: the role is given");

        // the person was told by e-mail, with no secret in it
        List<MimeMessage> mails = mailsTo(learner.email());
        assertEquals(1, mails.size(), "one e-mail for one invitation");
        String body = mails.get(0).getContent().toString();
        assertTrue(mails.get(0).getSubject().contains("Commune B"), mails.get(0).getSubject());
        assertTrue(body.contains("/account/index.xhtml") && !body.contains(id), body);
    }

    @Test
    void anInvitationDeclinedCancelledOrExpiredGrantsNothing() throws Exception {
        var declining = learnerOfA("declining");
        String declined = invite(tenants.b().adminToken(), tenants.b().id(), declining.email(), "").json().getJsonObject("invitation").getString("id");
        var decline = http.post("api/v1/invitations/" + declined + "/refusal", declining.token(), "");
        assertEquals(200, decline.status(), decline::toString);
        assertEquals("DECLINED", decline.json().getString("status"));
        assertError(409, http.post("api/v1/invitations/" + declined + "/acceptance", declining.token(), ""));
        assertError(404, http.get("api/v1/accounts/" + declining.id(), tenants.b().adminToken()));
        assertTrue(http.get("api/v1/invitations?organisation=" + tenants.b().id() + "&status=DECLINED", tenants.b().adminToken()).body().contains(declined));

        var cancelled = learnerOfA("cancelled");
        String withdrawn = invite(tenants.b().adminToken(), tenants.b().id(), cancelled.email(), "").json().getJsonObject("invitation").getString("id");
        assertError(403, http.post("api/v1/invitations/" + withdrawn + "/cancellation", cancelled.token(), ""));
        assertError(404, http.post("api/v1/invitations/" + withdrawn + "/cancellation", tenants.a().adminToken(), ""));
        var cancel = http.post("api/v1/invitations/" + withdrawn + "/cancellation", tenants.b().adminToken(), "");
        assertEquals(200, cancel.status(), cancel::toString);
        assertEquals("CANCELLED", cancel.json().getString("status"));
        var late = http.post("api/v1/invitations/" + withdrawn + "/acceptance", cancelled.token(), "");
        assertError(409, late);
        assertTrue(late.json().getString("message").contains("annulée"), late::toString);
        assertError(404, http.get("api/v1/accounts/" + cancelled.id(), tenants.b().adminToken()));

        var expiring = learnerOfA("expiring");
        assertError(400, invite(tenants.b().adminToken(), tenants.b().id(), expiring.email(), ",\"expiresAt\":\"2020-01-01T00:00:00Z\""));
        String soon = java.time.Instant.now().plusSeconds(3).toString();
        var short_ = invite(tenants.b().adminToken(), tenants.b().id(), expiring.email(), ",\"expiresAt\":" + q(soon));
        assertEquals(202, short_.status(), short_::toString);
        String lapsing = short_.json().getJsonObject("invitation").getString("id");
        Http.Response answer = null;
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            Thread.sleep(500);
            if ("EXPIRED".equals(http.get("api/v1/invitations/" + lapsing, expiring.token()).json().getString("status"))) {
                answer = http.post("api/v1/invitations/" + lapsing + "/acceptance", expiring.token(), "");
                break;
            }
        }
        assertNotNull(answer, "the invitation expired");
        assertError(409, answer);
        assertTrue(answer.json().getString("message").contains("expiré"), answer::toString);
        assertError(404, http.get("api/v1/accounts/" + expiring.id(), tenants.b().adminToken()));
        assertTrue(http.get("api/v1/invitations?organisation=" + tenants.b().id() + "&status=EXPIRED", tenants.b().adminToken()).body().contains(lapsing));
        assertError(400, http.get("api/v1/invitations?organisation=" + tenants.b().id() + "&status=LOST", tenants.b().adminToken()));
    }

    @Test
    void aNewAddressStillCreatesTheAccountTheOrganisationVouchesFor() {
        String email = Fixtures.email("new-member");
        var created = http.post("api/v1/organisations/" + tenants.a().id() + "/members", tenants.a().adminToken(), "{\"email\":" + q(email)
                + ",\"role\":\"LEARNER\",\"displayName\":\"Nouvelle Personne\",\"password\":\"Nouvelle-personne-2026\"}");
        assertEquals(201, created.status(), created::toString);
        assertEquals("CREATED", created.json().getString("outcome"));
        assertEquals("Nouvelle Personne", created.json().getJsonObject("account").getString("displayName"));
        assertError(400, http.post("api/v1/organisations/" + tenants.a().id() + "/members", tenants.a().adminToken(),
                "{\"email\":" + q(Fixtures.email("no-password")) + ",\"role\":\"LEARNER\",\"displayName\":\"X\"}"));
        assertError(404, http.post("api/v1/organisations/" + tenants.b().id() + "/members", tenants.a().adminToken(),
                "{\"email\":" + q(email) + ",\"role\":\"LEARNER\"}"));
        assertError(403, http.post("api/v1/organisations/" + tenants.a().id() + "/members", tenants.a().learnerToken(),
                "{\"email\":" + q(email) + ",\"role\":\"LEARNER\"}"));
        assertError(400, http.post("api/v1/organisations/" + tenants.a().id() + "/members", tenants.a().adminToken(), "{\"email\":\"nope\"}"));
    }

    @Test
    void aLearnerAsksForANewNameAndOnlyAnAdministratorOfItsOrganisationDecides() {
        var learner = learnerOfA("renamed");
        assertError(400, http.post("api/v1/accounts/me/name-requests", learner.token(), "{\"requestedName\":\"   \"}"));
        assertError(400, http.post("api/v1/accounts/me/name-requests", learner.token(), "{\"requestedName\":\"Test  LEARNER\"}"));
        assertError(400, http.post("api/v1/accounts/me/name-requests", learner.token(), "{\"requestedName\":" + q("x".repeat(201)) + "}"));
        assertError(400, http.post("api/v1/accounts/me/name-requests", learner.token(), "{\"requestedName\":\"Bad\\u0000Name\"}"));
        var asked = http.post("api/v1/accounts/me/name-requests", learner.token(), "{\"requestedName\":\"Camille Nouveau\",\"reason\":\"Mariage\"}");
        assertEquals(201, asked.status(), asked::toString);
        assertEquals("PENDING", asked.json().getString("status"));
        assertEquals("Test LEARNER", asked.json().getString("previousName"));
        String id = asked.json().getString("id");
        assertError(409, http.post("api/v1/accounts/me/name-requests", learner.token(), "{\"requestedName\":\"Autre Nom\"}"));

        assertError(403, http.post("api/v1/name-requests/" + id + "/acceptance", learner.token(), ""));
        assertError(404, http.post("api/v1/name-requests/" + id + "/acceptance", tenants.b().adminToken(), ""));
        assertError(404, http.get("api/v1/name-requests/" + id, tenants.b().adminToken()));
        assertError(404, http.get("api/v1/name-requests?organisation=" + tenants.a().id(), tenants.b().adminToken()));
        assertError(403, http.get("api/v1/name-requests", tenants.a().learnerToken()));
        assertFalse(http.get("api/v1/name-requests", tenants.b().adminToken()).body().contains(id));
        assertEquals("Test LEARNER", http.get("api/v1/accounts/me", learner.token()).json().getString("displayName"), "not before a decision");
        var listed = http.get("api/v1/name-requests?organisation=" + tenants.a().id(), tenants.a().adminToken());
        assertEquals(200, listed.status(), listed::toString);
        assertTrue(listed.body().contains(id), listed::toString);

        var accepted = http.post("api/v1/name-requests/" + id + "/acceptance", tenants.a().adminToken(), "{\"note\":\"Livret de famille vu\"}");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.json().getString("status"));
        assertEquals("Test ORG_ADMIN", accepted.json().getString("decidedBy"));
        assertNotNull(accepted.json().getString("decidedAt"));
        assertEquals("Camille Nouveau", http.get("api/v1/accounts/me", learner.token()).json().getString("displayName"));
        assertError(409, http.post("api/v1/name-requests/" + id + "/refusal", tenants.a().adminToken(), ""));

        String refused = http.post("api/v1/accounts/me/name-requests", learner.token(), "{\"requestedName\":\"Nom Refusé\"}").json().getString("id");
        var refusal = http.post("api/v1/name-requests/" + refused + "/refusal", tenants.a().adminToken(), "{\"note\":\"Aucun justificatif\"}");
        assertEquals("REFUSED", refusal.json().getString("status"), refusal::toString);
        assertEquals("Camille Nouveau", http.get("api/v1/accounts/me", learner.token()).json().getString("displayName"));
        String withdrawn = http.post("api/v1/accounts/me/name-requests", learner.token(), "{\"requestedName\":\"Nom Retiré\"}").json().getString("id");
        assertError(403, http.post("api/v1/name-requests/" + withdrawn + "/withdrawal", tenants.a().adminToken(), ""));
        assertEquals("WITHDRAWN", http.post("api/v1/name-requests/" + withdrawn + "/withdrawal", learner.token(), "").json().getString("status"));
        var history = http.get("api/v1/accounts/me/name-requests", learner.token());
        assertEquals(3, history.array().size(), history::toString);
        assertTrue(http.get("api/v1/name-requests?organisation=" + tenants.a().id() + "&status=all", tenants.a().adminToken()).body()
                .contains(refused), "decisions are kept");
        assertError(400, http.get("api/v1/name-requests?status=LOST", tenants.a().adminToken()));
    }

    // Operations

    @Test
    void migrationsBroughtTheEmptyDatabaseToTheLatestVersion() throws IOException {
        var ready = http.send(HttpRequest.newBuilder(http.root("health/ready")).GET());
        assertEquals(200, ready.status(), ready::toString);
        JsonObject check = ready.json().getJsonArray("checks").getJsonObject(0);
        assertEquals("UP", check.getString("status"));
        JsonObject data = check.getJsonObject("data");
        assertEquals(latestMigration(), data.getString("schemaVersion"));
        assertEquals("0", data.get("pendingMigrations").toString().replace("\"", ""));
    }

    /** /metrics, which is not public, is checked by WebIT: Payara serves it inside the application only at the root context. */
    @Test
    void livenessAndOpenApiAreServed() {
        assertEquals(200, http.send(HttpRequest.newBuilder(http.root("health/live")).GET()).status());
        var openapi = http.send(HttpRequest.newBuilder(http.root("openapi")).GET());
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/organisations"), openapi::toString);
    }

    private String latestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Integer::compare)
                    .map(String::valueOf).orElseThrow();
        }
    }

    // Request bodies

    @Test
    void aTwentyMegabyteApiBodyIsRefusedBeforeItIsReadAndAChunkedOneAtItsLimit() {
        long mb = 1024L * 1024;
        var declared = http.rawPost("api/v1/organisations", java.util.Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + tenants.platformToken()), 20 * mb, false);
        assertEquals(413, declared.status(), declared::toString);
        assertEquals(Http.RAW_FIRST_PART, declared.sentWhenAnswered(), "answered before the client sent more than its first part");
        assertEquals("close", declared.header("Connection"));
        assertTrue(declared.body().contains("\"status\":413") && declared.body().contains("au plus 1 Mo"), declared.body());

        var anonymous = http.rawPost("api/v1/verifications", java.util.Map.of("Content-Type", "text/csv", "Accept-Language", "en"), 20 * mb, false);
        assertEquals(413, anonymous.status(), "refused before anyone is asked who they are: " + anonymous);
        assertTrue(anonymous.body().contains("at most 2 MB"), anonymous.body());

        // Without a length, a body read whole (the bulk verification's CSV) is counted as it is read and stops at its limit.
        var chunked = http.rawPost("api/v1/verifications", java.util.Map.of("Content-Type", "text/csv",
                "Authorization", "Bearer " + tenants.platformToken()), 20 * mb, true);
        assertEquals(413, chunked.status(), chunked::toString);
        assertTrue(chunked.sentWhenAnswered() < 20 * mb, "stopped at the limit, not at the end: " + chunked.sentWhenAnswered());
        assertTrue(chunked.body().contains("\"status\":413") && chunked.body().contains("au plus 2 Mo"), chunked.body());
        assertEquals("close", chunked.header("Connection"));
        assertFalse(Http.hasStackTrace(chunked.body()));

        assertEquals(200, http.get("api/v1/organisations", tenants.platformToken()).status(), "the server stays healthy");
        assertEquals(200, http.send(HttpRequest.newBuilder(http.root("health/ready")).GET()).status());
    }
}
