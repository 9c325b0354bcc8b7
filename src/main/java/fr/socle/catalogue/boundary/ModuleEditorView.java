package fr.socle.catalogue.boundary;

import fr.socle.platform.ErrorPages;
import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.entity.Module;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.FacesMessages;
import fr.socle.platform.Problem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.event.ReorderEvent;

/**
 * teach/module.xhtml?code=...&amp;module=...: a module of a draft: its description, target
 * competences, activities (ordered by drag and drop or buttons), lessons in a rich-text editor and
 * quiz questions.
 */
@Named
@ViewScoped
public class ModuleEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Programmes programmes;

    @Inject
    transient Authoring authoring;

    @Inject
    transient CompetenceFrameworks frameworks;

    @Inject
    transient CurrentCaller current;

    @Inject
    transient FacesMessages messages;

    private String code;
    private String moduleId;
    private transient Module module;

    private String title;
    private BigDecimal hours;
    private Modality modality;
    private String objectives;
    private String prerequisites;
    private String licence;

    private String competence;
    private Integer level;

    /** The activity whose content the form edits; none: the form adds a new one. */
    private String editingActivityId;
    private ActivityKind activityKind = ActivityKind.LESSON;
    private String activityTitle;
    private Integer activityMinutes = 30;
    private String activityUrl;
    private String activityInstructions;
    private String lessonHtml;
    private Integer passMark = 70;
    private Integer attempts = 3;

    private String quizId;
    private QuestionKind questionKind = QuestionKind.SINGLE;
    private String questionText;
    private String questionFeedback;
    private Boolean trueFalseAnswer = Boolean.TRUE;
    private String acceptedAnswers;
    private final List<String> choiceTexts = new ArrayList<>(Arrays.asList(null, null, null, null));
    private final List<Boolean> choiceCorrect = new ArrayList<>(Arrays.asList(false, false, false, false));

    public void load() throws IOException {
        try {
            reload();
            if (module == null) {
                throw Problem.notFound("socle.authoring.notFound");
            }
            Module.Header h = module.header();
            title = h.title();
            hours = h.hours();
            modality = h.modality();
            objectives = String.join("\n", h.objectives());
            prerequisites = h.prerequisites();
            licence = h.licence();
        } catch (Problem p) {
            ErrorPages.send(p.kind() == Problem.Kind.FORBIDDEN ? 403 : 404);
        }
    }

    private void reload() {
        var draft = programmes.editableProgramme(current.require(), code).draft().orElse(null);
        module = draft == null ? null : draft.modules().stream().filter(m -> m.getId().equals(moduleId)).findFirst().orElse(null);
    }

    public Module getModule() {
        if (module == null) {
            reload();
        }
        return module;
    }

    public void save() {
        run(() -> authoring.updateModule(current.require(), code, moduleId, new Module.Header(module.getCode(), title, hours, modality,
                objectives == null ? List.of() : objectives.lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                prerequisites, licence)), "socle.authoring.saved");
    }

    public void addCompetence() {
        if (competence == null || !competence.contains(" ")) {
            messages.error(null, "socle.authoring.unknownCompetence");
            return;
        }
        String[] parts = competence.split(" ", 2);
        run(() -> authoring.targetCompetence(current.require(), code, moduleId, parts[0], parts[1], level), "socle.authoring.saved");
    }

    public void clearCompetences() {
        run(() -> authoring.clearCompetences(current.require(), code, moduleId), "socle.authoring.removed");
    }

    public void addActivity() {
        if (activityTitle == null || activityTitle.isBlank() || activityMinutes == null || activityMinutes < 1) {
            messages.error(null, "socle.authoring.badActivity");
            return;
        }
        Activity.Content content = switch (activityKind) {
            case LESSON -> new Activity.Content(activityKind, activityTitle, activityMinutes, null, null, null, lessonHtml,
                    null, null, null, null, null, null);
            case QUIZ -> new Activity.Content(activityKind, activityTitle, activityMinutes, null, null, null, null, null, null,
                    passMark, attempts == null ? 3 : attempts, Boolean.TRUE, activityTitle);
            case TUTORIAL -> new Activity.Content(activityKind, activityTitle, activityMinutes, null, null, null, null,
                    activityUrl, null, null, null, null, null);
            case ASSIGNMENT -> new Activity.Content(activityKind, activityTitle, activityMinutes, null, null, null, null, null,
                    activityInstructions, passMark, null, null, null);
            default -> new Activity.Content(activityKind, activityTitle, activityMinutes, null, null, null, null, null, null,
                    null, null, null, null);
        };
        if (editingActivityId == null) {
            run(() -> authoring.addActivity(current.require(), code, moduleId, content), "socle.authoring.saved");
        } else {
            String id = editingActivityId;
            run(() -> authoring.updateActivity(current.require(), code, id, content), "socle.authoring.saved");
            editingActivityId = null;
        }
        activityTitle = null;
        lessonHtml = null;
        activityUrl = null;
        activityInstructions = null;
    }

    /** Puts an activity's content in the form, to change it. */
    public void editActivity(String id) {
        getModule().getActivities().stream().filter(a -> a.getId().equals(id)).findFirst().ifPresent(a -> {
            editingActivityId = a.getId();
            activityKind = a.getKind();
            activityTitle = a.getTitle();
            activityMinutes = a.getMinutes();
            activityUrl = a.getUrl();
            activityInstructions = a.getInstructions();
            lessonHtml = a.getBodyHtml();
            passMark = a.getPassMark();
            attempts = a.getAttempts();
        });
    }

    public void cancelEdit() {
        editingActivityId = null;
        activityTitle = null;
        lessonHtml = null;
        activityUrl = null;
        activityInstructions = null;
    }

    public String getEditingActivityId() {
        return editingActivityId;
    }

    public void removeActivity(String id) {
        run(() -> authoring.removeActivity(current.require(), code, id), "socle.authoring.removed");
    }

    public void moveActivity(String id, int index) {
        run(() -> authoring.moveActivity(current.require(), code, id, index), null);
    }

    public void onActivityReorder(ReorderEvent event) {
        String id = getModule().getActivities().get(event.getFromIndex()).getId();
        moveActivity(id, event.getToIndex());
    }

    public void addQuestion() {
        List<Authoring.ChoiceInput> choices = new ArrayList<>();
        for (int i = 0; i < choiceTexts.size(); i++) {
            choices.add(new Authoring.ChoiceInput(choiceTexts.get(i), Boolean.TRUE.equals(choiceCorrect.get(i)), null));
        }
        List<String> accepted = acceptedAnswers == null ? List.of()
                : Arrays.stream(acceptedAnswers.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        run(() -> authoring.addQuestion(current.require(), code, quizId, questionKind, questionText, questionFeedback,
                trueFalseAnswer, accepted, choices), "socle.authoring.saved");
        questionText = null;
        questionFeedback = null;
        acceptedAnswers = null;
        java.util.Collections.fill(choiceTexts, null);
        java.util.Collections.fill(choiceCorrect, false);
    }

    public void removeQuestion(String activityId, String questionId) {
        run(() -> authoring.removeQuestion(current.require(), code, activityId, questionId), "socle.authoring.removed");
    }

    private void run(Runnable action, String doneKey) {
        messages.attempt(action, doneKey, code);
        reload();
    }

    public List<Activity> getQuizzes() {
        return getModule().getActivities().stream().filter(a -> a.getKind() == ActivityKind.QUIZ).toList();
    }

    public List<CompetenceFrameworks.Option> getCompetences() {
        return frameworks.options();
    }

    public ActivityKind[] getActivityKinds() { return ActivityKind.values(); }
    public QuestionKind[] getQuestionKinds() { return QuestionKind.values(); }
    public Modality[] getModalities() { return Modality.values(); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getModuleId() { return moduleId; }
    public void setModuleId(String moduleId) { this.moduleId = moduleId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal hours) { this.hours = hours; }
    public Modality getModality() { return modality; }
    public void setModality(Modality modality) { this.modality = modality; }
    public String getObjectives() { return objectives; }
    public void setObjectives(String objectives) { this.objectives = objectives; }
    public String getPrerequisites() { return prerequisites; }
    public void setPrerequisites(String prerequisites) { this.prerequisites = prerequisites; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
    public String getCompetence() { return competence; }
    public void setCompetence(String competence) { this.competence = competence; }
    public Integer getLevel() { return level; }
    public void setLevel(Integer level) { this.level = level; }
    public ActivityKind getActivityKind() { return activityKind; }
    public void setActivityKind(ActivityKind activityKind) { this.activityKind = activityKind; }
    public String getActivityTitle() { return activityTitle; }
    public void setActivityTitle(String activityTitle) { this.activityTitle = activityTitle; }
    public Integer getActivityMinutes() { return activityMinutes; }
    public void setActivityMinutes(Integer activityMinutes) { this.activityMinutes = activityMinutes; }
    public String getActivityUrl() { return activityUrl; }
    public void setActivityUrl(String activityUrl) { this.activityUrl = activityUrl; }
    public String getActivityInstructions() { return activityInstructions; }
    public void setActivityInstructions(String activityInstructions) { this.activityInstructions = activityInstructions; }
    public String getLessonHtml() { return lessonHtml; }
    public void setLessonHtml(String lessonHtml) { this.lessonHtml = lessonHtml; }
    public Integer getPassMark() { return passMark; }
    public void setPassMark(Integer passMark) { this.passMark = passMark; }
    public Integer getAttempts() { return attempts; }
    public void setAttempts(Integer attempts) { this.attempts = attempts; }
    public String getQuizId() { return quizId; }
    public void setQuizId(String quizId) { this.quizId = quizId; }
    public QuestionKind getQuestionKind() { return questionKind; }
    public void setQuestionKind(QuestionKind questionKind) { this.questionKind = questionKind; }
    public String getQuestionText() { return questionText; }
    public void setQuestionText(String questionText) { this.questionText = questionText; }
    public String getQuestionFeedback() { return questionFeedback; }
    public void setQuestionFeedback(String questionFeedback) { this.questionFeedback = questionFeedback; }
    public Boolean getTrueFalseAnswer() { return trueFalseAnswer; }
    public void setTrueFalseAnswer(Boolean trueFalseAnswer) { this.trueFalseAnswer = trueFalseAnswer; }
    public String getAcceptedAnswers() { return acceptedAnswers; }
    public void setAcceptedAnswers(String acceptedAnswers) { this.acceptedAnswers = acceptedAnswers; }
    public List<String> getChoiceTexts() { return choiceTexts; }
    public List<Boolean> getChoiceCorrect() { return choiceCorrect; }
}
