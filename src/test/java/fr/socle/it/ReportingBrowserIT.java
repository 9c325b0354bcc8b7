package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The progress pages in headless Chromium, as the demo trainer and the demo training body's
 * administrator: the cohort grid with its totals and learners at risk, and the organisation's
 * progress with its charts and their tables; both pass axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportingBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** A session of the demo training body with two learners: one passed the quiz, one failed it. */
    private String session(Http http) throws Exception {
        String platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        String trainer = http.token("formateur@socle.demo", Http.DEMO_PASSWORD);
        // The demo trainer trains at the training body and at a commune: the training body's sessions here.
        String org = http.get("api/v1/accounts/me", trainer).json().getJsonArray("roles").stream().map(JsonValue::asJsonObject)
                .filter(r -> "Médiation Plus Formation".equals(r.getString("organisationName"))).findFirst().orElseThrow()
                .getString("organisationId");
        String code = "RB-" + Fixtures.unique("X").substring(2).toUpperCase();
        var imported = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import?organisation=" + org))
                .header("Authorization", "Bearer " + trainer).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(CatalogueIT.zip(ReportingIT.course(code)))));
        assertEquals(201, imported.status(), imported::toString);
        var created = http.post("api/v1/sessions", trainer, "{\"organisationId\":" + q(org) + ",\"programme\":" + q(code)
                + ",\"title\":\"Session " + code + "\",\"capacity\":10}");
        assertEquals(201, created.status(), created::toString);
        String session = created.json().getString("id");
        for (String answer : List.of("true", "false")) {
            String email = Fixtures.email("apprenant");
            var account = http.post("api/v1/accounts", platform, "{\"email\":" + q(email) + ",\"displayName\":" + q("Apprenant " + answer)
                    + ",\"password\":" + q("Password-" + email) + ",\"roles\":[{\"organisationId\":" + q(org) + ",\"role\":\"LEARNER\"}]}");
            assertEquals(201, account.status(), account::toString);
            String learner = http.token(email, "Password-" + email);
            JsonObject enrolment = http.post("api/v1/enrolments", learner, "{\"programme\":" + q(code) + "}").json();
            String id = enrolment.getString("id");
            assertEquals(200, http.post("api/v1/sessions/" + session + "/learners", trainer, "{\"enrolmentId\":" + q(id) + "}").status());
            var activities = enrolment.getJsonArray("modules").getJsonObject(0).getJsonArray("activities");
            assertEquals(200, http.post("api/v1/enrolments/" + id + "/activities/" + activities.getJsonObject(0).getString("id") + "/done", learner, "").status());
            assertEquals(201, http.post("api/v1/enrolments/" + id + "/quizzes/" + activities.getJsonObject(1).getString("id") + "/attempts", learner,
                    "[{\"trueFalse\":" + answer + "}]").status());
        }
        return session;
    }

    private void shot(String name) {
        new Pages(browser, base).shot(name);
    }

    private String text(String id) {
        return new Pages(browser, base).text(id);
    }

    private void signIn(String email) {
        new Pages(browser, base).signIn(email, Http.DEMO_PASSWORD);
    }

    @Test
    void theTrainerSeesTheCohortGridItsTotalsAndTheLearnerAtRisk() throws Exception {
        String session = session(new Http(base));
        browser = Browser.start();
        signIn("formateur@socle.demo");
        String page = base + "teach/cohort.xhtml?session=" + session;
        List<String> problems = Accessibility.violations(browser, page);
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        shot("cohort");
        String grid = text("grid");
        assertTrue(grid.contains("M1 – Premier module") && grid.contains("M2 – Second module"), grid);
        assertTrue(grid.contains("Apprenant true") && grid.contains("Apprenant false"), grid);
        assertTrue(grid.contains("Terminé · quiz 100 % · 0 h 40"), "status in words: " + grid);
        assertTrue(grid.contains("En cours · quiz 0 %"), grid);
        assertTrue(grid.contains("Pas commencé"), grid);
        assertEquals("1 h 10", text("session-hours"), "40 and 30 minutes of the ledger");
        assertTrue(grid.contains("1 terminé(s), 1 en cours · 1 h 10"), "the totals row: " + grid);

        String risks = text("risks");
        assertTrue(risks.contains("Apprenant false") && risks.contains("Quiz « Un quiz » (M1) échoué : meilleur score 0 %, 1 tentative(s)"), risks);
        assertFalse(risks.contains("Apprenant true"), risks);

        browser.findElement(By.id("days")).clear();
        browser.findElement(By.id("days")).sendKeys("0");
        browser.findElement(By.cssSelector("form.socle-search button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("days=0"));
        assertTrue(text("risks").contains("Aucune activité depuis 0 jour(s)"), text("risks"));

        browser.get(base + "teach/cohort.xhtml?session=nope");
        assertTrue(browser.getPageSource().contains("404") || browser.getTitle().contains("introuvable"), browser.getTitle());
    }

    /** The positioning form of one learner on the cohort page. */
    private org.openqa.selenium.WebElement positioningForm(String learner) {
        return browser.findElement(By.xpath("//form[contains(@class,'socle-positioning')][.//strong[text()='" + learner + "']]"));
    }

    @Test
    void theTrainerRecordsEachLearnersPositioningAtEntryOnTheCohortPage() throws Exception {
        Http http = new Http(base);
        String session = session(http);
        browser = Browser.start();
        signIn("formateur@socle.demo");
        String page = base + "teach/cohort.xhtml?session=" + session;
        List<String> problems = Accessibility.violations(browser, page);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        Pages pages = new Pages(browser, base);
        assertTrue(positioningForm("Apprenant true").getText().contains("Pas encore positionné·e"));

        // a blank result is refused, said in French, and the page still shows the session
        var blank = positioningForm("Apprenant false");
        blank.findElement(By.tagName("textarea")).clear();
        pages.submit(blank.findElement(By.cssSelector("input[type=submit]")));
        shot("cohort-positioning-refused");
        assertTrue(pages.messages().contains("Le résultat du positionnement est obligatoire"), pages.messages());
        assertTrue(text("grid").contains("Apprenant false"), "the page still shows the session");

        var form = positioningForm("Apprenant true");
        WebElement field = form.findElement(By.tagName("textarea"));
        assertEquals(1, browser.findElements(By.cssSelector("label[for='" + field.getAttribute("id") + "']")).size(), "a label");
        field.clear();
        field.sendKeys("Niveau 2 sur 4 – à l’aise avec la messagerie");
        pages.submit(form.findElement(By.cssSelector("input[type=submit]")));
        shot("cohort-positioning");
        assertTrue(pages.messages().contains("Positionnement enregistré pour Apprenant true"), pages.messages());
        assertTrue(positioningForm("Apprenant true").getText().contains("Positionnement enregistré"));
        String author = positioningForm("Apprenant true").findElement(By.cssSelector(".positioning-author")).getText();
        assertTrue(author.matches("· le .+ par formateur@socle\\.demo"), "who recorded it and when: " + author);
        assertEquals("Niveau 2 sur 4 – à l’aise avec la messagerie",
                positioningForm("Apprenant true").findElement(By.tagName("textarea")).getAttribute("value"));
        assertTrue(positioningForm("Apprenant false").getText().contains("Pas encore positionné·e"));

        String trainer = http.token("formateur@socle.demo", Http.DEMO_PASSWORD);
        String enrolment = http.get("api/v1/sessions/" + session + "/cohort", trainer).json().getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("learner").equals("Apprenant true")).findFirst().orElseThrow()
                .getString("enrolmentId");
        assertEquals("Niveau 2 sur 4 – à l’aise avec la messagerie", http.get("api/v1/enrolments/" + enrolment, trainer).json().getString("positioning"));
    }

    @Test
    void theTrainingBodysAdministratorSeesItsPeoplesProgressAsChartsAndTables() throws Exception {
        session(new Http(base));
        browser = Browser.start();
        signIn("of@socle.demo");
        browser.get(base + "admin/organisations.xhtml");
        browser.findElement(By.id("progress")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("admin/progress.xhtml"));
        List<String> problems = Accessibility.violations(browser, browser.getCurrentUrl());
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Médiation Plus Formation"));
        Thread.sleep(1000);
        shot("progress");
        for (String chart : List.of("status-chart", "programme-chart", "profile-chart", "month-chart")) {
            assertFalse(browser.findElements(By.cssSelector("#" + chart + " canvas[role='img'][aria-label]")).isEmpty(), chart + " drawn");
        }
        String byStatus = text("by-status");
        assertTrue(byStatus.contains("En formation") && byStatus.contains("Terminé"), byStatus);
        assertTrue(text("by-programme").contains("RB-"), text("by-programme"));
        assertTrue(text("by-profile").contains("Profil non renseigné"), text("by-profile"));
        assertFalse(text("organisation-hours").isBlank());
        assertTrue(text("sources").contains("Activités suivies"), text("sources"));
        assertFalse(text("by-month").contains("Aucune donnée"), text("by-month"));
    }
}
