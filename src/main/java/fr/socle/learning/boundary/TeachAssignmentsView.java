package fr.socle.learning.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** teach/assignments.xhtml: the submissions a trainer has to grade in its organisations, and those graded lately. */
@Named
@ViewScoped
public class TeachAssignmentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECENTLY_GRADED = 30;

    @Inject
    transient Assignments assignments;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private transient List<Assignments.Entry> pending;
    private transient List<Assignments.Entry> graded;
    private final Map<String, Integer> scores = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();

    public List<Assignments.Entry> getPending() {
        if (pending == null) {
            pending = assignments.inMyOrganisations(current.require(), Assignments.Filter.PENDING);
        }
        return pending;
    }

    public List<Assignments.Entry> getGraded() {
        if (graded == null) {
            var all = assignments.inMyOrganisations(current.require(), Assignments.Filter.GRADED);
            graded = all.subList(0, Math.min(RECENTLY_GRADED, all.size()));
        }
        return graded;
    }

    public void grade(String submissionId) {
        try {
            var entry = assignments.grade(current.require(), submissionId, scores.get(submissionId), comments.get(submissionId));
            messages.info(Boolean.TRUE.equals(entry.submission().getPassed()) ? "socle.submission.gradedPassed" : "socle.submission.gradedFailed",
                    entry.submission().getEnrolment().getLearner().getDisplayName(), entry.submission().getScore());
            scores.remove(submissionId);
            comments.remove(submissionId);
            pending = null;
            graded = null;
        } catch (Problem p) {
            messages.problem(p);
        } catch (RuntimeException e) {
            // Graded by someone else at the same moment: the optimistic lock kept the first grade.
            messages.error(null, "socle.concurrentChange");
            pending = null;
        }
    }

    /** A size in kilobytes, rounded up. */
    public long kilobytes(int bytes) {
        return (bytes + 1023L) / 1024;
    }

    public Map<String, Integer> getScores() { return scores; }
    public Map<String, String> getComments() { return comments; }
}
