package fr.socle.delivery.boundary;

import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.ErrorPages;
import fr.socle.delivery.entity.AttendanceSignature;
import fr.socle.delivery.entity.HalfDay;
import fr.socle.delivery.entity.TrainingSession;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import fr.socle.platform.Clients;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * learn/sessions.xhtml (my sessions and their half-days) and learn/sign.xhtml?session=...&amp;halfDay=...&amp;code=...
 * (where the trainer's QR code leads): the learner signs a half-day in the room, by drawing or by a
 * click, with the QR code's current code (carried by the link, or typed from the trainer's screen),
 * during the half-day only; or records its connection to a remote half-day.
 */
@Named
@ViewScoped
public class SignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Clients clients;

    @Inject
    transient Sessions sessions;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String sessionId;
    private String halfDayId;
    private String drawing;
    /** The QR code's code: from the scanned link, or typed. */
    private String code;
    /** Whether the code came with the scanned link (then the page does not ask for it). */
    private boolean scanned;
    private transient TrainingSession session;
    private transient List<TrainingSession> mine;

    /** The sign page: 404 for a session or half-day the caller is not a learner of. */
    public void load() throws IOException {
        try {
            getHalfDay();
            if (getEnrolment().isEmpty()) {
                throw Problem.notFound("socle.session.notFound");
            }
            scanned = code != null && !code.isBlank();
        } catch (Problem p) {
            ErrorPages.send(404);
        }
    }

    public List<TrainingSession> getMine() {
        if (mine == null) {
            mine = sessions.attended(current.require());
        }
        return mine;
    }

    public TrainingSession getSession() {
        if (session == null) {
            session = sessions.find(current.require(), sessionId);
        }
        return session;
    }

    public HalfDay getHalfDay() {
        return getSession().getHalfDays().stream().filter(h -> h.getId().equals(halfDayId)).findFirst()
                .orElseThrow(() -> Problem.notFound("socle.session.halfDayNotFound"));
    }

    private Optional<Enrolment> getEnrolment() {
        return getSession().getLearners().stream().filter(e -> e.getLearner().getId().equals(current.require().accountId())).findFirst();
    }

    /** The caller's signature of a half-day, if it signed. */
    public AttendanceSignature mine(HalfDay h) {
        String me = current.require().accountId();
        return h.getSignatures().stream().filter(s -> s.getEnrolment().getLearner().getId().equals(me)).findFirst().orElse(null);
    }

    /** Whether the half-day takes signatures in the room now (its slot, with the margin). */
    public boolean open(HalfDay h) {
        return sessions.signingOpen(h);
    }

    /** Whether the half-day's signing window is still to come (else it has passed, or is open). */
    public boolean upcoming(HalfDay h) {
        return sessions.signingUpcoming(h);
    }

    public java.time.Instant opens(HalfDay h) {
        return sessions.signingOpens(h);
    }

    public java.time.Instant closes(HalfDay h) {
        return sessions.signingCloses(h);
    }

    public String sign() {
        FacesContext faces = FacesContext.getCurrentInstance();
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        boolean remote = getHalfDay().isRemote();
        try {
            sessions.sign(current.require(), sessionId, halfDayId, clients.address(request), request.getHeader("User-Agent"), drawing, code);
            messages.info(remote ? "socle.sign.connected" : "socle.sign.signed");
        } catch (Problem p) {
            messages.problem(p);
            if (p.key().startsWith("socle.session.code")) {
                // An expired or wrong code: the page now asks for the one on the trainer's screen.
                code = null;
                scanned = false;
            }
        } catch (RuntimeException e) {
            messages.error(null, "socle.authoring.refused");
            faces.validationFailed();
        }
        session = null;
        if (faces.isValidationFailed()) {
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/learn/sign?faces-redirect=true&session=" + sessionId + "&halfDay=" + halfDayId;
    }

    public String getSessionId() { return sessionId; }
    public void setSessionId(String sessionId) { this.sessionId = sessionId; }
    public String getHalfDayId() { return halfDayId; }
    public void setHalfDayId(String halfDayId) { this.halfDayId = halfDayId; }
    public String getDrawing() { return drawing; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isScanned() { return scanned; }
    public void setDrawing(String drawing) { this.drawing = drawing; }
}
