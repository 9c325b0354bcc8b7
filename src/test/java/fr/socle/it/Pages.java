package fr.socle.it;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What browser tests do on Socle's pages: sign in, fill in, post a form and wait for the next page. */
public final class Pages {

    private final WebDriver browser;
    private final URL base;

    public Pages(WebDriver browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    public void open(String page) {
        browser.get(base + page);
    }

    public void signIn(String email, String password) {
        open("login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        submit(browser.findElement(By.id("login:submit")));
    }

    /** Clicks and waits for the next page: every form here posts a whole page. */
    public void submit(WebElement element) {
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException navigating) {
                return String.valueOf(navigating.getMessage()).contains("does not belong to the document");
            }
        });
        Browser.assertNoCspViolation(browser, "after posting a form, on " + browser.getCurrentUrl());
    }

    /** Clicks a button that asks for confirmation first, confirms, and waits for the next page. */
    public void confirm(String id) {
        WebElement element = browser.findElement(By.id(id));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).accept();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            }
        });
        Browser.assertNoCspViolation(browser, "after a confirmed action, on " + browser.getCurrentUrl());
    }

    /**
     * Waits up to SECONDS for CONDITION to hold (a non-null, non-false result). An element that an AJAX update replaces
     * while the condition reads it is looked up again on the next try rather than failing the test.
     */
    public <T> T until(int seconds, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds)).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    public void submit(String id) {
        submit(browser.findElement(By.id(id)));
    }

    public void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public String messages() {
        return browser.findElement(By.id("messages")).getText();
    }

    public String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Keeps what the browser shows, for the test report: target/screenshots/NAME.png and .html (a help, never a failure). */
    public void shot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(dir.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            java.nio.file.Files.writeString(dir.resolve(name + ".html"), browser.getPageSource());
        } catch (java.io.IOException | RuntimeException e) {
            // a screenshot is a help, never a failure
        }
    }
}
