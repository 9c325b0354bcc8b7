package fr.socle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
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

/**
 * The agrément in headless Chromium: the demo training body's administrator is warned on its dashboard
 * and follows the warning to the agrément page; a new organisation's administrator records its first
 * agrément with the form. Both pages pass axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgrementBrowserIT {

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

    @Test
    void theDashboardWarnsTheTrainingBodyAndLeadsToItsAgrement() throws Exception {
        browser = Browser.start();
        Pages pages = new Pages(browser, base);
        pages.signIn("of@socle.demo", Http.DEMO_PASSWORD);
        browser.get(base + "admin/progress.xhtml");
        List<String> problems = Accessibility.violations(browser, browser.getCurrentUrl());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        String warnings = pages.text("agrement-warnings");
        assertTrue(warnings.contains("Médiation Plus Formation") && warnings.contains("AGR-ELU-2025-0142"), warnings);
        assertEquals("status", browser.findElement(By.id("agrement-warnings")).getAttribute("role"));

        browser.findElement(By.cssSelector("#agrement-warnings a")).click();
        pages.until(30, d -> d.getCurrentUrl().contains("admin/agrement.xhtml"));
        problems = Accessibility.violations(browser, browser.getCurrentUrl());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        pages.shot("agrement");
        assertEquals("AGR-ELU-2025-0142", pages.text("agrement-number"));
        assertTrue(pages.text("agrement-deadline").contains("2026"), pages.text("agrement-deadline"));
        assertTrue(pages.text("history").contains("Premier agrément (2 ans)"), pages.text("history"));
    }

    @Test
    void anAdministratorRecordsItsFirstAgrementWithTheForm() throws Exception {
        Http http = new Http(base);
        String platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        String org = http.newOrganisation(platform, "Organisme formulaire", "ORGANISME_DE_FORMATION");
        var admin = http.newAccount(platform, org, "ORG_ADMIN", "Gestionnaire formulaire");
        String email = admin.getString("email");

        browser = Browser.start();
        Pages pages = new Pages(browser, base);
        pages.signIn(email, Http.passwordOf(email));
        browser.get(base + "admin/agrement.xhtml?organisation=" + org);
        assertTrue(pages.text("agrement-state").contains("aucun agrément"), pages.text("agrement-state"));
        pages.type("record:number", "AGR-ELU-FORM-01");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("arguments[0].value = '2025-03-03'", browser.findElement(By.id("record:granted")));
        js.executeScript("arguments[0].value = '2025-03-10'", browser.findElement(By.id("record:starts")));
        pages.type("record:decision", "Décision du 3 mars 2025");
        pages.submit("record:save");
        assertTrue(pages.messages().contains("AGR-ELU-FORM-01"), pages.messages());
        String history = pages.text("history");
        assertTrue(history.contains("AGR-ELU-FORM-01") && history.contains("Gestionnaire formulaire"), history);
        assertTrue(pages.text("agrement-last-day").contains("2027"), "two years from 10 March 2025: " + pages.text("agrement-last-day"));
        List<String> problems = Accessibility.violations(browser, browser.getCurrentUrl());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
