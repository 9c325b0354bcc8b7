package fr.socle.progress.boundary;

import fr.socle.catalogue.control.LessonRenderer;
import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.entity.Module;
import fr.socle.identity.boundary.CurrentCaller;
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

/** learn/module.xhtml?enrolment=...&amp;module=...: a learner follows a module: lessons, tutorials, quizzes. */
@Named
@ViewScoped
public class ModuleLearningView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Learning learning;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String enrolmentId;
    private String moduleCode;
    private transient Learning.Standing standing;

    private final fr.socle.catalogue.boundary.QuizForm form = new fr.socle.catalogue.boundary.QuizForm();
    private final Map<String, Learning.Graded> graded = new HashMap<>();

    public void load() throws IOException {
        try {
            reload();
            if (getModule() == null) {
                throw Problem.notFound("socle.learning.activityNotFound");
            }
        } catch (Problem p) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void reload() {
        standing = learning.standing(current.require(), enrolmentId);
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

    public fr.socle.catalogue.boundary.QuizForm getForm() { return form; }
    public String getEnrolmentId() { return enrolmentId; }
    public void setEnrolmentId(String enrolmentId) { this.enrolmentId = enrolmentId; }
    public String getModuleCode() { return moduleCode; }
    public void setModuleCode(String moduleCode) { this.moduleCode = moduleCode; }
}
