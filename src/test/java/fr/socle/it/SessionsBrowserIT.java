package fr.socle.it;

import static fr.socle.it.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * In headless Chromium: a trainer plans a session and opens its sheet, the learner signs a half-day
 * by drawing from the QR code's link (a stale code is refused, the code on the trainer's screen
 * typed instead signs), the trainer counter-signs, and the PDF sheet shows both
 * signatures; with the lesson and the quiz, the signed attendance completes the module.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsBrowserIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("socle.war", "target/socle.war")));
    }

    @ArquillianResource
    URL base;

    private ChromeDriver trainerBrowser;
    private ChromeDriver learnerBrowser;

    @AfterEach
    void close() {
        for (ChromeDriver b : new ChromeDriver[] {trainerBrowser, learnerBrowser}) {
            if (b != null) {
                b.quit();
            }
        }
    }

    static final String MODULE = "code: M1\ntitle: Module en présentiel\nhours: 4\nmodality: PRESENTIEL\nobjectives: [ \"Accueillir\" ]\n"
            + "licence: CC-BY-SA-4.0\ncompetences:\n  - { framework: pix-crcn, code: \"2.1\", level: 2 }\nactivities:\n"
            + "  - type: LESSON\n    title: Une leçon\n    file: lecon.md\n    minutes: 30\n"
            + "  - type: WORKSHOP\n    title: Atelier en salle\n    minutes: 210\n"
            + "  - type: QUIZ\n    title: Un quiz\n    file: quiz.yaml\n    minutes: 10\n";

    /** Draws a stroke on a signature pad's canvas, as a finger or a mouse would. */
    private static void draw(ChromeDriver browser, String padId) {
        WebElement canvas = browser.findElement(By.cssSelector("[id='" + padId + "'] canvas"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        new Actions(browser).moveToElement(canvas, -80, 10).clickAndHold().moveByOffset(40, -20).moveByOffset(40, 25)
                .moveByOffset(50, -15).release().perform();
        Object lines = ((JavascriptExecutor) browser).executeScript("return document.getElementById(arguments[0]).value", padId + "_value");
        assertTrue(String.valueOf(lines).contains("[["), "the pad holds the strokes: " + lines);
    }

    /** A minute of the day as an HTML time input takes it: 570 is 09:30. */
    private static String clock(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }

    @Test
    void aTrainerOpensASessionTheLearnerSignsTheTrainerCounterSignsAndThePdfShowsBothSignatures() throws Exception {
        Http http = new Http(base);
        String admin = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        String code = "EMA-" + Fixtures.unique("X").substring(2).toUpperCase();
        Map<String, String> course = new java.util.LinkedHashMap<>(CatalogueIT.course(code + "/", code));
        course.put(code + "/modules/M1/module.yaml", MODULE);
        var imported = http.send(java.net.http.HttpRequest.newBuilder(http.uri("api/v1/programmes/import"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/zip")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(CatalogueIT.zip(course))));
        assertEquals(201, imported.status(), imported::toString);
        String orgId = http.newOrganisation(admin, "Commune d’émargement", "COMMUNE");
        String trainer = http.newAccount(admin, orgId, "TRAINER", "Claire Formatrice").getString("email");
        String learner = http.newAccount(admin, orgId, "LEARNER", "Inès Agente").getString("email");
        String manager = http.newAccount(admin, orgId, "ORG_ADMIN", "Marc Gestionnaire").getString("email");
        var enrolled = http.post("api/v1/enrolments", http.token(learner, Http.passwordOf(learner)), "{\"programme\":" + q(code) + "}");
        assertEquals(201, enrolled.status(), enrolled::toString);
        List<String> problems = new ArrayList<>();

        // The trainer plans the session (today: morning and afternoon) and adds the learner.
        trainerBrowser = Browser.start();
        Pages trainerPages = new Pages(trainerBrowser, base);
        trainerPages.signIn(trainer, Http.passwordOf(trainer));
        trainerPages.open("teach/index.xhtml");
        trainerPages.submit(trainerBrowser.findElement(By.id("my-sessions")));
        problems.addAll(Accessibility.violations(trainerBrowser, trainerBrowser.getCurrentUrl()));
        new Select(trainerBrowser.findElement(By.id("create:programme"))).selectByValue(code);
        trainerPages.until(10, d -> new Select(d.findElement(By.id("create:module"))).getOptions().size() > 1);
        new Select(trainerBrowser.findElement(By.id("create:module"))).selectByValue("M1");
        trainerPages.type("create:title", "Accueil numérique – groupe 1");
        trainerPages.type("create:place", "Salle du conseil");
        // A half-day added then removed in place (AJAX under the Content-Security-Policy: the page is not reloaded).
        org.openqa.selenium.WebElement place = trainerBrowser.findElement(By.id("create:place"));
        trainerBrowser.findElement(By.id("create:add-slot")).click();
        trainerPages.until(10, d -> !d.findElements(By.id("create:slot:2:date")).isEmpty());
        trainerBrowser.findElement(By.id("create:slot:2:remove")).click();
        trainerPages.until(10, d -> d.findElements(By.id("create:slot:2:date")).isEmpty());
        assertEquals("Salle du conseil", place.getAttribute("value"), "the same page, updated in place");
        // The morning: today, 3 h 30 around now (signing in the room opens for the half-day's own slot); the afternoon: tomorrow.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        int start = Math.min(CatalogueIT.startAroundNow(210), 23 * 60 + 59 - 210);
        JavascriptExecutor js = trainerBrowser;
        js.executeScript("arguments[0].value = arguments[1]", trainerBrowser.findElement(By.id("create:slot:0:date")), today.toString());
        js.executeScript("arguments[0].value = arguments[1]", trainerBrowser.findElement(By.id("create:slot:0:start")), clock(start));
        js.executeScript("arguments[0].value = arguments[1]", trainerBrowser.findElement(By.id("create:slot:0:end")), clock(start + 210));
        js.executeScript("arguments[0].value = arguments[1]", trainerBrowser.findElement(By.id("create:slot:1:date")), today.plusDays(1).toString());
        trainerPages.submit("create:submit");
        assertTrue(trainerPages.messages().contains("Session « Accueil numérique – groupe 1 » créée"), trainerPages.messages());
        new Select(trainerBrowser.findElement(By.id("add:enrolment"))).selectByIndex(0);
        trainerPages.submit("add:submit");
        assertTrue(trainerBrowser.findElement(By.id("learners")).getText().contains("Inès Agente"), trainerPages.messages());
        String sessionPage = trainerBrowser.getCurrentUrl();
        assertTrue(sessionPage.contains("id="), "the page keeps its address after an action: " + sessionPage);
        String signLink = trainerBrowser.findElement(By.cssSelector("a.sign-link")).getAttribute("href");
        assertTrue(signLink.matches(".*&code=[0-9A-Z]{8}$"), "the QR code's link carries the current code: " + signLink);
        assertTrue(trainerBrowser.findElement(By.cssSelector("img[alt^='QR code']")).getAttribute("src").startsWith("data:image/png;base64,"));
        assertTrue(trainerBrowser.findElement(By.className("sign-code")).getText().matches("[0-9A-Z]{4}-[0-9A-Z]{4}"), "the code, as text too");
        assertEquals(1, trainerBrowser.findElements(By.id("qr-poll")).size(), "the page renews its QR code");
        assertTrue(trainerBrowser.findElement(By.className("signing-window")).getText().contains("ouvre le"), "tomorrow's half-day: no QR code yet");
        problems.addAll(Accessibility.violations(trainerBrowser, sessionPage));

        // The learner follows a photo of an old QR code from a phone: sign in, draw, sign: refused, and asked for the code on screen.
        learnerBrowser = Browser.start();
        Pages learnerPages = new Pages(learnerBrowser, base);
        learnerBrowser.get(signLink.replaceAll("&code=[0-9A-Z]{8}$", "&code=AAAAAAAA"));
        learnerBrowser.findElement(By.id("login:email")).sendKeys(learner);
        learnerBrowser.findElement(By.id("login:password")).sendKeys(Http.passwordOf(learner));
        learnerPages.submit("login:submit");
        assertTrue(learnerBrowser.getCurrentUrl().contains("learn/sign.xhtml"), learnerBrowser.getCurrentUrl());
        problems.addAll(Accessibility.violations(learnerBrowser, learnerBrowser.getCurrentUrl()));
        assertTrue(learnerBrowser.findElements(By.id("sign:code")).isEmpty(), "a scanned code is not asked for again");
        draw(learnerBrowser, "sign:pad");
        learnerPages.submit("sign:submit");
        assertTrue(learnerPages.messages().contains("n’est plus"), learnerPages.messages());
        assertEquals(1, learnerBrowser.findElements(By.id("sign:code")).size(), "the page now asks for the code on screen");

        // From Mes sessions' link (no code): the learner types the code the trainer's screen shows now, draws and signs.
        problems.addAll(Accessibility.violations(learnerBrowser, signLink.replaceAll("&code=[0-9A-Z]{8}$", "")));
        learnerBrowser.findElement(By.id("sign:code")).sendKeys(trainerBrowser.findElement(By.className("sign-code")).getText().toLowerCase());
        draw(learnerBrowser, "sign:pad");
        learnerPages.submit("sign:submit");
        assertTrue(learnerPages.messages().contains("Signature enregistrée"), learnerPages.messages());
        learnerPages.open("learn/sessions.xhtml");
        assertTrue(learnerBrowser.findElement(By.id("content")).getText().contains("Signé le"), learnerBrowser.findElement(By.id("content")).getText());
        problems.addAll(Accessibility.violations(learnerBrowser, base + "learn/sessions.xhtml"));

        // The trainer sees the drawn signature and counter-signs: the sheet is sealed.
        trainerBrowser.get(sessionPage);
        assertTrue(trainerBrowser.findElement(By.cssSelector("img[alt='Signature de Inès Agente']")).isDisplayed());
        draw(trainerBrowser, "seal0:pad");
        trainerPages.submit("seal0:submit");
        assertTrue(trainerPages.messages().contains("scellée"), trainerPages.messages());
        assertTrue(trainerBrowser.findElement(By.className("sealed")).getText().contains("Claire Formatrice"));

        // The PDF sheet shows both signatures, drawn.
        trainerBrowser.findElement(By.id("sheet:pdf")).click();
        byte[] pdf = Files.readAllBytes(Browser.downloaded(trainerBrowser, ".pdf"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Inès Agente : signé le") && text.contains("signature manuscrite"), text);
            assertTrue(text.contains("Contre-signé par Claire Formatrice") && text.contains("feuille scellée"), text);
            long images = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertEquals(2, images, "the learner's drawing and the trainer's");
        }

        // The lesson and the quiz, with the signed workshop, complete the module.
        learnerPages.open("learn/index.xhtml");
        learnerPages.submit(learnerBrowser.findElement(By.className("next-link")));
        learnerPages.submit(learnerBrowser.findElement(By.cssSelector("input[id$='done:submit']")));
        learnerBrowser.findElement(By.cssSelector("input[type=radio][value='true']")).click();
        learnerPages.submit(learnerBrowser.findElement(By.cssSelector("input[id$='quiz:submit']")));
        assertTrue(learnerBrowser.findElement(By.className("quiz-score")).getText().contains("réussi"));
        learnerPages.open("learn/index.xhtml");
        WebElement section = learnerBrowser.findElements(By.cssSelector("#content section")).stream()
                .filter(e -> e.getText().contains(code)).findFirst().orElseThrow();
        assertTrue(section.getText().contains("Terminé"), section.getText());
        assertEquals("4 h 10", section.findElement(By.className("my-hours")).getText(), "30 min lesson + 10 min quiz + 3 h 30 signed");

        // The trainer's cohort grid and the organisation's progress page show the same hours.
        trainerBrowser.get(sessionPage);
        trainerPages.submit(trainerBrowser.findElement(By.id("sheet:cohort")));
        assertEquals("4 h 10", trainerPages.text("session-hours"), "the trainer's total");
        trainerBrowser.quit();
        trainerBrowser = Browser.start();
        Pages managerPages = new Pages(trainerBrowser, base);
        managerPages.signIn(manager, Http.passwordOf(manager));
        managerPages.open("admin/progress.xhtml?organisation=" + orgId);
        assertEquals("4 h 10", managerPages.text("organisation-hours"), "the organisation's total");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
