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

/** The web tier over plain HTTP: the login form, page protection by role, error pages, language. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
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
}
