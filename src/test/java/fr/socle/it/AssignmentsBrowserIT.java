package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.learning.control.SampleFiles;
import java.io.File;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** In headless Chromium: a learner hands in an assignment on its module page, a trainer grades it, the learner sees the grade. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentsBrowserIT {

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

    private Pages pages;

    private void submit(WebElement element) {
        pages.submit(element);
    }

    private void signIn(String email) {
        pages.signIn(email, "Password-" + email);
    }

    private void signOut() {
        pages.submit("session:logout");
    }

    private String messages() {
        return pages.messages();
    }

    private static String account(Http http, String platform, String org, String role, String name) {
        return http.newAccount(platform, org, role, name).getString("email");
    }

    @Test
    void aLearnerHandsInOnItsModulePageATrainerGradesItAndTheLearnerSeesTheGrade() throws Exception {
        Http http = new Http(base);
        String platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        var org = http.post("api/v1/organisations", platform, "{\"name\":" + q(Fixtures.unique("Organisme devoirs")) + ",\"kind\":\"ORGANISME_DE_FORMATION\"}");
        assertEquals(201, org.status(), org::toString);
        String orgId = org.json().getString("id");
        String learnerName = Fixtures.unique("Léa Devoir");
        String learner = account(http, platform, orgId, "LEARNER", learnerName);
        String trainer = account(http, platform, orgId, "TRAINER", "Alex Correcteur");
        String code = "DEVB-" + Fixtures.unique("X").substring(2).toUpperCase();
        var imported = http.send(HttpRequest.newBuilder(http.uri("api/v1/programmes/import")).header("Authorization", "Bearer " + platform)
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(CatalogueIT.zip(AssignmentsIT.course(code)))));
        assertEquals(201, imported.status(), imported::toString);
        var enrolled = http.post("api/v1/enrolments", http.token(learner, "Password-" + learner), "{\"programme\":" + q(code) + "}");
        assertEquals(201, enrolled.status(), enrolled::toString);
        String modulePage = base + "learn/module.xhtml?enrolment=" + enrolled.json().getString("id") + "&module=M1";

        Path folder = Files.createTempDirectory("socle-devoir");
        Path disguised = Files.write(folder.resolve("capture.pdf"), SampleFiles.image("png"));
        Path report = Files.write(folder.resolve("bilan-atelier.pdf"), SampleFiles.pdf());

        // The learner: a disguised file is refused in French, a real PDF is handed in.
        browser = Browser.start();
        pages = new Pages(browser, base);
        signIn(learner);
        browser.get(modulePage);
        assertTrue(browser.findElement(By.className("assignment-instructions")).getText().contains("Rédigez le bilan"));
        WebElement file = browser.findElement(By.cssSelector("input[type=file]"));
        assertEquals("Fichier à déposer", browser.findElement(By.cssSelector("label[for='" + file.getAttribute("id") + "']")).getText());
        file.sendKeys(disguised.toString());
        submit(browser.findElement(By.cssSelector("input[id$='hand:submit']")));
        assertTrue(messages().contains("ne correspond pas à son extension .pdf"), messages());

        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(report.toString());
        browser.findElement(By.cssSelector("textarea[id$='hand:comment']")).sendKeys("Bilan de l’atelier du 12 novembre.");
        submit(browser.findElement(By.cssSelector("input[id$='hand:submit']")));
        assertTrue(messages().contains("Votre devoir a été déposé"), messages());
        String mine = browser.findElement(By.cssSelector("table.submissions")).getText();
        assertTrue(mine.contains("bilan-atelier.pdf") && mine.contains("En attente de correction"), mine);
        List<String> problems = new ArrayList<>(Accessibility.violations(browser, modulePage));
        signOut();

        // The trainer: the submission waits on /teach/assignments.xhtml, its file downloads, a grade completes it.
        signIn(trainer);
        browser.get(base + "teach/index.xhtml");
        submit(browser.findElement(By.id("my-assignments")));
        assertTrue(browser.getCurrentUrl().contains("teach/assignments.xhtml"), browser.getCurrentUrl());
        problems.addAll(Accessibility.violations(browser, base + "teach/assignments.xhtml"));
        WebElement card = browser.findElement(By.xpath("//article[contains(., '" + learnerName + "')]"));
        assertTrue(card.getText().contains("Bilan d'atelier") && card.getText().contains("Bilan de l’atelier du 12 novembre."), card.getText());
        String href = card.findElement(By.className("submission-download")).getAttribute("href");
        Object download = ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '"
                + " + r.headers.get('content-disposition') + ' ' + b.byteLength)));", href);
        assertEquals("200 application/pdf attachment; filename=\"bilan-atelier.pdf\"; filename*=UTF-8''bilan-atelier.pdf "
                + Files.size(report), download, "the file, with the trainer's session");
        card.findElement(By.cssSelector("input[id$=':score']")).sendKeys("75");
        card.findElement(By.cssSelector("textarea[id$=':comment']")).sendKeys("Très bon bilan, précis et chiffré.");
        submit(card.findElement(By.cssSelector("input[id$='grade:submit']")));
        assertTrue(messages().contains("Note enregistrée pour " + learnerName + " : 75/100, devoir validé."), messages());
        assertTrue(browser.findElements(By.xpath("//article[contains(., '" + learnerName + "')]")).isEmpty(), "no longer to grade");
        assertTrue(browser.findElement(By.id("graded")).getText().contains(learnerName), browser.findElement(By.id("graded")).getText());
        signOut();

        // The learner sees the grade and the comment; the assignment is done.
        signIn(learner);
        browser.get(modulePage);
        String graded = browser.findElement(By.cssSelector("table.submissions")).getText();
        assertTrue(graded.contains("Validé") && graded.contains("75 / 100") && graded.contains("Très bon bilan, précis et chiffré."), graded);
        assertTrue(browser.findElements(By.cssSelector("input[type=file]")).isEmpty(), "nothing more to hand in");
        assertTrue(browser.findElement(By.xpath("//section[contains(., \"Bilan d'atelier\")]//span[@class='activity-done']")).isDisplayed());
        problems.addAll(Accessibility.violations(browser, modulePage));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
