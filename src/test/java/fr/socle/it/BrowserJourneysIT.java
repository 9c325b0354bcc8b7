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
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * In headless Chromium against the packaged WAR: the journeys people make through the pages, and
 * the accessibility of every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneysIT {

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

    private void submit(WebElement element) {
        new Pages(browser, base).submit(element);
    }

    private void shot(String name) {
        new Pages(browser, base).shot(name);
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
        AssertionError csp = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> browser.get(
                "data:text/html,<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'\"><title>x</title><script>1</script>"));
        assertTrue(csp.getMessage().contains("Content Security Policy"), "the browser helper fails a page that breaks its policy: " + csp);
        List<String> problems = new ArrayList<>();
        for (String page : List.of("index.xhtml", "login.xhtml", "verify/index.xhtml", "no-such-page.xhtml", "catalogue/index.xhtml",
                "catalogue/index.xhtml?audience=ELU", "catalogue/programme.xhtml?code=CMN")) {
            problems.addAll(Accessibility.violations(browser, base + page));
        }
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys("admin@socle.demo");
        browser.findElement(By.id("login:password")).sendKeys(Http.DEMO_PASSWORD);
        submit(browser.findElement(By.id("login:submit")));
        for (String page : List.of("index.xhtml", "admin/organisations.xhtml", "account/index.xhtml", "learn/index.xhtml",
                "teach/index.xhtml", "registrar/index.xhtml", "teach/programmes.xhtml", "teach/programme.xhtml?code=CMN", "admin/enrolments.xhtml")) {
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

    private void signIn(String email) {
        new Pages(browser, base).signIn(email, Http.DEMO_PASSWORD);
    }

    private void type(String id, String text) {
        new Pages(browser, base).type(id, text);
    }

    private String messages() {
        return new Pages(browser, base).messages();
    }

    /** A trainer writes a module with a lesson and a three-question quiz, previews it, publishes it, and it is in the public catalogue. */
    @Test
    void aTrainerWritesAModuleWithALessonAndAQuizPreviewsItPublishesItAndItIsInTheCatalogue() throws Exception {
        browser = Browser.start();
        signIn("formateur@socle.demo");
        browser.get(base + "teach/programmes.xhtml");
        String code = "T-" + Fixtures.unique("X").substring(2, 10).toUpperCase();
        String title = "Parcours " + code + " : premiers pas numériques";
        type("create:code", code);
        type("create:title", title);
        new Select(browser.findElement(By.id("create:audience"))).selectByVisibleText("Agents territoriaux");
        submit(browser.findElement(By.id("create:submit")));
        assertTrue(browser.getCurrentUrl().contains("teach/programme.xhtml?code=" + code), browser.getCurrentUrl());

        type("addComponent:code", "TC");
        new Select(browser.findElement(By.id("addComponent:kind"))).selectByVisibleText("Tronc commun");
        type("addComponent:title", "Tronc commun");
        submit(browser.findElement(By.id("addComponent:submit")));

        type("addModule:code", "M1");
        type("addModule:title", "Utiliser sa messagerie");
        type("addModule:hours", "7");
        type("addModule:objectives", "Envoyer un courriel avec une pièce jointe\nRepérer un courriel frauduleux");
        submit(browser.findElement(By.id("addModule:submit")));
        submit(browser.findElement(By.linkText("Utiliser sa messagerie")));

        type("addActivity:title", "Écrire un courriel");
        type("addActivity:minutes", "30");
        browser.findElement(By.cssSelector("#addActivity\\:lesson .ql-editor")).sendKeys("Un courriel a un objet clair et une formule de politesse.");
        submit(browser.findElement(By.id("addActivity:submit")));
        submit(browser.findElement(By.cssSelector("input[aria-label='Modifier : Écrire un courriel']")));
        type("addActivity:title", "Écrire un bon courriel");
        submit(browser.findElement(By.id("addActivity:submit")));
        shot("activity-edited");
        assertTrue(browser.findElement(By.id("activities:table")).getText().contains("Écrire un bon courriel"), messages());

        new Select(browser.findElement(By.id("addActivity:kind"))).selectByVisibleText("Quiz");
        type("addActivity:title", "Quiz messagerie");
        type("addActivity:minutes", "10");
        submit(browser.findElement(By.id("addActivity:submit")));

        // A single-choice question, a true/false one and a short answer.
        type("addQuestion:text", "Que faut-il toujours renseigner ?");
        type("addQuestion:choices:0:choice", "L'objet du message");
        browser.findElement(By.id("addQuestion:choices:0:correct")).click();
        type("addQuestion:choices:1:choice", "La couleur du texte");
        submit(browser.findElement(By.id("addQuestion:submit")));
        shot("question-added");
        assertTrue(messages().contains("enregistr"), messages());

        new Select(browser.findElement(By.id("addQuestion:kind"))).selectByVisibleText("Vrai ou faux");
        type("addQuestion:text", "On peut ouvrir sans risque toutes les pièces jointes.");
        new Select(browser.findElement(By.id("addQuestion:answer"))).selectByVisibleText("Faux");
        submit(browser.findElement(By.id("addQuestion:submit")));

        new Select(browser.findElement(By.id("addQuestion:kind"))).selectByVisibleText("Réponse courte");
        type("addQuestion:text", "Quel champ reçoit l'adresse du destinataire ?");
        type("addQuestion:accepted", "À; A");
        submit(browser.findElement(By.id("addQuestion:submit")));
        assertEquals(3, browser.findElements(By.cssSelector("#questions-title ~ ol li")).size());

        // The learner's view: the lesson, and the quiz answered right.
        submit(browser.findElement(By.id("preview")));
        assertTrue(browser.findElement(By.className("lesson-body")).getText().contains("formule de politesse"));
        browser.findElement(By.cssSelector("input[type=radio][value='0']")).click();
        browser.findElement(By.cssSelector("input[type=radio][value='false']")).click();
        browser.findElement(By.cssSelector("input[type=text][id$=':short']")).sendKeys("a");
        submit(browser.findElement(By.cssSelector("button[id$=':check']")));
        String score = browser.findElement(By.className("quiz-score")).getText();
        assertTrue(score.contains("100 %") && score.contains("réussi"), score);

        // Publication, made public, and seen in the catalogue by an anonymous visitor.
        browser.get(base + "teach/programme.xhtml?code=" + code);
        assertTrue(browser.findElements(By.id("problems")).isEmpty(), () -> browser.findElement(By.id("problems")).getText());
        submit(browser.findElement(By.id("publish:submit")));
        assertTrue(messages().contains("Version publiée"), messages());
        new Select(browser.findElement(By.id("share:visibility"))).selectByVisibleText("Public : catalogue ouvert à tous");
        submit(browser.findElement(By.id("share:submit")));
        submit(browser.findElement(By.id("session:logout")));

        browser.get(base + "catalogue/index.xhtml?q=" + code);
        submit(browser.findElement(By.linkText(title)));
        assertEquals(title, browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("programme-hours")).getText().startsWith("7"));
    }

    /** A learner enrols from the catalogue, follows a lesson, passes a quiz and sees progress and hours move. */
    @Test
    void aLearnerEnrolsFollowsALessonPassesAQuizAndSeesProgressMove() throws Exception {
        String code = "APP-" + Fixtures.unique("X").substring(2).toUpperCase();
        Http http = new Http(base);
        var imported = http.send(java.net.http.HttpRequest.newBuilder(http.uri("api/v1/programmes/import"))
                .header("Authorization", "Bearer " + http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD))
                .header("Content-Type", "application/zip")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(CatalogueIT.zip(CatalogueIT.course(code + "/", code)))));
        assertEquals(201, imported.status(), imported::toString);

        browser = Browser.start();
        signIn("agent@socle.demo");
        browser.get(base + "account/index.xhtml");
        new Select(browser.findElement(By.id("learner:type"))).selectByVisibleText("Agent territorial");
        type("learner:siret", "21300012300017");
        new Select(browser.findElement(By.id("learner:category"))).selectByVisibleText("C");
        submit(browser.findElement(By.id("learner:save")));
        assertTrue(messages().contains("Modifications enregistrées"), messages());
        assertEquals("21300012300017", browser.findElement(By.id("learner:siret")).getAttribute("value"));

        browser.get(base + "catalogue/programme.xhtml?code=" + code);
        submit(browser.findElement(By.id("enrol:submit")));
        assertTrue(browser.getCurrentUrl().contains("learn/index.xhtml"), browser.getCurrentUrl());
        assertTrue(messages().contains("Inscription enregistrée"), messages());
        assertTrue(browser.findElement(By.className("module-percent")).getText().startsWith("0"));

        submit(browser.findElement(By.className("next-link")));
        assertTrue(browser.findElement(By.className("lesson-body")).getText().contains("Une leçon"));
        assertFalse(browser.getPageSource().contains("<script>alert(1)"), "the lesson's script was removed at import");
        submit(browser.findElement(By.cssSelector("input[id$='done:submit']")));
        assertTrue(messages().contains("Activité terminée"), messages());

        browser.findElement(By.cssSelector("input[type=radio][value='true']")).click();
        submit(browser.findElement(By.cssSelector("input[id$='quiz:submit']")));
        String score = browser.findElement(By.className("quiz-score")).getText();
        assertTrue(score.contains("100 %") && score.contains("réussi"), score);

        browser.get(base + "learn/index.xhtml");
        String page = browser.findElement(By.id("content")).getText();
        assertTrue(page.contains("Programme " + code) && page.contains("Terminé"), page);
        assertTrue(browser.findElement(By.className("module-percent")).getText().startsWith("100"));
        List<String> problems = new ArrayList<>(Accessibility.violations(browser, base + "learn/index.xhtml"));
        problems.addAll(Accessibility.violations(browser, browser.findElement(By.cssSelector("table.socle-progress a")).getAttribute("href")));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        browser.get(base + "learn/index.xhtml");
        assertEquals("0 h 40", browser.findElements(By.className("my-hours")).stream()
                .filter(e -> e.findElement(By.xpath("ancestor::section")).getText().contains(code)).findFirst().orElseThrow().getText(),
                "30 min of lesson and 10 of quiz, from the hours ledger");
    }

    /**
     * A learner of one organisation, invited by another, asks for a new name and accepts the invitation on
     * "Mon compte" (which has no field to rename oneself); the other organisation sees only the pending
     * invitation until then, and cancels a second one; the learner's own administrator accepts the new name
     * on the organisation page. Fresh accounts, so that the demo stays as it is for the other tests.
     */
    @Test
    void aLearnerAsksForANewNameAndAnswersAnInvitationAndAdministratorsDecideOnTheirPages() throws Exception {
        Http http = new Http(base);
        String platform = http.token(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        String home = http.newOrganisation(platform, "Commune d’origine", "COMMUNE");
        String other = http.newOrganisation(platform, "Organisme invitant", "ORGANISME_DE_FORMATION");
        var homeAdmin = http.newAccount(platform, home, "ORG_ADMIN", "Dominique Administratrice");
        var otherAdmin = http.newSignedIn(platform, other, "ORG_ADMIN", "Sacha Invitant");
        var learner = http.newAccount(platform, home, "LEARNER", "Lou Apprenant");
        var second = http.newAccount(platform, home, "LEARNER", "Noa Second");
        for (var invited : List.of(learner, second)) {
            var r = http.post("api/v1/organisations/" + other + "/members", otherAdmin.token(),
                    "{\"email\":" + Http.q(invited.getString("email")) + ",\"role\":\"LEARNER\"}");
            assertEquals(202, r.status(), r::toString);
        }
        browser = Browser.start();
        Pages pages = new Pages(browser, base);
        List<String> problems = new ArrayList<>();

        // the inviting organisation sees the pending invitations, not the people; it cancels one
        pages.signIn(otherAdmin.email(), Http.passwordOf(otherAdmin.email()));
        pages.open("admin/organisation.xhtml?id=" + other);
        String pending = pages.text("invitations:table");
        assertTrue(pending.contains(learner.getString("email")) && !pending.contains("Lou Apprenant"), pending);
        assertFalse(pages.text("members:table").contains(learner.getString("email")), "not a member yet");
        problems.addAll(Accessibility.violations(browser, base + "admin/organisation.xhtml?id=" + other));
        WebElement cancel = browser.findElements(By.cssSelector("input[id$=':cancel']")).stream()
                .filter(b -> b.getAttribute("aria-label").contains(second.getString("email"))).findFirst().orElseThrow();
        pages.submit(cancel);
        assertTrue(messages().contains("Invitation annulée"), messages());
        assertFalse(pages.text("invitations:table").contains(second.getString("email")));
        pages.submit("session:logout");

        // the learner: no field for its name, a request instead; the invitation to answer
        pages.signIn(learner.getString("email"), Http.passwordOf(learner.getString("email")));
        pages.open("account/index.xhtml");
        assertEquals("Lou Apprenant", pages.text("my-name"));
        assertTrue(browser.findElements(By.cssSelector("input[name$='displayName']")).isEmpty(), "no field to rename oneself");
        pages.type("nameRequest:requestedName", "Lou Apprenant-Martin");
        pages.type("nameRequest:reason", "Mariage");
        pages.submit("nameRequest:submit");
        assertTrue(messages().contains("Demande de changement de nom envoyée"), messages());
        assertEquals("Lou Apprenant-Martin", pages.text("pending-name-value"));
        assertEquals("Lou Apprenant", pages.text("my-name"), "not before an administrator accepts");
        assertTrue(pages.text("invitations:table").contains("Organisme invitant"), pages.text("invitations:table"));
        problems.addAll(Accessibility.violations(browser, base + "account/index.xhtml"));
        pages.submit("invitations:table:0:accept");
        assertTrue(messages().contains("Vous avez rejoint"), messages());
        assertTrue(pages.text("roles").contains("Organisme invitant"), pages.text("roles"));
        pages.submit("session:logout");

        // its own organisation's administrator accepts the new name
        pages.signIn(homeAdmin.getString("email"), Http.passwordOf(homeAdmin.getString("email")));
        pages.open("admin/organisation.xhtml?id=" + home);
        assertTrue(pages.text("names:table").contains("Lou Apprenant-Martin"), pages.text("names:table"));
        problems.addAll(Accessibility.violations(browser, base + "admin/organisation.xhtml?id=" + home));
        pages.submit("names:table:0:accept");
        assertTrue(messages().contains("Changement de nom accepté"), messages());
        assertTrue(pages.text("members:table").contains("Lou Apprenant-Martin"), pages.text("members:table"));
        assertTrue(browser.findElements(By.id("names:table")).isEmpty(), "no request waits any more");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
