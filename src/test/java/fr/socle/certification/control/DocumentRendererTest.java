package fr.socle.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fr.socle.certification.boundary.DocumentKind;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentRendererTest {

    private static DocumentRenderer renderer;

    @BeforeAll
    static void loadTemplatesAndFonts() {
        renderer = new DocumentRenderer();
    }

    private static final Map<DocumentKind, String> HOURS = Map.of(
            DocumentKind.CERTIFICAT, "408 h 30",
            DocumentKind.ATTESTATION_FIN_FORMATION, "35 h",
            DocumentKind.CERTIFICAT_REALISATION, "4 h 10",
            DocumentKind.ATTESTATION_ASSIDUITE, "7 h");

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void eachKindRendersAPdfThatStatesItsFacts(DocumentKind kind) throws IOException {
        DocumentFacts facts = SampleFacts.complete(kind);
        byte[] pdf = renderer.render(facts, null);
        assertTrue(new String(pdf, 0, 8).startsWith("%PDF-"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages(), "one page");
            String text = text(doc);
            assertTrue(text.contains(facts.holderName()), text);
            assertTrue(text.contains(facts.title()), text);
            assertTrue(text.contains(HOURS.get(kind)), text);
            assertTrue(text.contains(facts.code()), text);
            assertTrue(text.replaceAll("\\s", "").contains(facts.verifyUrl()), "the URL, wrapped or not: " + text);
            assertTrue(text.contains(facts.issuerName()) && text.contains("SIRET " + facts.issuerSiret()), text);
            assertTrue(text.contains(facts.signatoryName()) && text.contains(facts.signatoryTitle()), text);
            assertFalse(text.contains("Remplace le document"), text);
            assertEquals(facts.code(), doc.getDocumentInformation().getCustomMetadataValue(DocumentRenderer.CODE_KEY));
            assertTrue(doc.getDocumentInformation().getTitle().contains(facts.code()));
        }
    }

    @Test
    void eachKindPrintsWhatItsLawAsksFor() throws IOException {
        String certificat = text(DocumentKind.CERTIFICAT);
        assertTrue(certificat.contains("SP-INS — Insertion") && certificat.contains("CCP2 — Contribuer"), certificat);
        assertTrue(certificat.contains("Niveau") && certificat.contains("jusqu’au 30 juin 2031"), certificat);
        assertTrue(certificat.contains("1er juillet 2026"), certificat);

        String fin = text(DocumentKind.ATTESTATION_FIN_FORMATION);
        assertTrue(fin.contains("L6353-1") && fin.contains("Identifier les besoins numériques"), fin);
        assertTrue(fin.contains("Mise en situation réussie (16/20)") && fin.contains("Action de formation"), fin);

        String realisation = text(DocumentKind.CERTIFICAT_REALISATION);
        assertTrue(realisation.contains("Commune de Saint-Étienne-du-Rouvray"), realisation);
        assertTrue(realisation.contains("☒ Action de formation") && realisation.contains("☐ Bilan de compétences"), realisation);
        assertTrue(realisation.contains("du 1er avril 2026 au 2 avril 2026"), realisation);
        assertTrue(realisation.contains("pendant une durée de 3 ans"), realisation);

        String assiduite = text(DocumentKind.ATTESTATION_ASSIDUITE);
        assertTrue(assiduite.contains("2024-76-017") && assiduite.contains("le 12 mai 2026"), assiduite);
        assertTrue(assiduite.contains("Conseil municipal de Bois-Guillaume"), assiduite);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void thePdfIsTaggedInFrenchWithEmbeddedFontsAndAnAlternativeForTheQrCode(DocumentKind kind) throws IOException {
        DocumentFacts facts = SampleFacts.complete(kind);
        try (PDDocument doc = Loader.loadPDF(renderer.render(facts, null))) {
            var catalog = doc.getDocumentCatalog();
            assertEquals("fr", catalog.getLanguage());
            assertNotNull(catalog.getStructureTreeRoot(), "tagged: a structure tree");
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "marked");
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the title, not the file name, in the window");
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfuaid") && xmp.contains("pdfaid"), xmp);

            List<PDFont> fonts = fonts(doc.getPage(0));
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " embedded");
                assertTrue(font instanceof PDType0Font && font.getName().contains("DejaVuSans"), font.getName());
            }

            List<PDStructureElement> figures = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), "Figure", figures);
            assertTrue(figures.stream().anyMatch(f -> f.getAlternateDescription() != null
                    && f.getAlternateDescription().contains("Code QR") && f.getAlternateDescription().contains(facts.verifyUrl())),
                    "the QR code has a text alternative");
            List<PDStructureElement> headings = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), "H1", headings);
            assertEquals(1, headings.size(), "one title heading");
        }
    }

    @Test
    void theQrCodeLeadsToTheVerificationPage() throws Exception {
        DocumentFacts facts = SampleFacts.complete(DocumentKind.CERTIFICAT_REALISATION);
        try (PDDocument doc = Loader.loadPDF(renderer.render(facts, null))) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            assertEquals(facts.verifyUrl(), new QRCodeReader().decode(bitmap,
                    Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
        }
    }

    @Test
    void theNatureOfTheActionTicksOneBoxOfTheModel() {
        DocumentFacts facts = SampleFacts.complete(DocumentKind.CERTIFICAT_REALISATION);
        String bilan = renderer.html(RequiredFieldsTest.with(facts, "nature", "Bilan de compétences"), null);
        assertTrue(bilan.contains("☒ Bilan de compétences") && bilan.contains("☐ Action de formation<"), bilan);
        String apprentissage = renderer.html(RequiredFieldsTest.with(facts, "nature", "ACTION DE FORMATION PAR APPRENTISSAGE"), null);
        assertTrue(apprentissage.contains("☒ Action de formation par apprentissage")
                && apprentissage.contains("☐ Action de formation<"), apprentissage);
        String vae = renderer.html(RequiredFieldsTest.with(facts, "nature", "VAE"), null);
        assertTrue(vae.contains("☒ Action permettant de faire valider"), vae);
        String other = renderer.html(RequiredFieldsTest.with(facts, "nature", "Accompagnement <individuel>"), null);
        assertEquals(1, other.split("☒", -1).length - 1, other);
        assertTrue(other.contains("☒ Accompagnement &lt;individuel&gt;"), other);
    }

    @Test
    void theRenderedPdfIsNotSigned() throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.render(SampleFacts.complete(DocumentKind.CERTIFICAT), null))) {
            assertTrue(doc.getSignatureDictionaries().isEmpty());
            assertEquals(null, doc.getDocumentCatalog().getAcroForm());
        }
    }

    @Test
    void markupInUserDataComesOutAsLiteralText() throws IOException {
        String hostile = "<script>alert(1)</script></td></tr></table><h1>Faux</h1> & Cie";
        DocumentFacts facts = RequiredFieldsTest.with(SampleFacts.complete(DocumentKind.CERTIFICAT_REALISATION),
                "holderName", hostile);
        facts = RequiredFieldsTest.with(facts, "title", "Titre <img src=\"file:///etc/passwd\"/> {{code}}");
        String html = renderer.html(facts, null);
        assertFalse(html.contains("<script>") || html.contains("<h1>Faux") || html.contains("<img src=\"file:"), html);
        try (PDDocument doc = Loader.loadPDF(renderer.render(facts, null))) {
            String text = text(doc).replace(" ", "");
            assertTrue(text.contains(hostile.replace(" ", "")), text);
            assertTrue(text.contains("Titre<imgsrc=\"file:///etc/passwd\"/>{{code}}"), text);
            List<PDStructureElement> headings = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), "H1", headings);
            assertEquals(1, headings.size(), "no heading smuggled in");
        }
    }

    @Test
    void frenchPunctuationAndRareScriptsArePrinted() throws IOException {
        String name = "Anaïs Œlsner-d’Aubigné « Nana » — Армен Սարգսյան ნინო";
        DocumentFacts facts = RequiredFieldsTest.with(SampleFacts.complete(DocumentKind.ATTESTATION_ASSIDUITE), "holderName", name);
        try (PDDocument doc = Loader.loadPDF(renderer.render(facts, null))) {
            assertTrue(text(doc).contains(name), text(doc));
            for (PDFont font : fonts(doc.getPage(0))) {
                assertTrue(font.isEmbedded(), font.getName());
            }
        }
    }

    @Test
    void characterNoFontCanPrintIsRefusedRatherThanReplaced() {
        DocumentFacts facts = RequiredFieldsTest.with(SampleFacts.complete(DocumentKind.CERTIFICAT), "title", "Atelier 📱 numérique");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.render(facts, null));
        assertTrue(e.getMessage().contains("title") && e.getMessage().contains("U+1F4F1"), e.getMessage());
    }

    @Test
    void missingFactsAreRefusedAndListed() {
        DocumentFacts facts = RequiredFieldsTest.with(
                RequiredFieldsTest.with(SampleFacts.complete(DocumentKind.CERTIFICAT_REALISATION), "employer", " "),
                "minutes", 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.render(facts, null));
        assertTrue(e.getMessage().contains("employer") && e.getMessage().contains("minutes"), e.getMessage());
    }

    @Test
    void theIssuersLogoIsPrintedWithATextAlternative() throws IOException {
        DocumentFacts facts = SampleFacts.complete(DocumentKind.ATTESTATION_FIN_FORMATION);
        try (PDDocument doc = Loader.loadPDF(renderer.render(facts, logo()))) {
            List<PDStructureElement> figures = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), "Figure", figures);
            assertTrue(figures.stream().anyMatch(f -> ("Logo de " + facts.issuerName()).equals(f.getAlternateDescription())),
                    "logo alternative");
            assertEquals(2, images(doc.getPage(0)), "logo and QR code");
        }
        try (PDDocument doc = Loader.loadPDF(renderer.render(facts, null))) {
            assertEquals(1, images(doc.getPage(0)), "QR code only");
        }
        assertThrows(IllegalArgumentException.class, () -> renderer.render(facts, "<svg/>".getBytes()));
    }

    @Test
    void aReissueNamesTheDocumentItReplaces() throws IOException {
        DocumentFacts facts = RequiredFieldsTest.with(SampleFacts.complete(DocumentKind.CERTIFICAT), "supersedes", "CRT-ABCDEFGH");
        try (PDDocument doc = Loader.loadPDF(renderer.render(facts, null))) {
            assertTrue(text(doc).contains("Remplace le document CRT-ABCDEFGH"), text(doc));
        }
    }

    @Test
    void oneRendererServesManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                DocumentKind kind = DocumentKind.values()[i % 4];
                String name = "Personne n° " + i;
                results.add(pool.submit(() -> {
                    DocumentFacts f = RequiredFieldsTest.with(SampleFacts.complete(kind), "holderName", name);
                    try (PDDocument doc = Loader.loadPDF(renderer.render(f, null))) {
                        return text(doc);
                    }
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                String text = results.get(i).get();
                assertTrue(text.contains("Personne n° " + i + " "), text);
                assertTrue(text.contains(HOURS.get(DocumentKind.values()[i % 4])), text);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String text(DocumentKind kind) throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.render(SampleFacts.complete(kind), null))) {
            return text(doc);
        }
    }

    /** The text of a PDF, spaces and line breaks folded to one space (lines wrap where the layout decides). */
    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static int images(PDPage page) {
        int n = 0;
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                n++;
            }
        }
        return n;
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (type.equals(e.getStructureType())) {
                    found.add(e);
                }
                collect(e, type, found);
            }
        }
    }

    private static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(160, 60, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 0, 145));
        g.fillRect(0, 0, 60, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
