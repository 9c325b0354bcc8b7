package fr.socle.delivery.control;

import fr.socle.delivery.entity.AttendanceCorrection;
import fr.socle.delivery.entity.AttendanceSignature;
import fr.socle.delivery.entity.HalfDay;
import fr.socle.delivery.entity.TrainingSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(PARIS);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AttendanceSheet() {
    }

    /** One line of the sheet: a learner on a half-day. */
    record Line(HalfDay halfDay, String learner, AttendanceSignature signature, List<AttendanceCorrection> corrections) {
    }

    static List<Line> lines(TrainingSession s) {
        List<Line> lines = new ArrayList<>();
        for (HalfDay h : s.getHalfDays()) {
            s.getLearners().forEach(e -> lines.add(new Line(h, e.getLearner().getDisplayName(),
                    h.getSignatures().stream().filter(sig -> sig.getEnrolment().getId().equals(e.getId())).findFirst().orElse(null),
                    h.getCorrections().stream().filter(c -> c.getEnrolment().getId().equals(e.getId())).toList())));
        }
        return lines;
    }

    public static String csv(TrainingSession s, Function<String, String> names) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord("date", "demi_journee", "debut", "fin", "module", "apprenant", "signe_le", "adresse", "mode",
                    "contresigne_par", "contresigne_le", "corrections_minutes", "motifs");
            for (Line l : lines(s)) {
                HalfDay h = l.halfDay();
                csv.printRecord(DAY.format(h.getDate()), h.getPeriod(), time(h.getStartMinute()), time(h.getEndMinute()), h.getModuleCode(),
                        l.learner(), l.signature() == null ? "" : WHEN.format(l.signature().getSignedAt()),
                        l.signature() == null ? "" : l.signature().getIp(), l.signature() == null ? "" : l.signature().getMethod(),
                        h.isSealed() ? names.apply(h.getSealedBy()) : "", h.isSealed() ? WHEN.format(h.getSealedAt()) : "",
                        l.corrections().stream().mapToInt(AttendanceCorrection::getMinutes).sum(),
                        String.join(" | ", l.corrections().stream().map(AttendanceCorrection::getReason).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static byte[] pdf(TrainingSession s, Function<String, String> names) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Feuille d'émargement - " + s.getTitle());
            info.setCreator("Socle");
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            Writer w = new Writer(doc);
            w.line(bold, 14, "Feuille d'émargement");
            w.line(regular, 10, "Session : " + s.getTitle() + (s.getPlace() == null ? "" : " - " + s.getPlace()));
            w.line(regular, 10, "Formation : " + s.getVersion().getTitle() + " (" + s.getVersion().getProgramme().getCode()
                    + ", version " + s.getVersion().getNumber() + ")");
            w.line(regular, 10, "Organisme : " + s.getOrganisation().getName());
            for (HalfDay h : s.getHalfDays()) {
                w.gap();
                w.line(bold, 11, DAY.format(h.getDate()) + " - " + (h.getPeriod() == HalfDay.Period.MATIN ? "matin" : "après-midi")
                        + " (" + time(h.getStartMinute()) + " - " + time(h.getEndMinute()) + ") - module " + h.getModuleCode());
                for (Line l : lines(s).stream().filter(x -> x.halfDay() == h).toList()) {
                    String signed = l.signature() == null ? "non signé"
                            : "signé le " + WHEN.format(l.signature().getSignedAt()) + " depuis " + l.signature().getIp()
                            + " (" + (l.signature().getMethod() == AttendanceSignature.Method.CLICK ? "clic authentifié" : "signature manuscrite") + ")";
                    w.line(regular, 10, "  " + l.learner() + " : " + signed);
                    for (AttendanceCorrection c : l.corrections()) {
                        w.line(regular, 9, "    correction de " + c.getMinutes() + " min le " + WHEN.format(c.getCorrectedAt()) + " : " + c.getReason());
                    }
                }
                w.line(regular, 10, h.isSealed()
                        ? "  Contre-signé par " + names.apply(h.getSealedBy()) + " le " + WHEN.format(h.getSealedAt()) + " - feuille scellée"
                        : "  Pas encore contre-signée");
            }
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

        void close() throws IOException {
            stream.close();
        }
    }

}
