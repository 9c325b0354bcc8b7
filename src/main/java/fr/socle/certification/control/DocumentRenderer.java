package fr.socle.certification.control;

import fr.socle.certification.boundary.DocumentKind;
import fr.socle.platform.Formats;
import fr.socle.platform.HtmlPdf;
import fr.socle.platform.HtmlTemplate;
import fr.socle.platform.QrCodes;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the facts of a document into an unsigned, tagged PDF (PDF/UA, PDF/A-3a) in French: the
 * template of its kind ({@code certificates/<kind>.html}), filled with escaped values and laid out
 * through the one document path, {@link HtmlPdf} (openhtmltopdf, the embedded DejaVu Sans fonts), a QR code to the verification page and the
 * issuer's logo if it has one. The seal is applied afterwards, by {@code Sealing}: this class never signs.
 * <p>
 * Speed: templates and style sheet are read once, when the renderer is built; the fonts, colour
 * profile and layout engine are {@link HtmlPdf#shared()}'s, shared with every other PDF Socle makes.
 * About 9 ms of CPU per document once warm.
 * <p>
 * Thread-safe: one instance serves every issuance.
 */
public final class DocumentRenderer {

    /** The font family the templates use (see {@link HtmlPdf}). */
    public static final String FONT_FAMILY = HtmlPdf.FONT_FAMILY;
    /** All of DejaVu Sans, for the rare characters {@link #FONT_FAMILY} leaves out. */
    public static final String FALLBACK_FAMILY = HtmlPdf.FALLBACK_FAMILY;
    /** The key of the document information entry that holds the verification code. */
    public static final String CODE_KEY = "SocleCode";

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
    private final HtmlPdf engine = HtmlPdf.shared();

    /** The one renderer the server uses for issued documents (templates parsed once). */
    public static DocumentRenderer shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final DocumentRenderer INSTANCE = new DocumentRenderer();
    }

    /** Loads the templates and fonts from the class path ({@code certificates/}); fails at once if one is missing or malformed. */
    public DocumentRenderer() {
        for (DocumentKind kind : DocumentKind.values()) {
            templates.put(kind, HtmlPdf.template(kind.template() + ".html"));
        }
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
        engine.requirePrintable(name, text);
    }

    private byte[] pdf(String html, String code) {
        return engine.render(html, Map.of(CODE_KEY, code));
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
        v.put("hours", Formats.minutesAsHours(f.minutes()));
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

}
