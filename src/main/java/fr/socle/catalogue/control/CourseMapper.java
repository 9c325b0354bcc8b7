package fr.socle.catalogue.control;

import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.boundary.ActivityKind;
import fr.socle.catalogue.entity.Attachment;
import fr.socle.catalogue.entity.Competence;
import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.ModuleCompetence;
import fr.socle.catalogue.entity.ProgrammeComponent;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.catalogue.entity.Question;
import java.math.BigDecimal;
import java.net.URLConnection;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Between the file format ({@link CourseModel}) and the stored entities, both ways. */
public final class CourseMapper {

    private CourseMapper() {
    }

    public static ProgrammeVersion.Header header(CourseModel.Programme p) {
        CourseModel.Sheet s = p.sheet();
        return new ProgrammeVersion.Header(p.title(), p.audience(), p.certification(), p.level(), p.licence(),
                s.objectives(), s.prerequisites(), s.assessment(), s.accessibility(), s.price(), s.accessDelay(),
                p.specialisations() == null ? 0 : p.specialisations().min(),
                p.specialisations() == null ? 0 : p.specialisations().max());
    }

    /** Fills an empty draft with a course read from files. */
    public static void fill(ProgrammeVersion draft, CourseModel.Course course,
                            BiFunction<String, String, Optional<Competence>> competences) {
        for (CourseModel.Component c : course.programme().components()) {
            ProgrammeComponent component = draft.addComponent(c.code(), c.kind(), c.title(), c.description());
            for (String code : c.modules()) {
                CourseModel.Module m = course.modules().get(code);
                Module module = component.addModule(new Module.Header(m.code(), m.title(), normal(m.hours()), m.modality(),
                        m.objectives(), m.prerequisites(), m.licence()));
                if (m.competences() != null) {
                    for (CourseModel.CompetenceRef ref : m.competences()) {
                        module.target(competences.apply(ref.framework(), ref.code())
                                .orElseThrow(() -> new IllegalArgumentException("unknown competence " + ref)), ref.level());
                    }
                }
                Activity first = null;
                for (CourseModel.Activity a : m.activities()) {
                    Activity activity = module.addActivity(content(code, a, course));
                    first = first == null ? activity : first;
                    if (a.type() == ActivityKind.QUIZ) {
                        for (CourseModel.Question q : course.quizzes().get(code + "/" + a.file()).questions()) {
                            Question question = activity.addQuestion(q.type(), q.text(), q.feedback(), q.answer(), q.accepted());
                            if (q.choices() != null) {
                                q.choices().forEach(ch -> question.addChoice(ch.text(), Boolean.TRUE.equals(ch.correct()), ch.feedback()));
                            }
                        }
                    }
                }
                for (var asset : course.assets().entrySet()) {
                    if (asset.getKey().startsWith(code + "/") && first != null) {
                        String name = asset.getKey().substring(code.length() + 1);
                        first.attach(name, mediaType(name), asset.getValue());
                    }
                }
            }
        }
    }

    private static Activity.Content content(String module, CourseModel.Activity a, CourseModel.Course course) {
        return switch (a.type()) {
            case LESSON -> {
                String source = course.lessons().get(module + "/" + a.file());
                yield new Activity.Content(a.type(), a.title(), a.minutes(), a.completion(), a.file(), source,
                        LessonRenderer.markdown(source), null, null, null, null, null, null);
            }
            case QUIZ -> {
                CourseModel.Quiz quiz = course.quizzes().get(module + "/" + a.file());
                yield new Activity.Content(a.type(), a.title(), a.minutes(), a.completion(), a.file(), null, null, null,
                        null, quiz.passMark(), quiz.attempts(), quiz.shuffle(), quiz.title());
            }
            default -> new Activity.Content(a.type(), a.title(), a.minutes(), a.completion(), null, null, null, a.url(),
                    a.instructions(), a.passMark(), null, null, null);
        };
    }

    /** A stored version back in the file format: what export writes and what a round trip compares. */
    public static CourseModel.Course toModel(ProgrammeVersion v, String code) {
        Map<String, CourseModel.Module> modules = new LinkedHashMap<>();
        Map<String, CourseModel.Quiz> quizzes = new LinkedHashMap<>();
        Map<String, String> lessons = new LinkedHashMap<>();
        Map<String, byte[]> assets = new LinkedHashMap<>();
        List<CourseModel.Component> components = v.getComponents().stream().map(c -> new CourseModel.Component(
                c.getCode(), c.getKind(), c.getTitle(), c.getDescription(),
                c.getModules().stream().map(Module::getCode).toList())).toList();
        for (Module m : v.modules()) {
            List<CourseModel.Activity> activities = new java.util.ArrayList<>();
            for (Activity a : m.getActivities()) {
                String file = a.getFileName() == null && (a.getKind() == ActivityKind.LESSON || a.getKind() == ActivityKind.QUIZ)
                        ? fileName(a) : a.getFileName();
                activities.add(new CourseModel.Activity(a.getKind(), a.getTitle(), a.getMinutes(), file, a.getUrl(),
                        a.getInstructions(), a.getKind() == ActivityKind.QUIZ ? null : a.getPassMark(),
                        a.getCompletion() == a.getKind().completion ? null : a.getCompletion()));
                if (a.getKind() == ActivityKind.LESSON) {
                    lessons.put(m.getCode() + "/" + file, a.getBody() != null ? a.getBody() : a.getBodyHtml());
                }
                if (a.getKind() == ActivityKind.QUIZ) {
                    quizzes.put(m.getCode() + "/" + file, new CourseModel.Quiz(a.getQuizTitle() == null ? a.getTitle() : a.getQuizTitle(),
                            a.getPassMark() == null ? 0 : a.getPassMark(), a.getAttempts(), a.getShuffle(),
                            a.getQuestions().stream().map(q -> new CourseModel.Question(q.getKind(), q.getText(), q.getFeedback(),
                                    q.getChoices().isEmpty() ? null : q.getChoices().stream()
                                            .map(ch -> new CourseModel.Choice(ch.getText(), ch.isCorrect() ? Boolean.TRUE : null, ch.getFeedback())).toList(),
                                    q.getAnswer(), q.getAccepted().isEmpty() ? null : q.getAccepted())).toList()));
                }
                for (Attachment at : a.getAttachments()) {
                    assets.put(m.getCode() + "/" + at.getName(), at.getContent());
                }
            }
            List<CourseModel.CompetenceRef> refs = m.getCompetences().stream().map(ModuleCompetence.class::cast)
                    .map(mc -> new CourseModel.CompetenceRef(mc.getCompetence().getFramework().getCode(), mc.getCompetence().getCode(), mc.getLevel()))
                    .toList();
            modules.put(m.getCode(), new CourseModel.Module(m.getCode(), m.getTitle(), normal(m.getHours()), m.getModality(),
                    m.getObjectives(), m.getPrerequisites(), m.getLicence(), refs.isEmpty() ? null : refs, activities));
        }
        ProgrammeVersion.Header h = v.header();
        CourseModel.Programme programme = new CourseModel.Programme(code, h.title(), h.audience(), h.certification(), h.level(),
                h.licence(), new CourseModel.Sheet(h.objectives(), h.prerequisites(), h.assessment(), h.accessibility(), h.price(), h.accessDelay()),
                h.specialisationsMin() == 0 && h.specialisationsMax() == 0 ? null : new CourseModel.Range(h.specialisationsMin(), h.specialisationsMax()),
                components);
        return new CourseModel.Course(programme, modules, quizzes, lessons, assets, v.getSourceHash());
    }

    /** Hours compare by value: 35, 35.0 and 35.00 are the same. */
    public static BigDecimal normal(BigDecimal hours) {
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A file name for what was written in the browser: "quiz-verifier-ses-acquis.yaml". */
    static String fileName(Activity a) {
        String slug = Normalizer.normalize(a.getTitle().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        slug = (slug.isEmpty() ? "activite" : slug.length() > 60 ? slug.substring(0, 60) : slug) + "-" + (a.getPosition() + 1);
        return slug + (a.getKind() == ActivityKind.QUIZ ? ".yaml" : ".md");
    }

    static String mediaType(String name) {
        String guessed = URLConnection.guessContentTypeFromName(name);
        return guessed == null ? "application/octet-stream" : guessed;
    }
}
