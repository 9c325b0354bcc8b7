package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In Chromium: a trainer puts the default surveys in place; a learner who completed the programme
 * answers the hot one (ratings and a comment) and reports a difficulty; the trainer reads the result;
 * the training body of the demo shows its log and its action. Every page passes axe (WCAG 2.1 AA).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
    }

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aLearnerAnswersTheHotSurveyAndReportsADifficultyInTheBrowser() throws Exception {
        Http http = new Http(base);
        String platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        String org = http.newOrganisation(platform, "Organisme navigateur", "ORGANISME_DE_FORMATION");
        var trainer = http.newSignedIn(platform, org, "TRAINER", "Formatrice navigatrice");
        var learner = http.newSignedIn(platform, org, "LEARNER", "Apprenante navigatrice");
        String code = "FBB-" + Fixtures.unique("X").substring(2).toUpperCase();
        var imported = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import?organisation=" + org))
                .header("Authorization", "Bearer " + trainer.token()).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(CatalogueIT.zip(CertificationIT.course(code)))));
        assertEquals(201, imported.status(), imported::toString);
        var enrolled = http.post("api/v1/enrolments", learner.token(), "{\"programme\":" + q(code) + "}");
        assertEquals(201, enrolled.status(), enrolled::toString);
        String enrolment = enrolled.json().getString("id");
        JsonArray activities = http.get("api/v1/enrolments/" + enrolment, learner.token()).json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("activities");
        http.post("api/v1/enrolments/" + enrolment + "/activities/" + activities.getJsonObject(0).getString("id") + "/done", learner.token(), "");
        http.post("api/v1/enrolments/" + enrolment + "/quizzes/" + activities.getJsonObject(1).getString("id") + "/attempts", learner.token(),
                "[{\"trueFalse\":true}]");
        assertEquals("TERMINE", http.get("api/v1/enrolments/" + enrolment, learner.token()).json().getString("status"));
        List<String> problems = new ArrayList<>();

        // The trainer puts the default surveys in place.
        browser = Browser.start();
        Pages pages = new Pages(browser, base);
        pages.signIn(trainer.email(), Http.passwordOf(trainer.email()));
        pages.open("teach/index.xhtml");
        pages.submit(browser.findElement(By.id("my-feedback")));
        pages.submit("surveys:defaults");
        assertTrue(pages.messages().contains("questionnaires par défaut"), pages.messages());
        String surveys = pages.text("surveys:list");
        assertTrue(surveys.contains("Questionnaire de satisfaction à chaud") && surveys.contains("Questionnaire à froid"), surveys);
        browser.quit();

        // The learner answers the hot survey (the cold one is not due yet).
        browser = Browser.start();
        pages = new Pages(browser, base);
        pages.signIn(learner.email(), Http.passwordOf(learner.email()));
        pages.open("learn/index.xhtml");
        pages.submit(browser.findElement(By.id("my-surveys")));
        problems.addAll(Accessibility.violations(browser, browser.getCurrentUrl()));
        List<WebElement> due = browser.findElements(By.cssSelector("section.survey"));
        assertEquals(1, due.size(), () -> browser.findElement(By.tagName("main")).getText());
        assertTrue(due.get(0).getText().contains("Questionnaire de satisfaction à chaud"));
        List<WebElement> groups = due.get(0).findElements(By.cssSelector("fieldset.likert"));
        assertEquals(5, groups.size());
        int[] ratings = {5, 4, 4, 5, 5};
        for (int i = 0; i < groups.size(); i++) {
            groups.get(i).findElement(By.cssSelector("input[type=radio][value='" + ratings[i] + "']")).click();
        }
        due.get(0).findElement(By.tagName("textarea")).sendKeys("Formatrice très claire.");
        pages.submit(due.get(0).findElement(By.cssSelector("input.socle-submit")));
        assertTrue(pages.messages().contains("Merci"), pages.messages());
        assertTrue(browser.findElements(By.cssSelector("section.survey")).isEmpty());
        assertTrue(browser.findElement(By.id("no-survey")).isDisplayed());

        pages.type("report:subject", "Salle difficile d’accès");
        pages.type("report:description", "L’ascenseur était en panne le jour de la formation.");
        pages.submit("report:send");
        assertTrue(pages.messages().contains("transmis"), pages.messages());
        browser.quit();

        // What the trainer reads: one response, mean 4.60 (23 / 5), the comment; the report in the log.
        JsonObject hot = http.get("api/v1/surveys?organisation=" + org, trainer.token()).array().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("kind").equals("HOT")).findFirst().orElseThrow();
        JsonObject results = http.get("api/v1/surveys/" + hot.getString("id") + "/results", trainer.token()).json();
        assertEquals(1, results.getInt("responses"), results::toString);
        assertEquals("4.60", results.getJsonNumber("mean").bigDecimalValue().toPlainString());
        assertEquals("Formatrice très claire.", results.getJsonArray("questions").getJsonObject(5).getJsonArray("texts").getString(0));
        JsonObject filed = http.get("api/v1/complaints?organisation=" + org, trainer.token()).array().getJsonObject(0);
        assertEquals("FORMULAIRE", filed.getString("channel"));
        assertEquals("Apprenante navigatrice", filed.getString("author"));

        // The trainer's page lists the response with its score.
        browser = Browser.start();
        pages = new Pages(browser, base);
        pages.signIn(trainer.email(), Http.passwordOf(trainer.email()));
        pages.open("teach/feedback.xhtml");
        assertTrue(pages.text("responses").contains("4.60"), pages.text("responses"));
        problems.addAll(Accessibility.violations(browser, browser.getCurrentUrl()));
        browser.quit();

        // The demo training body: its log, with the closed complaint and the action it led to.
        browser = Browser.start();
        pages = new Pages(browser, base);
        pages.signIn("of@socle.demo", Http.DEMO_PASSWORD);
        pages.open("teach/feedback.xhtml");
        problems.addAll(Accessibility.violations(browser, browser.getCurrentUrl()));
        String log = pages.text("complaints:log");
        assertTrue(log.contains("Supports de cours difficiles à lire") && log.contains("Clôturée"), log);
        assertTrue(log.contains("Une séance de questions en fin de module") && log.contains("Ouverte"), log);
        String actions = pages.text("actions:list");
        assertTrue(actions.contains("Relire tous les supports") && actions.contains("Réalisée"), actions);
        pages.submit(browser.findElement(By.cssSelector("a[id$=':results']")));
        assertTrue(browser.findElement(By.id("results-title")).isDisplayed());
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }
}
