package fr.socle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.WebDriver;
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

    @Test
    void theDemoAdministratorCreatesAnOrganisationAndATrainerThenSignsOut() throws Exception {
        browser = Browser.start();
        browser.get(base + "admin/organisations.xhtml");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "anonymous visitors are sent to the login page");

        browser.findElement(By.id("login:email")).sendKeys("admin@socle.demo");
        browser.findElement(By.id("login:password")).sendKeys(Http.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        assertTrue(browser.getCurrentUrl().contains("admin/organisations.xhtml"), browser.getCurrentUrl());
        assertEquals("Organisations – Socle", browser.getTitle());

        String name = Fixtures.unique("Commune de Test");
        browser.findElement(By.id("create:name")).sendKeys(name);
        new Select(browser.findElement(By.id("create:kind"))).selectByVisibleText("Commune");
        browser.findElement(By.id("create:siret")).sendKeys(Fixtures.siret());
        new Select(browser.findElement(By.id("create:parent"))).selectByVisibleText("Syndicat mixte Numérique en Vallée");
        browser.findElement(By.id("create:submit")).click();

        assertTrue(browser.findElement(By.id("messages")).getText().contains("Organisation « " + name + " » créée."),
                browser.findElement(By.id("messages")).getText());
        browser.findElement(By.linkText(name)).click();
        assertEquals(name, browser.findElement(By.tagName("h1")).getText());

        String trainer = Fixtures.email("formateur");
        browser.findElement(By.id("add:email")).sendKeys(trainer);
        browser.findElement(By.id("add:name")).sendKeys("Claude Formatrice");
        browser.findElement(By.id("add:password")).sendKeys("Formatrice-2026!");
        new Select(browser.findElement(By.id("add:role"))).selectByVisibleText("Formateur·rice");
        browser.findElement(By.id("add:submit")).click();
        String members = browser.findElement(By.id("members:table")).getText();
        assertTrue(members.contains(trainer) && members.contains("Formateur·rice"), members);

        browser.findElement(By.id("session:logout")).click();
        assertTrue(browser.findElement(By.id("signed-out")).getText().contains("déconnecté"));
        browser.get(base + "admin/organisations.xhtml");
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"), "signed out for real");
    }
}
