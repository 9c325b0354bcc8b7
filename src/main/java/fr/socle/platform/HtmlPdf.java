package fr.socle.platform;

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
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Pattern;
import java.util.logging.Level;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * XHTML in, tagged PDF out (PDF/UA, PDF/A-3a), with the embedded DejaVu Sans fonts of
 * {@code certificates/fonts/}: the one layout engine of every PDF Socle makes (issued documents,
 * attendance sheets, reports, the livret, the exports' indexes). A document is a template of
 * {@code certificates/} ({@link #template(String)}, an {@link HtmlTemplate}) filled with values and
 * laid out by {@link #render(HtmlTemplate, Map, Map)}; a report built in code (escaped with
 * {@link HtmlTemplate#escape(String)}) goes through {@link #render(String, Map)}. Sealing comes
 * after, from certification's boundary: this class never signs. The XHTML says its language ({@code <html lang="fr">}) and title; its images
 * may only be {@code data:} URIs (never a file or the network); a layout warning refuses the PDF.
 * <p>
 * Speed: the fonts are cut down once to the scripts documents use (without GSUB, which PDFBox would
 * apply to every string), parsed once and lent to one rendering at a time from a small pool; the font
 * metrics are cached across calls. Thread-safe: {@link #shared()} serves every caller.
 */
public final class HtmlPdf {

    /** The font family the style sheets use: the common part of DejaVu Sans ({@link #COMMON}), parsed once. */
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

    /** Where the document templates, their shared parts and the fonts are on the class path. */
    public static final String TEMPLATES = "certificates/";
    private static final String FONTS = TEMPLATES + "fonts/";
    private static final Pattern PARTIAL_NAME = Pattern.compile("[a-z0-9_-]+\\.(css|html)");

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

    private static final class Holder {
        static final HtmlPdf SHARED = new HtmlPdf();
    }

    /** The engine every caller shares: the fonts are read and cut once per class loader. */
    public static HtmlPdf shared() {
        return Holder.SHARED;
    }

    private HtmlPdf() {
        regularComplete = bytes(FONTS + "DejaVuSans.ttf");
        boldComplete = bytes(FONTS + "DejaVuSans-Bold.ttf");
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

    /** Whether both fonts have a glyph for a code point. */
    public boolean printable(int codePoint) {
        return printable.get(codePoint);
    }

    /**
     * Text as the fonts print it: a character neither font has becomes U+FFFD, a control character a
     * space. For what people typed on documents that must not fail for it (sheets, reports).
     */
    public String printableText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (Character.isWhitespace(cp) || printable.get(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('\uFFFD');
            }
        });
        return out.toString();
    }

    /**
     * Refuses a value with a character neither font has: the PDF would print a placeholder instead, and state something else.
     *
     * @throws IllegalArgumentException naming the value and the character
     */
    public void requirePrintable(String name, String text) {
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp) && !printable.get(cp))
                .findFirst().ifPresent(cp -> {
                    throw new IllegalArgumentException("the fonts of the documents cannot print " + name + ": "
                            + String.format("U+%04X", cp) + " in \"" + text + "\"");
                });
    }

    /**
     * A document template of {@code certificates/}, its partials ({@code {{>document.css}}},
     * {@code {{>_letterhead.html}}}) read from the same directory: parse it once, fill it many times.
     *
     * @throws IllegalStateException    if the template or a partial is not on the class path
     * @throws IllegalArgumentException if it is malformed
     */
    public static HtmlTemplate template(String name) {
        return HtmlTemplate.parse(templateText(name), partial -> {
            if (!PARTIAL_NAME.matcher(partial).matches()) {
                throw new IllegalArgumentException("bad partial name " + partial);
            }
            return templateText(partial);
        });
    }

    /** A file of {@code certificates/} as text: a template, or the shared style sheet ({@code document.css}) for reports laid out like the documents. */
    public static String templateText(String name) {
        return new String(bytes(TEMPLATES + name), StandardCharsets.UTF_8);
    }

    /**
     * The one path from a document to its PDF: the template filled with the values (every value
     * escaped, see {@link HtmlTemplate}), laid out as {@link #render(String, Map)} does.
     *
     * @param values     names to strings, booleans, lists (of strings, or of maps for rows)
     * @param customInfo entries added to the document information (may be empty)
     */
    public byte[] render(HtmlTemplate template, Map<String, ?> values, Map<String, String> customInfo) {
        return render(template.render(values), customInfo);
    }

    /**
     * The PDF of an XHTML page.
     *
     * @param xhtml      well-formed XHTML, its language and title set
     * @param customInfo entries added to the document information (may be empty)
     * @throws IllegalStateException if the page did not lay out cleanly
     */
    public byte[] render(String xhtml, Map<String, String> customInfo) {
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
                    // Only the images the caller itself put in (data: URIs); never a file or the network
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .withDiagnosticConsumer(d -> {
                        if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                            problems.add(d);
                        }
                    })
                    .withProducer("Socle")
                    .withHtmlContent(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the document did not lay out cleanly: "
                        + problems.stream().map(Diagnostic::getFormattedMessage).toList());
            }
            customInfo.forEach((k, v) -> document.getDocumentInformation().setCustomMetadataValue(k, v));
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

    private static byte[] bytes(String name) {
        try (InputStream in = HtmlPdf.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
