package fr.socle.catalogue.boundary;

import fr.socle.catalogue.control.LessonRenderer;
import fr.socle.platform.ErrorPages;
import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.Question;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Problem;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * teach/preview.xhtml?code=...&amp;module=...: a module of the draft as a learner will see it: lessons,
 * links, instructions, and quizzes that can be answered and checked (nothing is recorded).
 */
@Named
@ViewScoped
public class ModulePreviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Programmes programmes;

    @Inject
    transient CurrentCaller current;

    private String code;
    private String moduleId;
    private transient Module module;

    /** Answers by question id: the chosen choice indexes (as strings), the true/false or typed text. */
    private final QuizForm form = new QuizForm();
    private final Map<String, Integer> scores = new HashMap<>();

    public void load() throws IOException {
        try {
            module = find();
        } catch (Problem p) {
            ErrorPages.send(404);
        }
    }

    private Module find() {
        var programme = programmes.editableProgramme(current.require(), code);
        ProgrammeVersion version = programme.draft().or(programme::latestPublished)
                .orElseThrow(() -> Problem.notFound("socle.authoring.notFound"));
        return version.modules().stream().filter(m -> m.getId().equals(moduleId) || m.getCode().equals(moduleId)).findFirst()
                .orElseThrow(() -> Problem.notFound("socle.authoring.notFound"));
    }

    public Module getModule() {
        if (module == null) {
            module = find();
        }
        return module;
    }

    /** Grades a quiz as the learner pages will: the percentage of right answers against the pass mark. */
    public void check(String activityId) {
        Activity quiz = getModule().getActivities().stream().filter(a -> a.getId().equals(activityId)).findFirst().orElseThrow();
        List<Question.Answer> answers = form.answers(quiz);
        int right = 0;
        for (int i = 0; i < answers.size(); i++) {
            if (quiz.getQuestions().get(i).isRight(answers.get(i))) {
                right++;
            }
        }
        scores.put(activityId, quiz.getQuestions().isEmpty() ? 0 : Math.round(100f * right / quiz.getQuestions().size()));
    }

    public Integer score(String activityId) {
        return scores.get(activityId);
    }

    public boolean passed(Activity quiz) {
        Integer score = scores.get(quiz.getId());
        return score != null && score >= (quiz.getPassMark() == null ? 0 : quiz.getPassMark());
    }

    /** A lesson's stored HTML with its images served by the application. */
    public String html(Activity lesson) {
        return LessonRenderer.forPage(lesson, FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath());
    }

    public QuizForm getForm() { return form; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getModuleId() { return moduleId; }
    public void setModuleId(String moduleId) { this.moduleId = moduleId; }
}
