package fr.socle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.Select;

/**
 * In headless Chromium against the packaged WAR: the demo administrator signs in, creates an
 * organisation, sees it listed, gives it a trainer, and signs out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminJourneyIT {

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

    /** Clicks and waits for the next page: every form here posts a whole page. */
    private void submit(WebElement element) {
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(element));
    }

    /**
     * Every page, signed out and signed in, passes axe-core's WCAG 2.1 A and AA rules (the
     * automatable part of RGAA 4).
     */
    @Test
    void everyPageMeetsTheAutomatedWcag21AaRules() throws Exception {
        browser = Browser.start();
        assertFalse(Accessibility.violations(browser, "data:text/html,<title>x</title><input>").isEmpty(),
                "the checker finds an unlabelled field and a page without a language");
        List<String> problems = new ArrayList<>();
        for (String page : List.of("index.xhtml", "login.xhtml", "verify/index.xhtml", "no-such-page.xhtml")) {
            problems.addAll(Accessibility.violations(browser, base + page));
        }
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys("admin@socle.demo");
        browser.findElement(By.id("login:password")).sendKeys(Http.DEMO_PASSWORD);
        submit(browser.findElement(By.id("login:submit")));
        for (String page : List.of("index.xhtml", "admin/organisations.xhtml", "account/index.xhtml", "learn/index.xhtml",
                "teach/index.xhtml", "registrar/index.xhtml")) {
            problems.addAll(Accessibility.violations(browser, base + page));
        }
        browser.get(base + "admin/organisations.xhtml");
        String organisation = browser.findElement(By.className("organisation-name")).getAttribute("href");
        problems.addAll(Accessibility.violations(browser, organisation));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theDemoAdministratorCreatesAnOrganisationAndATrainerThenSignsOut() throws Exception {
        browser = Browser.start();
        browser.get(base + "admin/organisations.xhtml");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "anonymous visitors are sent to the login page");

        browser.findElement(By.id("login:email")).sendKeys("admin@socle.demo");
        browser.findElement(By.id("login:password")).sendKeys(Http.DEMO_PASSWORD);
        submit(browser.findElement(By.id("login:submit")));
        assertTrue(browser.getCurrentUrl().contains("admin/organisations.xhtml"), browser.getCurrentUrl());
        assertEquals("Organisations – Socle", browser.getTitle());

        String name = Fixtures.unique("Commune de Test");
        browser.findElement(By.id("create:name")).sendKeys(name);
        new Select(browser.findElement(By.id("create:kind"))).selectByVisibleText("Commune");
        browser.findElement(By.id("create:siret")).sendKeys(Fixtures.siret());
        new Select(browser.findElement(By.id("create:parent"))).selectByVisibleText("Syndicat mixte Numérique en Vallée");
        submit(browser.findElement(By.id("create:submit")));

        assertTrue(browser.findElement(By.id("messages")).getText().contains("Organisation « " + name + " » créée."),
                browser.findElement(By.id("messages")).getText());
        submit(browser.findElement(By.linkText(name)));
        assertEquals(name, browser.findElement(By.tagName("h1")).getText());

        String trainer = Fixtures.email("formateur");
        browser.findElement(By.id("add:email")).sendKeys(trainer);
        browser.findElement(By.id("add:name")).sendKeys("Claude Formatrice");
        browser.findElement(By.id("add:password")).sendKeys("Formatrice-2026!");
        new Select(browser.findElement(By.id("add:role"))).selectByVisibleText("Formateur·rice");
        submit(browser.findElement(By.id("add:submit")));
        String members = browser.findElement(By.id("members:table")).getText();
        assertTrue(members.contains(trainer) && members.contains("Formateur·rice"), members);

        submit(browser.findElement(By.id("session:logout")));
        assertTrue(browser.findElement(By.id("signed-out")).getText().contains("déconnecté"));
        browser.get(base + "admin/organisations.xhtml");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "signed out for real");
    }
}
