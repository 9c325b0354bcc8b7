package fr.socle.learning.boundary;

import fr.socle.platform.BodyLimits;
import fr.socle.learning.control.AssignmentFiles;
import fr.socle.catalogue.boundary.QuizForm;
import jakarta.enterprise.event.Observes;
import fr.socle.platform.ErrorPages;
import fr.socle.catalogue.control.LessonRenderer;
import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.entity.Module;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** learn/module.xhtml?enrolment=...&amp;module=...: a learner follows a module: lessons, tutorials, quizzes, assignments. */
@Named
@ViewScoped
public class ModuleLearningView implements Serializable {

    /** An assignment's file, handed in on this page or through the API, takes the assignment limit. */
    static void bodyLimits(@Observes BodyLimits.Routes routes) {
        routes.add(AssignmentFiles.MAX_BYTES, "/learn/module.xhtml",
                "/api/v1/enrolments/*/assignments/*/submissions");
    }


    private static final long serialVersionUID = 1L;

    @Inject
    transient Learning learning;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Assignments assignments;

    private String enrolmentId;
    private String moduleCode;
    private transient Learning.Standing standing;

    private final QuizForm form = new QuizForm();
    private final Map<String, Learning.Graded> graded = new HashMap<>();

    /**
     * The file and the comment of the assignment form being sent (one form is sent at a time). The
     * page uses h:inputFile, not p:fileUpload: PrimeFaces 15 renders the input of its simple mode with
     * aria-hidden="true", which hides the only control from screen readers (RGAA 4, WCAG 4.1.2).
     */
    private transient jakarta.servlet.http.Part upload;
    private String comment;
    private transient Map<String, java.util.List<Assignments.Entry>> submissions;

    public void load() throws IOException {
        try {
            reload();
            if (getModule() == null) {
                throw Problem.notFound("socle.learning.activityNotFound");
            }
        } catch (Problem p) {
            ErrorPages.send(404);
        }
    }

    private void reload() {
        standing = learning.standing(current.require(), enrolmentId);
        submissions = null;
    }

    public Learning.Standing getStanding() {
        if (standing == null) {
            reload();
        }
        return standing;
    }

    public Module getModule() {
        return getStanding().enrolment().modules().stream().filter(m -> m.getCode().equals(moduleCode)).findFirst().orElse(null);
    }

    public boolean done(Activity a) {
        return getStanding().rules().isComplete(a);
    }

    public String html(Activity lesson) {
        return LessonRenderer.forPage(lesson, FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath());
    }

    public void markDone(String activityId) {
        try {
            standing = learning.markDone(current.require(), enrolmentId, activityId);
            messages.info("socle.learn.done");
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public void submit(String activityId) {
        Activity quiz = getModule().getActivities().stream().filter(a -> a.getId().equals(activityId)).findFirst().orElseThrow();
        var answers = form.answers(quiz);
        try {
            graded.put(activityId, learning.submitQuiz(current.require(), enrolmentId, activityId, answers));
            reload();
        } catch (Problem p) {
            messages.problem(p);
        }
    }

    public Learning.Graded result(String activityId) {
        return graded.get(activityId);
    }

    /** The learner hands in the chosen file for an assignment. */
    public void hand(String activityId) {
        if (upload == null || upload.getSubmittedFileName() == null || upload.getSubmittedFileName().isBlank()) {
            messages.problem(Problem.badRequest("socle.submission.noFile"));
            return;
        }
        if (upload.getSize() > AssignmentFiles.MAX_BYTES) {
            messages.problem(Problem.badRequest("socle.submission.tooLarge", AssignmentFiles.MAX_MEGABYTES));
            return;
        }
        try (var in = upload.getInputStream()) {
            assignments.submit(current.require(), enrolmentId, activityId, upload.getSubmittedFileName(),
                    AssignmentFiles.read(in), comment);
            messages.info("socle.submission.received");
            comment = null;
            reload();
        } catch (Problem p) {
            messages.problem(p);
        } catch (IOException e) {
            messages.problem(Problem.badRequest("socle.submission.unreadable"));
        } catch (RuntimeException e) {
            // Two submissions at once: the database keeps one (unique number).
            messages.error(null, "socle.concurrentChange");
        }
    }

    /** The learner's submissions for an assignment, latest first. */
    public java.util.List<Assignments.Entry> submissions(Activity a) {
        if (submissions == null) {
            submissions = new HashMap<>();
        }
        return submissions.computeIfAbsent(a.getId(), id -> assignments.history(current.require(), enrolmentId, id));
    }

    public String getAccept() { return AssignmentFiles.ACCEPT; }
    public jakarta.servlet.http.Part getUpload() { return upload; }
    public void setUpload(jakarta.servlet.http.Part upload) { this.upload = upload; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public QuizForm getForm() { return form; }
    public String getEnrolmentId() { return enrolmentId; }
    public void setEnrolmentId(String enrolmentId) { this.enrolmentId = enrolmentId; }
    public String getModuleCode() { return moduleCode; }
    public void setModuleCode(String moduleCode) { this.moduleCode = moduleCode; }
}
