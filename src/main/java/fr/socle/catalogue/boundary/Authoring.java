package fr.socle.catalogue.boundary;

import fr.socle.catalogue.control.LessonRenderer;
import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.ProgrammeComponent;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.catalogue.entity.Question;
import fr.socle.platform.Caller;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * What trainers do to a draft in the browser: its sheet, components, modules, activities and quiz
 * questions, and their order. Every change goes to the programme's draft (opened from the latest
 * published version when there is none); a published version is never touched.
 */
@ApplicationScoped
@Transactional
public class Authoring {

    @PersistenceContext
    EntityManager em;

    @Inject
    Programmes programmes;

    @Inject
    CompetenceFrameworks frameworks;

    /** A choice of a question being written: its text and whether it is right. */
    public record ChoiceInput(String text, boolean correct, String feedback) {
    }

    public ProgrammeVersion draft(Caller caller, String code) {
        return programmes.draft(caller, code);
    }

    public void updateSheet(Caller caller, String code, ProgrammeVersion.Header header) {
        draft(caller, code).apply(header);
    }

    public ProgrammeComponent addComponent(Caller caller, String code, String componentCode, ComponentKind kind, String title) {
        String c = componentCode == null ? "" : componentCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches(CODE) || title == null || title.isBlank() || tooLong(title, 200) || kind == null) {
            throw Problem.badRequest("socle.authoring.badComponent");
        }
        try {
            ProgrammeComponent component = draft(caller, code).addComponent(c, kind, title.strip(), null);
            em.flush();
            return component;
        } catch (IllegalArgumentException e) {
            throw Problem.conflict("socle.authoring.duplicate", c);
        }
    }

    public void removeComponent(Caller caller, String code, String componentId) {
        ProgrammeVersion draft = draft(caller, code);
        draft.removeComponent(component(draft, componentId));
    }

    public void moveComponent(Caller caller, String code, String componentId, int newIndex) {
        ProgrammeVersion draft = draft(caller, code);
        draft.moveComponent(component(draft, componentId), newIndex);
    }

    public Module addModule(Caller caller, String code, String componentId, Module.Header header) {
        if (!header.code().matches(CODE) || tooLong(header.title(), 200) || header.hours().compareTo(MAX_HOURS) > 0
                || header.objectives().stream().anyMatch(o -> o.length() > 500)) {
            throw Problem.badRequest("socle.authoring.badModule");
        }
        ProgrammeVersion draft = draft(caller, code);
        try {
            Module module = component(draft, componentId).addModule(header);
            em.flush();
            return module;
        } catch (IllegalArgumentException e) {
            throw Problem.conflict("socle.authoring.duplicate", header.code());
        }
    }

    public void updateModule(Caller caller, String code, String moduleId, Module.Header header) {
        if (tooLong(header.title(), 200) || header.hours().compareTo(MAX_HOURS) > 0 || tooLong(header.prerequisites(), 2000)
                || tooLong(header.licence(), 60) || header.objectives().stream().anyMatch(o -> o.length() > 500)) {
            throw Problem.badRequest("socle.authoring.badModule");
        }
        module(draft(caller, code), moduleId).apply(header);
    }

    public void removeModule(Caller caller, String code, String moduleId) {
        Module m = module(draft(caller, code), moduleId);
        m.getComponent().removeModule(m);
    }

    public void moveModule(Caller caller, String code, String moduleId, int newIndex) {
        Module m = module(draft(caller, code), moduleId);
        m.getComponent().moveModule(m, newIndex);
    }

    public void targetCompetence(Caller caller, String code, String moduleId, String framework, String competence, Integer level) {
        Module m = module(draft(caller, code), moduleId);
        var target = frameworks.competence(framework, competence)
                .orElseThrow(() -> Problem.badRequest("socle.authoring.unknownCompetence"));
        if (m.getCompetences().stream().anyMatch(c -> c.getCompetence().getId().equals(target.getId()))) {
            throw Problem.conflict("socle.authoring.duplicate", framework + " " + competence);
        }
        try {
            m.target(target, level);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.authoring.badLevel");
        }
    }

    public void clearCompetences(Caller caller, String code, String moduleId) {
        module(draft(caller, code), moduleId).clearCompetences();
    }

    /** Adds an activity; a lesson's HTML from the editor is sanitised before it is stored. */
    public Activity addActivity(Caller caller, String code, String moduleId, Activity.Content content) {
        Activity a = module(draft(caller, code), moduleId).addActivity(clean(content));
        em.flush();
        return a;
    }

    public void updateActivity(Caller caller, String code, String activityId, Activity.Content content) {
        activity(draft(caller, code), activityId).apply(clean(content));
    }

    public void removeActivity(Caller caller, String code, String activityId) {
        Activity a = activity(draft(caller, code), activityId);
        a.getModule().removeActivity(a);
    }

    public void moveActivity(Caller caller, String code, String activityId, int newIndex) {
        Activity a = activity(draft(caller, code), activityId);
        a.getModule().moveActivity(a, newIndex);
    }

    public Question addQuestion(Caller caller, String code, String activityId, QuestionKind kind, String text, String feedback,
                                Boolean answer, List<String> accepted, List<ChoiceInput> choices) {
        Activity quiz = activity(draft(caller, code), activityId);
        if (quiz.getKind() != ActivityKind.QUIZ) {
            throw Problem.badRequest("socle.authoring.notAQuiz");
        }
        if (text == null || text.isBlank() || kind == null || tooLong(text, 2000) || tooLong(feedback, 2000)
                || choices.stream().anyMatch(c -> tooLong(c.text(), 500) || tooLong(c.feedback(), 1000))
                || accepted != null && String.join("\n", accepted).length() > 4000) {
            throw Problem.badRequest("socle.authoring.badQuestion");
        }
        Question q = quiz.addQuestion(kind, text, feedback, answer, accepted);
        if (kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE) {
            choices.stream().filter(c -> c.text() != null && !c.text().isBlank())
                    .forEach(c -> q.addChoice(c.text(), c.correct(), c.feedback()));
        }
        em.flush();
        return q;
    }

    public void removeQuestion(Caller caller, String code, String activityId, String questionId) {
        Activity quiz = activity(draft(caller, code), activityId);
        quiz.removeQuestion(quiz.getQuestions().stream().filter(q -> q.getId().equals(questionId)).findFirst()
                .orElseThrow(() -> Problem.notFound("socle.authoring.notFound")));
    }

    /** Codes of components and modules: what the file format allows, and safe in a URL. */
    static final String CODE = "[A-Z0-9][A-Z0-9-]{0,39}";
    static final java.math.BigDecimal MAX_HOURS = new java.math.BigDecimal("99999");

    private static boolean tooLong(String s, int max) {
        return s != null && s.length() > max;
    }

    private static Activity.Content clean(Activity.Content c) {
        if (tooLong(c.title(), 200) || tooLong(c.instructions(), 5000) || c.minutes() > 6000
                || c.passMark() != null && (c.passMark() < 0 || c.passMark() > 100)) {
            throw Problem.badRequest("socle.authoring.badActivity");
        }
        if (c.kind() == ActivityKind.TUTORIAL && (c.url() == null || !c.url().matches("https://\\S{1,992}"))) {
            throw Problem.badRequest("socle.authoring.badUrl");
        }
        if (c.kind() != ActivityKind.LESSON) {
            return c;
        }
        String html = LessonRenderer.sanitise(c.bodyHtml());
        return new Activity.Content(c.kind(), c.title(), c.minutes(), c.completion(), c.fileName(), html, html,
                null, null, null, null, null, null);
    }

    static ProgrammeComponent component(ProgrammeVersion draft, String id) {
        return draft.getComponents().stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("socle.authoring.notFound"));
    }

    static Module module(ProgrammeVersion draft, String id) {
        return draft.modules().stream().filter(m -> m.getId().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("socle.authoring.notFound"));
    }

    static Activity activity(ProgrammeVersion draft, String id) {
        return draft.modules().stream().flatMap(m -> m.getActivities().stream()).filter(a -> a.getId().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("socle.authoring.notFound"));
    }
}
