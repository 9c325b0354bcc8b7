package fr.socle.delivery.control;

import fr.socle.platform.Formats;
import fr.socle.delivery.entity.AttendanceCorrection;
import fr.socle.delivery.entity.AttendanceSignature;
import fr.socle.delivery.entity.HalfDay;
import fr.socle.delivery.entity.TrainingSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;
import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.SpreadsheetCsv;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A session's attendance sheet (feuille d'émargement) as PDF and CSV: for each half-day, every
 * learner with its signature (time, address, method), the trainer's counter-signature, and the
 * corrections. The same facts in both formats.
 */
public final class AttendanceSheet {

    private static final ZoneId PARIS = Formats.PARIS;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(PARIS);
    private static final DateTimeFormatter DAY = Formats.FRENCH_DAY;
    private static final float SIGNATURE_HEIGHT = 28;

    private final TrainingSession session;
    private final Function<String, String> names;
    private final ToLongBiFunction<HalfDay, Enrolment> activity;

    /**
     * @param names    an account's name from its id (trainers who counter-signed or attested a presence)
     * @param activity a learner's learning events during a remote half-day (its activity evidence)
     */
    public AttendanceSheet(TrainingSession session, Function<String, String> names, ToLongBiFunction<HalfDay, Enrolment> activity) {
        this.session = session;
        this.names = names;
        this.activity = activity;
    }

    /** One line of the sheet: a learner on a half-day. */
    record Line(HalfDay halfDay, Enrolment enrolment, AttendanceSignature signature, List<AttendanceCorrection> corrections) {
        String learner() {
            return enrolment.getLearner().getDisplayName();
        }
    }

    List<Line> lines(HalfDay h) {
        return session.getLearners().stream().map(e -> new Line(h, e,
                h.getSignatures().stream().filter(sig -> sig.getEnrolment().getId().equals(e.getId())).findFirst().orElse(null),
                h.getCorrections().stream().filter(c -> c.getEnrolment().getId().equals(e.getId())).toList())).toList();
    }

    /**
     * The sheet as a CSV a spreadsheet opens (UTF-8 with a BOM, ';'): learners' names and browsers'
     * user agents are what people typed or sent, so no cell starts like a formula ({@link SpreadsheetCsv}).
     */
    public byte[] csv() {
        List<List<Object>> rows = new ArrayList<>();
        for (HalfDay h : session.getHalfDays()) {
            for (Line l : lines(h)) {
                AttendanceSignature sig = l.signature();
                rows.add(java.util.Arrays.asList(DAY.format(h.getDate()), h.getPeriod(), time(h.getStartMinute()), time(h.getEndMinute()),
                        h.getModuleCode(), h.isRemote() ? "oui" : "non", l.learner(), sig == null ? "" : WHEN.format(sig.getSignedAt()),
                        sig == null ? "" : sig.getIp(), sig == null ? "" : sig.getMethod(),
                        sig == null || sig.getUserAgent() == null ? "" : sig.getUserAgent(),
                        h.isRemote() ? activity.applyAsLong(h, l.enrolment()) : "",
                        h.isSealed() ? names.apply(h.getSealedBy()) : "", h.isSealed() ? WHEN.format(h.getSealedAt()) : "",
                        l.corrections().stream().mapToInt(AttendanceCorrection::getMinutes).sum(),
                        String.join(" | ", l.corrections().stream().map(AttendanceCorrection::getReason).toList()),
                        sig == null || sig.getAttestedBy() == null ? "" : names.apply(sig.getAttestedBy())));
            }
        }
        return SpreadsheetCsv.write(SpreadsheetCsv.FRENCH, List.of("date", "demi_journee", "debut", "fin", "module", "a_distance", "apprenant",
                "signe_le", "adresse", "mode", "navigateur", "evenements_activite", "contresigne_par", "contresigne_le", "corrections_minutes",
                "motifs", "atteste_par"), rows);
    }

    public byte[] pdf() {
        return pdf(session.getHalfDays());
    }

    /** The sheet of one half-day of the session (its signatures, counter-signature and corrections). */
    public byte[] pdf(HalfDay halfDay) {
        if (!halfDay.getSession().getId().equals(session.getId())) {
            throw new IllegalArgumentException("a half-day of another session");
        }
        return pdf(List.of(halfDay));
    }

    private byte[] pdf(List<HalfDay> halfDays) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Feuille d'émargement - " + session.getTitle());
            info.setCreator("Socle");
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            Writer w = new Writer(doc);
            w.line(bold, 14, "Feuille d'émargement");
            w.line(regular, 10, "Session : " + session.getTitle() + (session.getPlace() == null ? "" : " - " + session.getPlace()));
            w.line(regular, 10, "Formation : " + session.getVersion().getTitle() + " (" + session.getVersion().getProgramme().getCode()
                    + ", version " + session.getVersion().getNumber() + ")");
            w.line(regular, 10, "Organisme : " + session.getOrganisation().getName());
            for (HalfDay h : halfDays) {
                w.gap();
                w.line(bold, 11, DAY.format(h.getDate()) + " - " + (h.getPeriod() == HalfDay.Period.MATIN ? "matin" : "après-midi")
                        + " (" + time(h.getStartMinute()) + " - " + time(h.getEndMinute()) + ") - module " + h.getModuleCode()
                        + (h.isRemote() ? " - à distance" : ""));
                for (Line l : lines(h)) {
                    AttendanceSignature sig = l.signature();
                    w.line(regular, 10, "  " + l.learner() + " : " + (sig == null ? "non signé" : signed(h, l)));
                    if (sig != null && sig.getDrawing() != null) {
                        w.image(Drawings.png(sig.getDrawing()), SIGNATURE_HEIGHT, "signature de " + l.learner());
                    }
                    for (AttendanceCorrection c : l.corrections()) {
                        w.line(regular, 9, "    correction de " + c.getMinutes() + " min le " + WHEN.format(c.getCorrectedAt()) + " : " + c.getReason());
                    }
                }
                w.line(regular, 10, h.isSealed()
                        ? "  Contre-signé par " + names.apply(h.getSealedBy()) + " le " + WHEN.format(h.getSealedAt()) + " - feuille scellée"
                        : "  Pas encore contre-signée");
                if (h.getSealedDrawing() != null) {
                    w.image(Drawings.png(h.getSealedDrawing()), SIGNATURE_HEIGHT, "contre-signature");
                }
            }
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String signed(HalfDay h, Line l) {
        AttendanceSignature sig = l.signature();
        String when = WHEN.format(sig.getSignedAt()) + " depuis " + sig.getIp();
        return switch (sig.getMethod()) {
            case CLICK -> "signé le " + when + " (clic authentifié)";
            case DRAWN -> "signé le " + when + " (signature manuscrite)";
            case REMOTE -> "connecté le " + when + (sig.getUserAgent() == null ? "" : " avec " + browser(sig.getUserAgent()))
                    + " ; " + activity.applyAsLong(h, l.enrolment()) + " événement(s) d'activité pendant le créneau";
            case ATTESTED -> "présence attestée par " + names.apply(sig.getAttestedBy()) + " le " + when;
        };
    }

    /** The browser's product token, enough for a sheet (the full user agent is in the CSV). */
    static String browser(String userAgent) {
        String[] known = {"Edg/", "Firefox/", "Chrome/", "Safari/"};
        for (String k : known) {
            int i = userAgent.indexOf(k);
            if (i >= 0) {
                int end = userAgent.indexOf(' ', i);
                return userAgent.substring(i, end < 0 ? userAgent.length() : end);
            }
        }
        return userAgent.length() > 40 ? userAgent.substring(0, 40) : userAgent;
    }

    static String time(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    /** Lines of text down A4 pages; characters the standard fonts cannot show become '?'. */
    private static final class Writer {
        private final PDDocument doc;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc) throws IOException {
            this.doc = doc;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = page.getMediaBox().getHeight() - 50;
        }

        void gap() {
            y -= 8;
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            if (y < 50) {
                newPage();
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(40, y);
            stream.showText(encodable(font, text.length() > 150 ? text.substring(0, 150) + "..." : text));
            stream.endText();
            y -= size + 5;
        }

        private static String encodable(PDType1Font font, String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        /** A drawn signature, scaled to a height, with its text alternative in the PDF. */
        void image(byte[] png, float height, String alt) throws IOException {
            PDImageXObject image = PDImageXObject.createFromByteArray(doc, png, alt);
            float width = image.getWidth() * height / Math.max(1, image.getHeight());
            if (width > 300) {
                height = height * 300 / width;
                width = 300;
            }
            if (y - height < 50) {
                newPage();
            }
            y -= height;
            stream.drawImage(image, 60, y, width, height);
            y -= 6;
        }

        void close() throws IOException {
            stream.close();
        }
    }

}
