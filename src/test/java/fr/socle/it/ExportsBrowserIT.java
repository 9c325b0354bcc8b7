package fr.socle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The exports' pages in headless Chromium with the demo accounts: the BPF page of the demo training
 * body (reached from the organisations page, downloads), its progress page with the livrets, and the
 * learner's documents page with their livret; all pass axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportsBrowserIT {

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
    void theAdministratorReadsTheBpfAndDownloadsItAndThePagesAreAccessible() throws Exception {
        browser = Browser.start();
        new Pages(browser, base).signIn("of@socle.demo", Http.DEMO_PASSWORD);
        browser.get(base + "admin/organisations.xhtml");
        browser.findElement(By.id("bpf")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("admin/bpf.xhtml"));
        String bpf = browser.getCurrentUrl();
        List<String> problems = new ArrayList<>(Accessibility.violations(browser, bpf));
        problems.addAll(Accessibility.violations(browser, base + "admin/progress.xhtml"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        browser.get(bpf);
        String page = browser.getPageSource();
        assertTrue(page.contains("F-1. Type de stagiaires de l’organisme") && page.contains("F-3. Objectif général des prestations dispensées"));
        browser.findElement(By.id("bpf-xlsx")).click();
        Path xlsx = Browser.downloaded(browser, ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals("F-1", wb.getSheetName(0));
            assertEquals("total", wb.getSheet("F-1").getRow(6).getCell(1).getStringCellValue());
        }
        browser.findElement(By.id("bpf-pdf")).click();
        assertTrue(Files.readString(Browser.downloaded(browser, ".pdf"), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }

    @Test
    void theLearnerFindsTheirLivretOnTheirDocumentsPage() throws Exception {
        browser = Browser.start();
        new Pages(browser, base).signIn("mediateur@socle.demo", Http.DEMO_PASSWORD);
        List<String> problems = Accessibility.violations(browser, base + "learn/documents.xhtml");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        browser.get(base + "learn/documents.xhtml");
        browser.findElement(By.id("livret-pdf")).click();
        assertTrue(Files.readString(Browser.downloaded(browser, ".pdf"), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }
}
