package fr.socle.delivery.boundary;

import fr.socle.platform.ErrorPages;
import fr.socle.delivery.entity.AttendanceSignature;
import fr.socle.delivery.entity.HalfDay;
import fr.socle.delivery.entity.TrainingSession;
import fr.socle.identity.boundary.CurrentCaller;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
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
 * learn/sessions.xhtml (my sessions and their half-days) and learn/sign.xhtml?session=...&amp;halfDay=...
 * (where the trainer's QR code leads): the learner signs a half-day, by drawing or by a click, or
 * records its connection to a remote half-day.
 */
@Named
@ViewScoped
public class SignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Sessions sessions;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String sessionId;
    private String halfDayId;
    private String drawing;
    private transient TrainingSession session;
    private transient List<TrainingSession> mine;

    /** The sign page: 404 for a session or half-day the caller is not a learner of. */
    public void load() throws IOException {
        try {
            getHalfDay();
            if (getEnrolment().isEmpty()) {
                throw Problem.notFound("socle.session.notFound");
            }
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

    private Optional<fr.socle.enrolment.entity.Enrolment> getEnrolment() {
        return getSession().getLearners().stream().filter(e -> e.getLearner().getId().equals(current.require().accountId())).findFirst();
    }

    /** The caller's signature of a half-day, if it signed. */
    public AttendanceSignature mine(HalfDay h) {
        String me = current.require().accountId();
        return h.getSignatures().stream().filter(s -> s.getEnrolment().getLearner().getId().equals(me)).findFirst().orElse(null);
    }

    public String sign() {
        FacesContext faces = FacesContext.getCurrentInstance();
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        messages.attempt(() -> sessions.sign(current.require(), sessionId, halfDayId, jakarta.enterprise.inject.spi.CDI.current().select(fr.socle.platform.Clients.class).get().address(request), request.getHeader("User-Agent"), drawing),
                getHalfDay().isRemote() ? "socle.sign.connected" : "socle.sign.signed");
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
    public void setDrawing(String drawing) { this.drawing = drawing; }
}
