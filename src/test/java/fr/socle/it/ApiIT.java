package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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

    @Test
    void fiveFailedSignInsLockTheAccount() {
        String email = Fixtures.email("locked");
        createAccount(tenants.platformToken(), email, tenants.a().id(), "LEARNER");
        for (int i = 0; i < 5; i++) {
            var r = http.send(HttpRequest.newBuilder(http.uri("api/v1/tokens"))
                    .header("Authorization", Http.basic(email, "not-the-password"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertError(401, r);
        }
        var right = http.send(HttpRequest.newBuilder(http.uri("api/v1/tokens"))
                .header("Authorization", Http.basic(email, "Password-" + email))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertError(401, right);
        assertTrue(right.json().getString("message").contains("bloqué"), right::toString);
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

        String own = Fixtures.email("own");
        String ownId = createAccount(tenants.platformToken(), own, tenants.a().id(), "LEARNER").getString("id");
        var reset = http.put("api/v1/accounts/" + ownId, tenants.a().adminToken(),
                "{\"email\":" + q(own) + ",\"displayName\":\"Own\",\"password\":\"Reset-by-admin-2026\"}");
        assertEquals(200, reset.status(), reset::toString);
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
    void anAccountChangesItsOwnNameButNotItsRoles() {
        String email = Fixtures.email("self");
        String id = createAccount(tenants.platformToken(), email, tenants.a().id(), "LEARNER").getString("id");
        String token = http.token(email, "Password-" + email);
        var renamed = http.put("api/v1/accounts/" + id, token, "{\"email\":" + q(email) + ",\"displayName\":\"New name\"}");
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("New name", renamed.json().getString("displayName"));
        assertError(403, http.put("api/v1/accounts/" + id, token, "{\"email\":" + q(email)
                + ",\"displayName\":\"New name\",\"roles\":[{\"organisationId\":" + q(tenants.a().id()) + ",\"role\":\"ORG_ADMIN\"}]}"));
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
