package fr.socle.reporting.boundary;

import fr.socle.learning.boundary.Enrolments;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The form on teach/cohort.xhtml where the session's trainers record each learner's positioning result
 * at entry (Qualiopi indicator 8). The cohort page itself is {@link CohortView}.
 */
@Named
@ViewScoped
public class PositioningView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A learner of the session: its enrolment, whether it is still open, the result recorded so far (null if none), and
     * when and by whom it was last recorded (null for a result recorded before they were kept).
     */
    public record Learner(String enrolmentId, String learner, boolean open, String positioning, java.time.Instant positionedAt,
                          String positionedBy) implements Serializable {
    }

    @Inject
    transient Reports reports;

    @Inject
    transient Enrolments enrolments;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String sessionId;
    private transient List<Learner> learners;
    /** What the form holds, by enrolment: the recorded result at first, then what the trainer typed. */
    private final HashMap<String, String> drafts = new HashMap<>();

    /** The session, from the page's parameter (once: the view keeps it across the form's posts). */
    public void open(String sessionId) {
        this.sessionId = sessionId;
    }

    public List<Learner> getLearners() {
        if (learners == null) {
            learners = reports.enrolments(current.require(), sessionId).stream()
                    .map(e -> new Learner(e.getId(), e.getLearner().getDisplayName(), !e.getStatus().isEnded(), e.getPositioning(),
                            e.getPositionedAt(), e.getPositionedBy()))
                    .toList();
            learners.forEach(l -> drafts.putIfAbsent(l.enrolmentId(), l.positioning()));
        }
        return learners;
    }

    public Map<String, String> getDrafts() {
        return drafts;
    }

    public void save(String enrolmentId, String learner) {
        messages.attempt(() -> {
            enrolments.recordPositioning(current.require(), enrolmentId, drafts.get(enrolmentId));
            drafts.remove(enrolmentId);
        }, "socle.positioning.saved", learner);
        learners = null;
    }
}
