package fr.socle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.HttpCookie;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web tier over plain HTTP: the login form, page protection by role, error pages, language, the headers of every
 * answer, request body limits, and who reads /metrics. Deployed at the root context, as start.sh and the Docker image
 * deploy Socle: Payara then serves /metrics and /health inside the application.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");
    private static final long MB = 1024L * 1024;
    /** Set in pom.xml (failsafe environment). */
    private static final String SCRAPE_TOKEN = "metrics-scrape-token-for-the-tests";

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war"))));
    }

    @ArquillianResource
    URL base;

    /** Submits the login form as a browser would; returns the answer to the POST. */
    private Http.Response login(Http browser, String email, String password) {
        var page = browser.get("login.xhtml", null);
        assertEquals(200, page.status(), page::toString);
        Matcher m = VIEW_STATE.matcher(page.body());
        assertTrue(m.find(), "the login page has a view state");
        return browser.form("login.xhtml", Map.of("login", "login", "login:email", email, "login:password", password,
                "login:submit", "", "jakarta.faces.ViewState", m.group(1)));
    }

    private static String sessionId(Http.Response r) {
        String cookie = r.header("Set-Cookie");
        return cookie == null ? null : HttpCookie.parse(cookie).get(0).getValue();
    }

    @Test
    void protectedPagesSendAnonymousVisitorsToTheLoginPage() {
        var http = new Http(base, true);
        for (String page : new String[] {"admin/organisations.xhtml", "teach/index.xhtml", "learn/index.xhtml",
                "registrar/index.xhtml", "account/index.xhtml"}) {
            var r = http.get(page, null);
            assertEquals(302, r.status(), page + ": " + r);
            assertTrue(r.header("Location").contains("login.xhtml"), r.header("Location"));
        }
        assertEquals(200, http.get("verify/index.xhtml", null).status(), "verification is public");
    }

    @Test
    void aWrongPasswordShowsAMessageInFrench() {
        var http = new Http(base, true);
        var r = login(http, Http.ADMIN_EMAIL, "not-the-right-password");
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.body().contains("Adresse électronique ou mot de passe incorrect."), r.body());
        assertEquals(302, http.get("admin/organisations.xhtml", null).status(), "still anonymous");
    }

    @Test
    void signingInOpensTheAdminPagesWithANewSessionIdAndSigningOutClosesThem() {
        var http = new Http(base, true);
        var first = http.get("admin/organisations.xhtml", null);
        assertEquals(302, first.status());
        var page = http.get("login.xhtml", null);
        String before = sessionId(page) != null ? sessionId(page) : sessionId(first);
        Matcher m = VIEW_STATE.matcher(page.body());
        assertTrue(m.find());
        var r = http.form("login.xhtml", Map.of("login", "login", "login:email", Http.ADMIN_EMAIL,
                "login:password", Http.ADMIN_PASSWORD, "login:submit", "", "jakarta.faces.ViewState", m.group(1)));
        assertEquals(302, r.status(), r::toString);
        assertTrue(r.header("Location").contains("admin/organisations.xhtml"), "back to the page first asked: " + r.header("Location"));
        String after = sessionId(r);
        assertNotNull(after, "a new session cookie at sign-in");
        assertNotEquals(before, after, "session fixation: the id changes at sign-in");

        var admin = http.get("admin/organisations.xhtml", null);
        assertEquals(200, admin.status(), admin::toString);
        assertTrue(admin.body().contains("Organisations que vous pouvez consulter"));

        Matcher logoutState = VIEW_STATE.matcher(admin.body());
        assertTrue(logoutState.find());
        var out = http.form("admin/organisations.xhtml", Map.of("session", "session", "session:logout", "Se déconnecter",
                "jakarta.faces.ViewState", logoutState.group(1)));
        assertEquals(302, out.status(), out::toString);
        assertEquals(302, http.get("admin/organisations.xhtml", null).status(), "signed out");
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndTheTokensButNotTheSessionThatMadeIt() {
        var api = new Http(base);
        String platform = api.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        String org = api.newOrganisation(platform, "Commune du mot de passe", "COMMUNE");
        String email = api.newAccount(platform, org, "LEARNER", "Camille Passe").getString("email");
        String password = Http.passwordOf(email);
        String token = api.token(email, password);
        var mine = new Http(base, true);
        var other = new Http(base, true);
        assertEquals(302, login(mine, email, password).status());
        assertEquals(302, login(other, email, password).status());
        assertEquals(200, other.get("account/index.xhtml", null).status());

        var page = mine.get("account/index.xhtml", null);
        Matcher m = VIEW_STATE.matcher(page.body());
        assertTrue(m.find(), page::body);
        var changed = mine.form("account/index.xhtml", Map.of("password", "password", "password:current", password,
                "password:new", "A-new-password-2026", "password:change", "", "jakarta.faces.ViewState", m.group(1)));
        assertEquals(200, changed.status(), changed::toString);
        assertTrue(changed.body().contains("Vos autres sessions ont été fermées"), changed::body);
        assertTrue(changed.raw().headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")),
                "the changing session gets a new id: " + changed.raw().headers());

        assertEquals(200, mine.get("account/index.xhtml", null).status(), "the session that made the change goes on");
        var ended = other.get("account/index.xhtml", null);
        assertEquals(302, ended.status(), "the other session is over: " + ended);
        assertTrue(ended.header("Location").contains("login.xhtml?ended=true"), ended.header("Location"));
        assertTrue(other.get("login.xhtml?ended=true", null).body().contains("le mot de passe du compte a changé"));
        assertEquals(302, other.get("account/index.xhtml", null).status(), "and stays signed out");
        assertEquals(401, api.get("api/v1/accounts/me", token).status(), "the API token is revoked");
        assertEquals(302, login(new Http(base, true), email, "A-new-password-2026").status(), "the new password signs in");
    }

    @Test
    void repeatedFailuresOnTheLoginPageAnswer429WithAFrenchMessage() {
        Peer browser = new Peer(base, "127.0.0.21");
        Peer.Reply r = null;
        for (int i = 0; i < 30 && (r == null || r.status() == 200); i++) {
            var page = browser.get("login.xhtml", Map.of());
            Matcher m = VIEW_STATE.matcher(page.body());
            assertTrue(m.find(), page::body);
            r = browser.form("login.xhtml", Map.of("login", "login", "login:email", "someone-" + i + "@socle.test",
                    "login:password", "not-the-password", "login:submit", "", "jakarta.faces.ViewState", m.group(1)));
            if (r.status() == 200) {
                assertTrue(r.body().contains("Adresse électronique ou mot de passe incorrect."), r::body);
            }
        }
        assertEquals(429, r.status(), r::toString);
        assertTrue(Long.parseLong(r.header("Retry-After")) >= 1, r.header("Retry-After"));
        assertTrue(r.body().contains("Trop de tentatives de connexion"), r::body);
        assertFalse(Http.hasStackTrace(r.body()), r::body);
    }

    @Test
    void aLearnerIsRefusedTheAdminPagesWithTheCustom403Page() {
        var http = new Http(base, true);
        var r = login(http, "agent@socle.demo", Http.DEMO_PASSWORD);
        assertEquals(302, r.status(), r::toString);
        assertEquals(200, http.get("learn/index.xhtml", null).status());
        var admin = http.get("admin/organisations.xhtml", null);
        assertEquals(403, admin.status());
        assertTrue(admin.body().contains("Accès refusé"), admin.body());
        assertFalse(Http.hasStackTrace(admin.body()), admin::body);
    }

    @Test
    void myAccountShowsTheVouchedNameWithoutAFieldToChangeItAndTheInvitationsToAnswer() {
        var http = new Http(base, true);
        assertEquals(302, login(http, "agent@socle.demo", Http.DEMO_PASSWORD).status());
        var page = http.get("account/index.xhtml", null);
        assertEquals(200, page.status(), page::toString);
        String body = page.body();
        assertTrue(body.contains("<span id=\"my-name\">Léa Agent</span>"), "the name is shown as text");
        assertFalse(body.contains("name=\"profile:displayName\""), "no field to rename oneself");
        assertTrue(body.contains("name=\"nameRequest:requestedName\""), "a request for a new name instead");
        assertTrue(body.contains("Médiation Plus Formation") && body.contains("invitations:table"), "the demo invitation to answer");
        assertFalse(Http.hasStackTrace(body));
    }

    @Test
    void unknownPagesGetTheCustom404Page() {
        var r = new Http(base).get("no-such-page.xhtml", null);
        assertEquals(404, r.status());
        assertTrue(r.body().contains("Page introuvable"), r.body());
        assertFalse(Http.hasStackTrace(r.body()), r::body);
    }

    @Test
    void pagesAreFrenchByDefaultAndEnglishOnRequest() {
        var fr = new Http(base).get("index.xhtml", null);
        assertTrue(fr.body().contains("lang=\"fr\""));
        assertTrue(fr.body().contains("Bienvenue sur Socle"));
        var en = new Http(base).send(HttpRequest.newBuilder(new Http(base).uri("index.xhtml")).header("Accept-Language", "en-GB,en;q=0.9").GET());
        assertTrue(en.body().contains("lang=\"en\""));
        assertTrue(en.body().contains("Welcome to Socle"));
    }

    @Test
    void everyPageHasASkipLinkAndLandmarks() {
        var r = new Http(base).get("login.xhtml", null);
        assertTrue(r.body().contains("href=\"#content\""));
        assertTrue(r.body().contains("<main id=\"content\""));
        assertTrue(r.body().contains("<header"));
        assertTrue(r.body().contains("<nav"));
        assertTrue(r.body().contains("<footer"));
        assertTrue(r.body().contains("<label"), "form fields have labels");
    }

    // Headers

    private static Map<String, String> directives(String policy) {
        Map<String, String> all = new java.util.HashMap<>();
        for (String directive : policy.split(";")) {
            String[] parts = directive.strip().split(" ", 2);
            all.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return all;
    }

    @Test
    void pagesCarryOneContentSecurityPolicyWhoseNonceIsOnEveryScriptAndNoInlineHandler() {
        for (String page : new String[] {"login.xhtml", "catalogue/index.xhtml", "verify/index.xhtml", "no-such-page.xhtml"}) {
            var r = new Http(base).get(page, null);
            List<String> policies = r.raw().headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), page + ": one policy " + policies);
            Map<String, String> policy = directives(policies.get(0));
            Matcher nonce = Pattern.compile("^'self' 'nonce-([A-Za-z0-9+/=]+)'$").matcher(policy.get("script-src"));
            assertTrue(nonce.find(), page + ": scripts from Socle and with the page's nonce only: " + policies.get(0));
            assertEquals("'none'", policy.get("object-src"));
            assertEquals("'self'", policy.get("base-uri"));
            assertEquals("'self'", policy.get("frame-ancestors"));
            assertEquals("'self'", policy.get("form-action"));
            assertEquals("SAMEORIGIN", r.header("X-Frame-Options"));
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(r.body());
            int count = 0;
            while (scripts.find()) {
                count++;
                assertTrue(scripts.group().contains("nonce=\"" + nonce.group(1) + "\""), page + ": " + scripts.group());
            }
            assertTrue(count > 0, page + " has scripts");
            Matcher handler = Pattern.compile("<[^>]*\\son[a-z]+=\"[^>]*>").matcher(r.body());
            assertFalse(handler.find(), page + ": no inline event handler: " + (handler.hitEnd() ? "" : handler.group()));
        }
        var api = new Http(base).get("api/v1/programmes", null);
        assertEquals("'self'", directives(api.header("Content-Security-Policy")).get("script-src"), "the API's answers too");
    }

    @Test
    void overPlainHttpNeitherHstsNorSecureCookiesAndAForgedForwardedProtoChangesNothing() {
        for (boolean forged : new boolean[] {false, true}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(new Http(base).uri("login.xhtml")).GET();
            if (forged) {
                request.header("X-Forwarded-Proto", "https"); // this client is no trusted proxy (SOCLE_TRUSTED_PROXIES)
            }
            var r = new Http(base).send(request);
            assertEquals(200, r.status());
            assertEquals(null, r.header("Strict-Transport-Security"), "HSTS over HTTPS only");
            String cookie = r.header("Set-Cookie");
            assertNotNull(cookie, "the login page opens a session");
            assertFalse(cookie.toLowerCase(java.util.Locale.ROOT).contains("secure"), cookie);
            assertTrue(cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly"), cookie);
        }
    }

    @Test
    void aFormPostedWithoutScriptsStillWorksUnderThePolicy() {
        var http = new Http(base, true);
        var r = login(http, Http.ADMIN_EMAIL, "not-the-right-password"); // the form as posted by a browser without scripts: no nonce field
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.body().contains("Adresse électronique ou mot de passe incorrect."));
    }

    // Request bodies

    @Test
    void aTwentyMegabyteBodyToAPageIsRefusedBeforeItIsRead() {
        var http = new Http(base);
        for (String page : new String[] {"index.xhtml", "login.xhtml", "verify/index.xhtml"}) {
            long started = System.nanoTime();
            var r = http.rawPost(page, Map.of("Content-Type", "multipart/form-data; boundary=socle", "Accept-Language", "fr"), 20 * MB, false);
            assertEquals(413, r.status(), page + ": " + r);
            assertEquals(Http.RAW_FIRST_PART, r.sentWhenAnswered(), page + ": answered before the client sent more than its first part");
            assertTrue(System.nanoTime() - started < 10_000_000_000L, page + ": at once");
            assertEquals("close", r.header("Connection"), "the rest is never read");
            String limit = page.startsWith("verify/") ? "10 Mo" : "1 Mo";
            assertTrue(r.body().contains("Cette requête est trop volumineuse : cette adresse accepte au plus " + limit), page + ": " + r.body());
            assertTrue(r.body().contains("<html lang=\"fr\""), r.body());
            assertNotNull(r.header("Content-Security-Policy"), "a refusal carries the headers of every answer");
            assertFalse(Http.hasStackTrace(r.body()));
        }
        var english = http.rawPost("index.xhtml", Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept-Language", "en"), 20 * MB, false);
        assertTrue(english.body().contains("This request is too large: this address takes at most 1 MB."), english.body());

        var chunked = http.rawPost("verify/index.xhtml", Map.of("Content-Type", "multipart/form-data; boundary=socle"), 20 * MB, true);
        assertEquals(411, chunked.status(), "a page takes a body of a declared length only: " + chunked);
        assertTrue(chunked.body().contains("Content-Length"), chunked.body());

        assertEquals(200, http.get("index.xhtml", null).status(), "the server stays healthy");
        assertEquals(200, http.send(HttpRequest.newBuilder(http.root("health/ready")).GET()).status());
    }

    // Metrics

    private Http.Response metrics(Http http, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.root(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request);
    }

    @Test
    void metricsAreForPlatformAdministratorsAndTheScrapeTokenOnlyAndHealthStaysPublic() {
        var http = new Http(base);
        for (String path : new String[] {"metrics", "metrics/", "metrics/base", "metrics?scope=application"}) {
            var anonymous = metrics(http, path, null);
            assertEquals(401, anonymous.status(), path + ": " + anonymous);
            assertTrue(anonymous.header("WWW-Authenticate").startsWith("Bearer"), anonymous.header("WWW-Authenticate"));
            assertTrue(anonymous.json().getString("message").contains("réservées aux administrateurs de la plateforme"), anonymous::toString);
        }
        assertEquals(401, metrics(http, "metrics", "Bearer sk_not-a-token").status(), "an unknown token");
        assertEquals(401, metrics(http, "metrics", "Bearer " + SCRAPE_TOKEN + "x").status(), "not quite the scrape token");
        assertEquals(401, metrics(http, "metrics", Http.basic(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD)).status(), "no password here");

        var learner = metrics(http, "metrics", "Bearer " + http.token("agent@socle.demo", Http.DEMO_PASSWORD));
        assertEquals(403, learner.status(), learner::toString);
        var orgAdmin = metrics(http, "metrics", "Bearer " + http.token("of@socle.demo", Http.DEMO_PASSWORD));
        assertEquals(403, orgAdmin.status(), "an organisation's administrator is no platform administrator");

        var admin = metrics(http, "metrics", "Bearer " + http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD));
        assertEquals(200, admin.status(), admin::toString);
        assertTrue(admin.body().contains("# TYPE"), "OpenMetrics text");
        var scraper = metrics(http, "metrics", "Bearer " + SCRAPE_TOKEN);
        assertEquals(200, scraper.status(), scraper::toString);
        assertTrue(scraper.body().contains("# TYPE"));

        var learnerSession = new Http(base, true);
        assertEquals(302, login(learnerSession, "agent@socle.demo", Http.DEMO_PASSWORD).status());
        assertEquals(403, metrics(learnerSession, "metrics", null).status(), "a signed-in learner");
        var adminSession = new Http(base, true);
        assertEquals(302, login(adminSession, Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD).status());
        assertEquals(200, metrics(adminSession, "metrics", null).status(), "a signed-in platform administrator");

        for (String health : new String[] {"health/live", "health/ready"}) {
            assertEquals(200, http.send(HttpRequest.newBuilder(http.root(health)).GET()).status(), health + " is public");
        }
    }
}
