package fr.socle.certification.control;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import fr.socle.certification.entity.DocumentKind;
import fr.socle.platform.Formats;
import fr.socle.platform.QrCodes;
import fr.socle.progress.control.HoursLedger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Turns the facts of a document into an unsigned, tagged PDF (PDF/UA, PDF/A-3a) in French: the
 * template of its kind ({@code certificates/<kind>.html}), filled with escaped values, laid out by
 * openhtmltopdf with the embedded DejaVu Sans fonts, a QR code to the verification page and the
 * issuer's logo if it has one. The seal is applied afterwards, by the signer: this class never signs.
 * <p>
 * Speed: templates, style sheet, fonts and colour profile are read once, when the renderer is built.
 * The fonts are cut down once to the scripts documents use (without GSUB, which PDFBox would apply
 * to every string), parsed once and lent to one rendering at a time from a small pool; the font
 * metrics are cached across calls. About 9 ms of CPU per document once warm.
 * <p>
 * Thread-safe: one instance serves every issuance.
 */
public final class DocumentRenderer {

    /** The font family the templates use: the common part of DejaVu Sans ({@link #COMMON}), parsed once. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    /** All of DejaVu Sans, for the rare characters {@link #FONT_FAMILY} leaves out; read only by the documents that need it. */
    public static final String FALLBACK_FAMILY = "DejaVu Sans Complete";
    /**
     * What the common font keeps of DejaVu Sans: the Latin, Greek and Cyrillic scripts, punctuation
     * and the few symbols the templates print. Pairs of first and last code points.
     */
    private static final int[] COMMON = {
        0x0020, 0x036F, // Latin, Latin-1, Latin Extended-A and B, IPA, modifiers, combining diacritics
        0x0370, 0x052F, // Greek, Cyrillic
        0x1E00, 0x1FFF, // Latin Extended Additional (Vietnamese), Greek Extended
        0x2000, 0x218F, // punctuation (’ « » — …, narrow no-break space), currency, letterlike, number forms
        0x2190, 0x22FF, // arrows, mathematical operators
        0x25A0, 0x25FF, // geometric shapes
        0x2610, 0x2612, // ballot boxes ☐ ☒
        0x2713, 0x2714, // check marks
        0xFB00, 0xFB06, // Latin ligatures, as typed
        0xFFFD, 0xFFFD};
    /** The key of the document information entry that holds the verification code. */
    public static final String CODE_KEY = "SocleCode";

    private static final String DIRECTORY = "certificates/";
    private static final Pattern PARTIAL_NAME = Pattern.compile("[a-z0-9_-]+\\.(css|html)");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    /**
     * Pixels of the QR image, printed 28 mm wide: about 3 pixels a module for a verification URL,
     * sharp enough once scaled, and a third of the decoding and compression work of a 200-pixel image.
     */
    private static final int QR_PIXELS = 120;
    /** The natures of L6313-1 in the order of the Ministry's model, with the words (accents removed) that recognise each. */
    private static final List<Nature> NATURES = List.of(
            new Nature("Action de formation", "formation"),
            new Nature("Bilan de compétences", "bilan"),
            new Nature("Action permettant de faire valider les acquis de l’expérience (VAE)", "vae|acquis"),
            new Nature("Action de formation par apprentissage", "apprentissage"));

    private final Map<DocumentKind, HtmlTemplate> templates = new EnumMap<>(DocumentKind.class);
    private final byte[] regularComplete;
    private final byte[] boldComplete;
    private final byte[] regular;
    private final byte[] bold;
    private final BitSet printable = new BitSet();
    private final byte[] colourProfile;
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();
    private final BlockingQueue<ParsedFonts> fontPool = new ArrayBlockingQueue<>(16);

    static {
        // openhtmltopdf logs several lines at INFO for every document; its warnings still reach the
        // diagnostic consumer below, which refuses a document that did not lay out cleanly
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    /** Loads the templates and fonts from the class path ({@code certificates/}); fails at once if one is missing or malformed. */
    public DocumentRenderer() {
        for (DocumentKind kind : DocumentKind.values()) {
            String source = text(kind.template() + ".html");
            templates.put(kind, HtmlTemplate.parse(source, name -> {
                if (!PARTIAL_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("bad partial name " + name);
                }
                return text(name);
            }));
        }
        regularComplete = bytes("fonts/DejaVuSans.ttf");
        boldComplete = bytes("fonts/DejaVuSans-Bold.ttf");
        try (TrueTypeFont r = new TTFParser().parse(new RandomAccessReadBuffer(regularComplete));
                TrueTypeFont b = new TTFParser().parse(new RandomAccessReadBuffer(boldComplete))) {
            CmapLookup rc = r.getUnicodeCmapLookup();
            CmapLookup bc = b.getUnicodeCmapLookup();
            for (int cp = 0; cp <= 0x10FFFF; cp++) {
                if (rc.getGlyphId(cp) > 0 && bc.getGlyphId(cp) > 0) {
                    printable.set(cp);
                }
            }
            regular = common(r);
            bold = common(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /**
     * The PDF of a document, not signed.
     *
     * @param facts   what the document states
     * @param logoPng the issuer's logo as PNG, or {@code null} for none
     * @return the PDF's bytes: tagged, in French, fonts embedded, the code also in the document information ({@value #CODE_KEY})
     * @throws IllegalArgumentException if a fact the kind requires is missing ({@link RequiredFields}), listing them,
     *                                  or if the logo is not a PNG
     */
    public byte[] render(DocumentFacts facts, byte[] logoPng) {
        return pdf(html(facts, logoPng), facts.code());
    }

    /** The XHTML a document's PDF is laid out from (for previews and tests); the same checks as {@link #render}. */
    public String html(DocumentFacts facts, byte[] logoPng) {
        List<String> missing = RequiredFields.missing(facts);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("cannot issue " + facts.kind() + " " + facts.code() + ": missing " + missing);
        }
        if (logoPng != null && (logoPng.length < PNG_SIGNATURE.length
                || !Arrays.equals(logoPng, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length))) {
            throw new IllegalArgumentException("the logo is not a PNG image");
        }
        Map<String, Object> values = values(facts, logoPng);
        values.forEach((name, value) -> {
            if (value instanceof String text && !"qr".equals(name) && !"logo".equals(name)) {
                printable(name, text);
            } else if (value instanceof List<?> lines) {
                lines.forEach(line -> printable(name, (String) line));
            }
        });
        return templates.get(facts.kind()).render(values);
    }

    /** Refuses a value with a character neither font has: the PDF would print a placeholder instead, and state something else. */
    private void printable(String name, String text) {
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp) && !printable.get(cp))
                .findFirst().ifPresent(cp -> {
                    throw new IllegalArgumentException("the fonts of the documents cannot print " + name + ": "
                            + String.format("U+%04X", cp) + " in \"" + text + "\"");
                });
    }

    private byte[] pdf(String html, String code) {
        List<Diagnostic> problems = new ArrayList<>();
        ParsedFonts fonts = fontPool.poll();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            if (fonts == null) {
                fonts = new ParsedFonts(regular, bold);
            }
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfAConformance.PDFA_3_A)
                    .useColorProfile(colourProfile)
                    .useFont(new PDFontSupplier(PDType0Font.load(document, fonts.regular, true)), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(new PDFontSupplier(PDType0Font.load(document, fonts.bold, true)), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(regularComplete), FALLBACK_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(boldComplete), FALLBACK_FAMILY, 700, FontStyle.NORMAL, true)
                    .useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics)
                    // Only the images the renderer itself put in (data: URIs); never a file or the network
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .withDiagnosticConsumer(d -> {
                        if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                            problems.add(d);
                        }
                    })
                    .withProducer("Socle")
                    .withHtmlContent(html, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the document did not lay out cleanly: "
                        + problems.stream().map(Diagnostic::getFormattedMessage).toList());
            }
            document.getDocumentInformation().setCustomMetadataValue(CODE_KEY, code);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (fonts != null) {
                fontPool.offer(fonts);
            }
        }
        return out.toByteArray();
    }

    /**
     * The fonts parsed once and lent to one rendering at a time: parsing DejaVu Sans costs more than
     * laying out a document, and a parsed font is not safe to share between threads.
     */
    private static final class ParsedFonts {
        final TrueTypeFont regular;
        final TrueTypeFont bold;

        ParsedFonts(byte[] regular, byte[] bold) throws IOException {
            this.regular = new TTFParser().parse(new RandomAccessReadBuffer(regular));
            this.bold = new TTFParser().parse(new RandomAccessReadBuffer(bold));
        }
    }

    /**
     * The common part of a DejaVu font, made once at start: a few hundred glyphs instead of six
     * thousand (PDFBox reads every glyph's width for each document it embeds a font in), and no
     * substitution table (PDFBox would otherwise apply ligature rules to every string it writes).
     */
    private static byte[] common(TrueTypeFont font) throws IOException {
        // Without a list, the subsetter would copy GSUB and GPOS as they are, glyph ids and all
        TTFSubsetter subset = new TTFSubsetter(font, List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
                "post", "name", "OS/2", "cvt ", "fpgm", "prep", "gasp"));
        CmapLookup cmap = font.getUnicodeCmapLookup();
        for (int i = 0; i < COMMON.length; i += 2) {
            for (int cp = COMMON[i]; cp <= COMMON[i + 1]; cp++) {
                if (cmap.getGlyphId(cp) > 0) {
                    subset.add(cp);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subset.writeToStream(out);
        return out.toByteArray();
    }

    private static Map<String, Object> values(DocumentFacts f, byte[] logoPng) {
        Map<String, Object> v = new HashMap<>();
        v.put("code", f.code());
        v.put("verifyUrl", f.verifyUrl());
        v.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(f.verifyUrl(), QR_PIXELS)));
        if (logoPng != null) {
            v.put("logo", "data:image/png;base64," + Base64.getEncoder().encodeToString(logoPng));
        }
        v.put("holderName", f.holderName());
        v.put("employer", f.employer());
        v.put("programmeCode", f.programmeCode());
        v.put("title", f.title());
        v.put("specialisations", lines(f.specialisations()));
        v.put("hasSpecialisations", !lines(f.specialisations()).isEmpty());
        v.put("competences", lines(f.competences()));
        v.put("objectives", lines(f.objectives()));
        v.put("results", lines(f.results()));
        v.put("nature", f.nature());
        natures(f.nature(), v);
        v.put("modality", f.modality());
        v.put("hours", HoursLedger.hours(f.minutes()));
        v.put("level", f.level() == null ? null : String.valueOf(f.level()));
        v.put("startDate", date(f.startDate()));
        v.put("endDate", date(f.endDate()));
        v.put("period", period(f.startDate(), f.endDate()));
        v.put("issuedOn", date(f.issuedAt().atZone(Formats.PARIS).toLocalDate()));
        v.put("expiresOn", date(f.expiresOn()));
        v.put("issuerName", f.issuerName());
        v.put("issuerSiret", f.issuerSiret());
        v.put("agrement", f.agrement());
        v.put("signatoryName", f.signatoryName());
        v.put("signatoryTitle", f.signatoryTitle());
        v.put("supersedes", f.supersedes());
        return v;
    }

    private static List<String> lines(List<String> lines) {
        return lines.stream().filter(s -> !s.isBlank()).toList();
    }

    /** The four natures of L6313-1 as ticked boxes: the one the facts name is ticked, or none and the nature apart. */
    private static void natures(String nature, Map<String, Object> v) {
        String words = nature == null ? "" : Normalizer.normalize(nature, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        Nature chosen = null;
        // The most specific first: "action de formation par apprentissage" is also a "formation"
        for (int i = NATURES.size() - 1; i >= 0 && chosen == null; i--) {
            if (NATURES.get(i).words.matcher(words).find()) {
                chosen = NATURES.get(i);
            }
        }
        List<String> boxes = new ArrayList<>();
        for (Nature n : NATURES) {
            boxes.add((n == chosen ? "☒ " : "☐ ") + n.label);
        }
        v.put("natures", boxes);
        v.put("natureOther", chosen == null ? nature : null);
    }

    private record Nature(String label, Pattern words) {
        Nature(String label, String words) {
            this(label, Pattern.compile("\\b(" + words + ")\\b"));
        }
    }

    /** A date as the French write it: "1er mars 2026", "14 mars 2026". */
    static String date(LocalDate date) {
        if (date == null) {
            return null;
        }
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + MONTH_YEAR.format(date);
    }

    private static String period(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return null;
        }
        if (start == null) {
            return "jusqu’au " + date(end);
        }
        if (end == null) {
            return "depuis le " + date(start);
        }
        return start.equals(end) ? "le " + date(start) : "du " + date(start) + " au " + date(end);
    }

    private static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = DocumentRenderer.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DIRECTORY + name + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
