package fr.socle.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the browser tests. Skipped where Chromium is not installed, unless
 * -Dbrowser.required=true (as .ci/run sets): then its absence fails the build.
 * <p>
 * Every page must pass Socle's Content-Security-Policy: the browser's console is read after each page opened
 * ({@code get}), after each form posted through {@link Pages}, and when the browser quits; a CSP violation logged
 * there (Chromium writes "... violates the following Content Security Policy directive ...") fails the test.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start() throws Exception {
        boolean installed = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!Boolean.getBoolean("browser.required")) {
            Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed: browser test skipped");
            Assumptions.assumeFalse("false".equals(System.getProperty("browser.tests")), "browser tests switched off");
        }
        Path profile = Files.createTempDirectory("socle-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024", "--lang=fr-FR", "--user-data-dir=" + profile);
        Path downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr",
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        ChromeDriver driver = new Checked(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        DOWNLOADS.put(driver, downloads);
        return driver;
    }

    private static final java.util.Map<ChromeDriver, Path> DOWNLOADS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * The file a browser downloaded whose name ends so, once complete: Chromium first creates it
     * empty beside a .crdownload file, and renames the latter over it when done.
     */
    public static Path downloaded(ChromeDriver driver, String suffix) throws Exception {
        Path dir = DOWNLOADS.get(driver);
        for (int i = 0; i < 60; i++) {
            try (var files = Files.list(dir)) {
                var all = files.toList();
                boolean inProgress = all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
                var done = all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (!inProgress && done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no " + suffix + " downloaded in " + dir);
    }

    /** What the browser's console said about the Content-Security-Policy since it was last read, one line each. */
    public static List<String> cspViolations(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    /** Fails the test if the browser logged a CSP violation since the console was last read. */
    public static void assertNoCspViolation(WebDriver driver, String where) {
        List<String> violations = cspViolations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations " + where + ":\n" + String.join("\n", violations));
        }
    }

    /** Chromium that checks the console for CSP violations after each page it opens, and when it quits. */
    static final class Checked extends ChromeDriver {

        Checked(ChromeDriverService service, ChromeOptions options) {
            super(service, options);
        }

        @Override
        public void get(String url) {
            super.get(url);
            assertNoCspViolation(this, "on " + url + " (or the page before)");
        }

        @Override
        public void quit() {
            List<String> violations;
            try {
                violations = cspViolations(this);
            } catch (RuntimeException e) {
                violations = List.of(); // the browser is already gone
            }
            super.quit();
            if (!violations.isEmpty()) {
                throw new AssertionError("Content-Security-Policy violations before the browser quit:\n" + String.join("\n", violations));
            }
        }
    }
}
