package fr.socle.delivery.boundary;

import fr.socle.platform.Downloads;
import fr.socle.platform.ErrorPages;
import fr.socle.delivery.entity.AttendanceSignature;
import fr.socle.delivery.entity.HalfDay;
import fr.socle.delivery.entity.TrainingSession;
import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import fr.socle.platform.QrCodes;
import fr.socle.platform.Clients;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * teach/session.xhtml: a session for its trainers: its learners, and for each half-day the
 * signatures, a QR code learners scan to sign from a phone, the counter-signature and corrections.
 * In the room, the QR code (and the code written beside it) is shown during the half-day's signing
 * window only and renewed by the page itself every few seconds ({@link #getRefreshSeconds}), so that
 * a photo of it is soon worth nothing; a learner without a phone is attested present by the trainer.
 */
@Named
@ViewScoped
public class TeachSessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Clients clients;

    @Inject
    transient Sessions sessions;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String id;
    private transient TrainingSession session;
    private transient List<Enrolment> candidates;
    private String enrolmentId;
    private String drawing;
    private String correctionEnrolmentId;
    private int correctionMinutes;
    private String correctionReason;

    /** Loads the session; 404 for one the caller may not run. */
    public void load() throws IOException {
        try {
            session = sessions.find(current.require(), id);
            if (!current.require().teaches(session.getOrganisation().getId())) {
                throw Problem.notFound("socle.session.notFound");
            }
        } catch (Problem p) {
            ErrorPages.send(404);
        }
    }

    public TrainingSession getSession() {
        if (session == null && id != null) {
            session = sessions.find(current.require(), id);
        }
        return session;
    }

    public List<Enrolment> getCandidates() {
        if (candidates == null) {
            candidates = sessions.candidates(current.require(), id);
        }
        return candidates;
    }

    /** A line of a half-day's sheet: a learner and its signature, if it signed. */
    public record Line(Enrolment enrolment, AttendanceSignature signature) {
    }

    public List<Line> lines(HalfDay h) {
        return getSession().getLearners().stream().map(e -> new Line(e, h.getSignatures().stream()
                .filter(s -> s.getEnrolment().getId().equals(e.getId())).findFirst().orElse(null))).toList();
    }

    public String name(String accountId) {
        return sessions.displayName(accountId);
    }

    /** Where a learner's phone goes to sign this half-day: in the room, with the current code. */
    public String signLink(HalfDay h) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return SessionsResource.signLink(request, id, h.getId(), h.isRemote() ? null : signCode(h).code());
    }

    public String qrCode(HalfDay h) {
        return QrCodes.dataUrl(signLink(h), 220);
    }

    /**
     * The half-day's current code, read once per request (the image, the text and the link show the
     * same one).
     */
    public Sessions.SignCode signCode(HalfDay h) {
        var attributes = FacesContext.getCurrentInstance().getAttributes();
        return (Sessions.SignCode) attributes.computeIfAbsent("signCode:" + h.getId(), k -> {
            try {
                return sessions.signCode(current.require(), id, h.getId());
            } catch (Problem p) {
                return null; // sealed meanwhile (by another trainer): no code to show; the next page load says so
            }
        });
    }

    /** Whether learners may sign this half-day in the room now (and there is a code to show). */
    public boolean open(HalfDay h) {
        return sessions.signingOpen(h) && signCode(h) != null;
    }

    public boolean upcoming(HalfDay h) {
        return sessions.signingUpcoming(h);
    }

    public java.time.Instant opens(HalfDay h) {
        return sessions.signingOpens(h);
    }

    public java.time.Instant closes(HalfDay h) {
        return sessions.signingCloses(h);
    }

    /** Whether the page renews its QR codes: a half-day in the room, not sealed, whose signing window is open or opens within a day. */
    public boolean isPolling() {
        return getSession() != null && getSession().getHalfDays().stream().anyMatch(h -> !h.isRemote() && !h.isSealed()
                && sessions.signingSoon(h));
    }

    public int getRefreshSeconds() {
        return sessions.refreshSeconds();
    }

    public String attest(HalfDay h, Enrolment e) {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        messages.attempt(() -> sessions.attest(current.require(), id, h.getId(), e.getId(), request.getRemoteAddr(), request.getHeader("User-Agent")),
                "socle.sessions.attested", e.getLearner().getDisplayName());
        return reload();
    }

    public String addLearner() {
        messages.attempt(() -> sessions.addLearner(current.require(), id, enrolmentId), "socle.sessions.learnerAdded");
        return reload();
    }

    public String seal(HalfDay h) {
        String ip = clients.address((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        messages.attempt(() -> sessions.seal(current.require(), id, h.getId(), ip, drawing), "socle.sessions.sealed");
        return reload();
    }

    public String correct(HalfDay h) {
        messages.attempt(() -> sessions.correct(current.require(), id, h.getId(), correctionEnrolmentId, correctionMinutes, correctionReason),
                "socle.sessions.corrected");
        return reload();
    }

    public void pdf() throws IOException {
        download(sessions.sheet(current.require(), id, true), "application/pdf", "pdf");
    }

    public void csv() throws IOException {
        download(sessions.sheet(current.require(), id, false), "text/csv; charset=UTF-8", "csv");
    }

    private void download(byte[] bytes, String type, String extension) throws IOException {
        Downloads.send(bytes, type, "emargement-" + id + "." + extension);
    }

    /** After an action, the page again at its own address (so that reloading it works), with the action's messages. */
    private String reload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isValidationFailed()) {
            session = null;
            candidates = null;
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/teach/session?faces-redirect=true&id=" + id;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getEnrolmentId() { return enrolmentId; }
    public void setEnrolmentId(String enrolmentId) { this.enrolmentId = enrolmentId; }
    public String getDrawing() { return drawing; }
    public void setDrawing(String drawing) { this.drawing = drawing; }
    public String getCorrectionEnrolmentId() { return correctionEnrolmentId; }
    public void setCorrectionEnrolmentId(String correctionEnrolmentId) { this.correctionEnrolmentId = correctionEnrolmentId; }
    public int getCorrectionMinutes() { return correctionMinutes; }
    public void setCorrectionMinutes(int correctionMinutes) { this.correctionMinutes = correctionMinutes; }
    public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(String correctionReason) { this.correctionReason = correctionReason; }
}
