package fr.socle.delivery.control;

import fr.socle.platform.Formats;
import fr.socle.delivery.entity.AttendanceCorrection;
import fr.socle.delivery.entity.AttendanceSignature;
import fr.socle.delivery.entity.HalfDay;
import fr.socle.delivery.entity.TrainingSession;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;
import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.HtmlPdf;
import fr.socle.platform.HtmlTemplate;
import fr.socle.platform.SpreadsheetCsv;

/**
 * A session's attendance sheet (feuille d'émargement) as PDF and CSV: for each half-day, every
 * learner with its signature (time, address, method), the trainer's counter-signature, and the
 * corrections. The same facts in both formats. The PDF is laid out from the template
 * {@code certificates/feuille-emargement.html} by the one document path ({@link HtmlPdf}: tagged,
 * fonts embedded); once sealed, the boundary has it sealed by the organisation's seal.
 */
public final class AttendanceSheet {

    private static final ZoneId PARIS = Formats.PARIS;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(PARIS);
    private static final DateTimeFormatter DAY = Formats.FRENCH_DAY;
    private static final HtmlPdf ENGINE = HtmlPdf.shared();
    private static final HtmlTemplate TEMPLATE = HtmlPdf.template("feuille-emargement.html");

    private final TrainingSession session;
    private final Function<String, String> names;
    private final ToLongBiFunction<HalfDay, Enrolment> activity;
    /** The images of the sheet being laid out, to name each apart (a sheet is made by one thread). */
    private int images;

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
        return ENGINE.render(TEMPLATE, values(halfDays), Map.of());
    }

    /** What the template {@code certificates/feuille-emargement.html} prints: the session, then each half-day and its lines. */
    Map<String, Object> values(List<HalfDay> halfDays) {
        images = 0;
        Map<String, Object> v = new HashMap<>();
        v.put("title", text(session.getTitle()));
        v.put("place", text(session.getPlace()));
        v.put("programmeTitle", text(session.getVersion().getTitle()));
        v.put("programmeCode", text(session.getVersion().getProgramme().getCode()));
        v.put("versionNumber", session.getVersion().getNumber());
        v.put("organisation", text(session.getOrganisation().getName()));
        List<Map<String, Object>> days = new ArrayList<>();
        for (HalfDay h : halfDays) {
            Map<String, Object> d = new HashMap<>();
            d.put("day", DAY.format(h.getDate()));
            d.put("period", h.getPeriod() == HalfDay.Period.MATIN ? "matin" : "après-midi");
            d.put("start", time(h.getStartMinute()));
            d.put("end", time(h.getEndMinute()));
            d.put("module", text(h.getModuleCode()));
            d.put("remote", h.isRemote());
            List<Map<String, Object>> lines = new ArrayList<>();
            for (Line l : lines(h)) {
                lines.add(line(h, l));
            }
            d.put("lines", lines);
            d.put("hasLines", !lines.isEmpty());
            d.put("sealed", h.isSealed());
            d.put("sealedBy", h.isSealed() ? text(names.apply(h.getSealedBy())) : null);
            d.put("sealedAt", h.isSealed() ? WHEN.format(h.getSealedAt()) : null);
            d.put("sealedDrawing", image(h.getSealedDrawing()));
            days.add(d);
        }
        v.put("halfDays", days);
        return v;
    }

    private Map<String, Object> line(HalfDay h, Line l) {
        AttendanceSignature sig = l.signature();
        Map<String, Object> m = new HashMap<>();
        m.put("learner", text(l.learner()));
        m.put("unsigned", sig == null);
        m.put("byClick", sig != null && sig.getMethod() == AttendanceSignature.Method.CLICK);
        m.put("byDrawing", sig != null && sig.getMethod() == AttendanceSignature.Method.DRAWN);
        m.put("byConnection", sig != null && sig.getMethod() == AttendanceSignature.Method.REMOTE);
        m.put("byAttestation", sig != null && sig.getMethod() == AttendanceSignature.Method.ATTESTED);
        m.put("when", sig == null ? null : WHEN.format(sig.getSignedAt()));
        m.put("ip", sig == null ? null : text(sig.getIp()));
        m.put("browser", sig == null || sig.getUserAgent() == null ? null : text(browser(sig.getUserAgent())));
        m.put("events", sig != null && sig.getMethod() == AttendanceSignature.Method.REMOTE ? activity.applyAsLong(h, l.enrolment()) : null);
        m.put("attestedBy", sig == null || sig.getAttestedBy() == null ? null : text(names.apply(sig.getAttestedBy())));
        m.put("drawing", sig == null ? null : image(sig.getDrawing()));
        List<Map<String, Object>> corrections = new ArrayList<>();
        for (AttendanceCorrection c : l.corrections()) {
            Map<String, Object> k = new HashMap<>();
            k.put("minutes", c.getMinutes());
            k.put("when", WHEN.format(c.getCorrectedAt()));
            k.put("reason", text(c.getReason()));
            corrections.add(k);
        }
        m.put("corrections", corrections);
        return m;
    }

    /**
     * A kept drawing as the image the template shows (a PNG {@code data:} URI), or null. Each image is
     * named apart (a {@code name} parameter of the URI): the layout engine would otherwise print two
     * identical drawings (the same pad for the learner and the trainer) as one image drawn twice.
     */
    private String image(String drawing) {
        return drawing == null ? null
                : "data:image/png;name=signature-" + (++images) + ";base64," + Base64.getEncoder().encodeToString(Drawings.png(drawing));
    }

    /** What people typed, printable: a character the fonts lack becomes U+FFFD rather than failing the sheet. */
    private static String text(String typed) {
        return typed == null ? null : ENGINE.printableText(typed);
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
}
