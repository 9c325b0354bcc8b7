package fr.socle.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the browser tests. Skipped where Chromium is not installed, unless
 * -Dbrowser.required=true (as .ci/run sets): then its absence fails the build.
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
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
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
}
