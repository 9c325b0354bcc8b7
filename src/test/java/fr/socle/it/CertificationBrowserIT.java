package fr.socle.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.certification.control.PdfSeal;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.yaml.snakeyaml.Yaml;

/**
 * The done-when journey on the demo data: the demo mediator passes the last quiz of the seed cursus
 * and gets its certificate; downloads the sealed PDF; the public page says it is valid, by code and
 * by dropping the PDF; the training body's administrator revokes it in the browser; the public page
 * then says it is revoked, with the reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificationBrowserIT {

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
    void theDemoMediatorCompletesTheCursusDownloadsTheCertificateAndTheVerificationFollowsItsRevocation() throws Exception {
        Http http = new Http(base);
        String mediator = http.token("mediateur@socle.demo", Http.DEMO_PASSWORD);
        JsonObject enrolment = http.get("api/v1/enrolments", mediator).array().getJsonObject(0);
        assertEquals("CMN", enrolment.getString("programme"));
        String enrolmentId = enrolment.getString("id");
        passTheSpEntQuiz(http, mediator, enrolmentId);
        assertEquals("TERMINE", http.get("api/v1/enrolments/" + enrolmentId, mediator).json().getString("status"));
        List<String> problems = new ArrayList<>();

        // The learner's documents: the certificate, valid; the sealed PDF downloads.
        browser = Browser.start();
        Pages pages = new Pages(browser, base);
        pages.signIn("mediateur@socle.demo", Http.DEMO_PASSWORD);
        pages.open("learn/index.xhtml");
        pages.submit(browser.findElement(By.id("my-documents")));
        problems.addAll(Accessibility.violations(browser, browser.getCurrentUrl()));
        String row = browser.findElement(By.id("documents")).getText();
        assertTrue(row.contains("Certificat – Cursus Médiation numérique") && row.contains("Document valide"), row);
        String code = browser.findElement(By.className("document-code")).getText();
        browser.findElement(By.className("pdf-link")).click();
        Path pdfFile = Browser.downloaded(browser, ".pdf");
        byte[] pdf = Files.readAllBytes(pdfFile);
        var chain = CertificationIT.pem(http.get("api/v1/issuers/" + http.get("api/v1/verifications/" + code, null).json().getString("issuerId")
                + "/seal.pem", null).body());
        assertTrue(PdfSeal.check(pdf, List.of(chain.get(chain.size() - 1))).valid(), "the downloaded PDF's seal holds");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Sam Médiateur") && text.contains(code) && text.contains("Médiation numérique et entreprise"), text);
        }

        // The public page, from the document's link: valid; and the PDF dropped on it checks out.
        browser.findElement(By.className("verify-link")).click();
        assertEquals("Document valide", browser.findElement(By.id("status")).getText());
        assertEquals("Sam Médiateur", browser.findElement(By.id("holder")).getText());
        problems.addAll(Accessibility.violations(browser, browser.getCurrentUrl()));
        browser.findElement(By.id("pdf:file")).sendKeys(pdfFile.toAbsolutePath().toString());
        pages.submit("pdf:check");
        assertTrue(browser.findElement(By.id("pdf-seal")).getText().contains("cachet électronique est valide"), pages.text("pdf-answer"));
        assertTrue(browser.findElement(By.id("pdf-match")).getText().contains("contenu est celui du document délivré"), pages.text("pdf-answer"));
        browser.quit();

        // The training body's administrator revokes it.
        browser = Browser.start();
        pages = new Pages(browser, base);
        pages.signIn("of@socle.demo", Http.DEMO_PASSWORD);
        pages.open("teach/documents.xhtml");
        problems.addAll(Accessibility.violations(browser, browser.getCurrentUrl()));
        pages.type("search:q", code);
        pages.submit("search:go");
        pages.submit(browser.findElement(By.cssSelector("a.select-link")));
        pages.type("manage:reason", "Délivré par erreur");
        pages.confirm("manage:revoke");
        assertTrue(pages.messages().contains("révoqué"), pages.messages());
        browser.quit();

        // Anyone, without signing in, now reads that it is revoked, and why.
        browser = Browser.start();
        pages = new Pages(browser, base);
        pages.open("verify/?code=" + code.toLowerCase());
        assertEquals("Document révoqué", browser.findElement(By.id("status")).getText());
        assertTrue(browser.findElement(By.id("revoked")).getText().contains("Délivré par erreur"));
        assertEquals("REVOKED", http.get("api/v1/verifications/" + code, null).json().getString("status"));
        pages.open("verify/?code=CRT-ZZZZZZZZ");
        assertTrue(browser.findElement(By.id("unknown")).isDisplayed());
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Answers the SP-ENT quiz through the API from its file in courses/: the right choices, by position. */
    @SuppressWarnings("unchecked")
    private static void passTheSpEntQuiz(Http http, String token, String enrolmentId) throws Exception {
        JsonObject e = http.get("api/v1/enrolments/" + enrolmentId, token).json();
        String quizId = e.getJsonArray("modules").stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("code").equals("SP-ENT")).flatMap(m -> m.getJsonArray("activities").stream())
                .map(v -> v.asJsonObject()).filter(a -> a.getString("kind").equals("QUIZ")).findFirst().orElseThrow().getString("id");
        Path file;
        try (var files = Files.list(Path.of("courses/cursus-mediation-numerique/modules/SP-ENT"))) {
            file = files.filter(p -> p.getFileName().toString().startsWith("quiz")).findFirst().orElseThrow();
        }
        Map<String, Object> quiz = new Yaml().load(Files.readString(file));
        StringBuilder answers = new StringBuilder("[");
        for (Object o : (List<Object>) quiz.get("questions")) {
            Map<String, Object> q = (Map<String, Object>) o;
            if (answers.length() > 1) {
                answers.append(',');
            }
            switch ((String) q.get("type")) {
                case "TRUE_FALSE" -> answers.append("{\"trueFalse\":").append(q.get("answer")).append('}');
                case "SHORT_ANSWER" -> answers.append("{\"text\":").append(Http.q(String.valueOf(((List<Object>) q.get("accepted")).get(0)))).append('}');
                default -> {
                    List<Integer> right = new ArrayList<>();
                    List<Object> choices = (List<Object>) q.get("choices");
                    for (int i = 0; i < choices.size(); i++) {
                        if (Boolean.TRUE.equals(((Map<String, Object>) choices.get(i)).get("correct"))) {
                            right.add(i);
                        }
                    }
                    answers.append("{\"choices\":").append(right).append('}');
                }
            }
        }
        answers.append(']');
        var attempt = http.post("api/v1/enrolments/" + enrolmentId + "/quizzes/" + quizId + "/attempts", token, answers.toString());
        assertEquals(201, attempt.status(), attempt::toString);
        assertTrue(attempt.json().getBoolean("passed"), attempt::toString);
    }
}
