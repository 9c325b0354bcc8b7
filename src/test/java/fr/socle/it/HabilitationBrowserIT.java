package fr.socle.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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

/**
 * The done-when journey on the demo data, in Chromium: the demo training body's administrator
 * downloads its BPF figures, its Qualiopi pack and its agrément dossier, and each agrees with what
 * Socle recorded, read through other doors: the BPF's trainee-hours are the ledger's hours of the
 * year, the dossier's élus hours are the élus' ledger minutes and its documents are, byte for byte,
 * the sealed PDFs issued to them, and the pack's figures are the Qualiopi API's. Every page passes axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HabilitationBrowserIT {

    private static final String TRAINING_BODY = "Médiation Plus Formation";

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
    void theDemoTrainingBodyDownloadsItsBpfQualiopiPackAndAgrementDossierAndTheyMatchTheLedgerAndTheDocuments() throws Exception {
        Http http = new Http(base);
        String admin = http.token("of@socle.demo", Http.DEMO_PASSWORD);
        String organisation = http.get("api/v1/organisations", admin).array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals(TRAINING_BODY)).findFirst().orElseThrow().getString("id");
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();

        // What the ledger and the issued documents say, through the API
        JsonObject hours = http.get("api/v1/organisations/" + organisation + "/hours", admin).json();
        long ledgerMinutesOfTheYear = hours.getJsonArray("byMonth").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("month").startsWith(year + "-")).mapToLong(m -> m.getInt("minutes")).sum();
        assertTrue(ledgerMinutesOfTheYear > 0, "the demo training body has hours this year");
        String elu = http.token("elu@socle.demo", Http.DEMO_PASSWORD);
        int eluMinutes = http.get("api/v1/enrolments", elu).array().stream().map(JsonValue::asJsonObject)
                .mapToInt(e -> e.getInt("minutes")).sum();
        assertTrue(eluMinutes >= 7 * 60, "the élu's sealed day of attendance is in the ledger: " + eluMinutes);
        Map<String, byte[]> eluDocuments = new HashMap<>();
        for (JsonValue v : http.get("api/v1/certificates?mine=true", elu).array()) {
            String code = v.asJsonObject().getString("code");
            eluDocuments.put(code, bytes(http, "api/v1/certificates/" + code + "/pdf", elu));
        }
        assertTrue(eluDocuments.keySet().stream().anyMatch(c -> c.startsWith("ASD-")), "the élu's attestation d'assiduité: " + eluDocuments.keySet());

        browser = Browser.start();
        Pages pages = new Pages(browser, base);
        pages.signIn("of@socle.demo", Http.DEMO_PASSWORD);
        List<String> problems = new ArrayList<>();

        // The BPF of the year: its trainee-hours are the ledger's hours of the year
        browser.get(base + "admin/organisations.xhtml");
        browser.findElement(By.id("bpf")).click();
        pages.until(30, d -> d.getCurrentUrl().contains("admin/bpf.xhtml"));
        problems.addAll(Accessibility.violations(browser, browser.getCurrentUrl()));
        // The page opens on last year (the one a BPF is filed for); the demo's hours are this year's
        browser.get(base + "admin/bpf.xhtml?organisation=" + organisation + "&year=" + year);
        browser.findElement(By.id("bpf-xlsx")).click();
        Path xlsx = Browser.downloaded(browser, ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (String frame : List.of("F-1", "F-3")) {
                Row total = totalRow(workbook.getSheet(frame));
                assertEquals(ledgerMinutesOfTheYear, (long) total.getCell(5).getNumericCellValue(), frame + " minutes = the ledger's");
                assertEquals(Math.round(ledgerMinutesOfTheYear / 60.0), (long) total.getCell(4).getNumericCellValue(), frame + " hours");
            }
        }

        // The agrément dossier, in the background: its élus hours are the ledger's, its documents the issued PDFs
        browser.get(base + "admin/exports.xhtml");
        problems.addAll(Accessibility.violations(browser, browser.getCurrentUrl()));
        browser.get(base + "admin/exports.xhtml");
        Map<String, byte[]> dossier = unzip(runExport(pages, "start-agrement-dossier"));
        String index = pdfText(dossier.get("index.pdf"));
        assertTrue(index.contains("(" + eluMinutes + " minutes)"), eluMinutes + " élus minutes in " + index);
        for (Map.Entry<String, byte[]> d : eluDocuments.entrySet()) {
            assertArrayEquals(d.getValue(), dossier.get("documents/" + d.getKey() + ".pdf"), "the dossier holds the issued " + d.getKey());
            assertTrue(index.contains(d.getKey()), "the index lists " + d.getKey());
        }
        assertTrue(dossier.keySet().stream().anyMatch(n -> n.startsWith("emargement/")), "the sealed attendance sheets: " + dossier.keySet());
        assertTrue(dossier.containsKey("programmes/ELUS-NUM.pdf"), "the élus' programme sheet: " + dossier.keySet());

        // The Qualiopi pack for the same period: the figures are the Qualiopi API's
        String from = browser.findElement(By.id("from")).getDomProperty("value");
        String to = browser.findElement(By.id("to")).getDomProperty("value");
        Map<String, byte[]> pack = unzip(runExport(pages, "start-qualiopi-pack"));
        String packIndex = pdfText(pack.get("index.pdf"));
        // the API lists the figures, each named by its indicator
        Map<String, JsonObject> figures = http.get("api/v1/organisations/" + organisation + "/qualiopi?from=" + from + "&to=" + to, admin).json()
                .getJsonArray("figures").stream().map(JsonValue::asJsonObject).collect(java.util.stream.Collectors.toMap(f -> f.getString("indicator"), f -> f));
        for (String indicator : List.of("COMPLETION", "DROP_OUT", "CERTIFICATION")) {
            JsonObject f = figures.get(indicator);
            String share = f.getJsonNumber("numerator").longValue() + " / " + f.getJsonNumber("denominator").longValue();
            assertTrue(packIndex.contains(share), indicator + " " + share + " in " + packIndex);
        }
        assertTrue(figures.get("DROP_OUT").getJsonNumber("numerator").longValue() >= 1, "the demo élu who gave up");
        assertTrue(new String(pack.get("reclamations.csv"), java.nio.charset.StandardCharsets.UTF_8).contains("Supports de cours difficiles à lire"),
                "the demo complaint in the pack");

        // The quality dashboard, with its agrément warning
        browser.get(base + "admin/quality.xhtml");
        problems.addAll(Accessibility.violations(browser, browser.getCurrentUrl()));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Starts an export on the exports page, waits for its download link (a new one) and downloads it; {@link #unzip} deletes it. */
    private Path runExport(Pages pages, String button) throws Exception {
        java.util.Set<String> before = links();
        browser.findElement(By.id(button)).click();
        // the list is redrawn every two seconds while the export runs: a link read during a redraw is gone, read again
        pages.until(180, d -> !before.containsAll(links()));
        String link = links().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
        browser.findElement(By.id(link)).click();
        return Browser.downloaded(browser, ".zip");
    }

    private java.util.Set<String> links() {
        return browser.findElements(By.cssSelector("a.export-download")).stream().map(e -> e.getDomAttribute("id"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Row totalRow(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && "total".equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no total line in " + sheet.getSheetName());
    }

    private static Map<String, byte[]> unzip(Path zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.put(e.getName(), z.readAllBytes());
            }
        }
        Files.delete(zip); // the next download of a .zip is then the only one
        return entries;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static byte[] bytes(Http http, String path, String token) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(http.uri(path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
