package fr.socle.catalogue.control;

import fr.socle.catalogue.boundary.ActivityKind;
import fr.socle.catalogue.boundary.Audience;
import fr.socle.catalogue.boundary.Completion;
import fr.socle.catalogue.boundary.ComponentKind;
import fr.socle.catalogue.boundary.Modality;
import fr.socle.catalogue.boundary.QuestionKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The course-as-code format of courses/ as records: what programme.yaml, module.yaml, quiz and
 * framework files hold (see courses/README.md). Read from files, built from a stored version for
 * export, and compared for the round trip.
 */
public final class CourseModel {

    private CourseModel() {
    }

    public record Programme(String code, String title, Audience audience, String certification, Integer level,
                            String licence, Sheet sheet, Range specialisations, List<Component> components) {
    }

    public record Sheet(List<String> objectives, String prerequisites, String assessment, String accessibility,
                        String price, String accessDelay) {
    }

    public record Range(int min, int max) {
    }

    public record Component(String code, ComponentKind kind, String title, String description, List<String> modules) {
    }

    public record Module(String code, String title, BigDecimal hours, Modality modality, List<String> objectives,
                         String prerequisites, String licence, List<CompetenceRef> competences, List<Activity> activities) {
    }

    public record CompetenceRef(String framework, String code, Integer level) {
    }

    public record Activity(ActivityKind type, String title, int minutes, String file, String url, String instructions,
                           Integer passMark, Completion completion) {
    }

    public record Quiz(String title, int passMark, Integer attempts, Boolean shuffle, List<Question> questions) {

        /** The quiz as a learner may read it before grading: the questions and choices, no key, no explanation. */
        public Quiz withoutAnswerKeys() {
            return new Quiz(title, passMark, attempts, shuffle, questions.stream().map(Question::withoutAnswerKey).toList());
        }
    }

    /**
     * A question. Its answer key is which choices are {@code correct}, the true/false {@code answer}
     * or the {@code accepted} short answers; its feedbacks explain that key, so they go with it.
     */
    public record Question(QuestionKind type, String text, String feedback, List<Choice> choices, Boolean answer,
                           List<String> accepted) {

        Question withoutAnswerKey() {
            return new Question(type, text, null, choices == null ? null : choices.stream().map(c -> new Choice(c.text(), null, null)).toList(),
                    null, null);
        }
    }

    public record Choice(String text, Boolean correct, String feedback) {
    }

    /**
     * The top-level field that marks files written without the answer keys (courses/README.md): in
     * programme.yaml and in each quiz file of such an export. Such files do not import.
     */
    public static final String ANSWER_KEYS = "answerKeys";
    public static final String OMITTED = "omitted";

    public record Framework(String code, String title, String version, String description, Integer levels,
                            List<Domain> domains, List<Mapping> mappings) {
    }

    public record Domain(String code, String title, List<Entry> competences) {
    }

    public record Entry(String code, String title, String description) {
    }

    public record Mapping(String from, Target to) {
    }

    public record Target(String framework, String code) {
    }

    /**
     * A whole programme: its file, its modules by code, the quizzes and lessons by "MODULE/file",
     * and the other files of the module folders (images, attachments) by "MODULE/file".
     */
    public record Course(Programme programme, Map<String, Module> modules, Map<String, Quiz> quizzes,
                         Map<String, String> lessons, Map<String, byte[]> assets, String sourceHash) {

        /** The same course with every quiz {@link Quiz#withoutAnswerKeys() without its answer keys}. */
        public Course withoutAnswerKeys() {
            Map<String, Quiz> keyless = new java.util.LinkedHashMap<>();
            quizzes.forEach((key, quiz) -> keyless.put(key, quiz.withoutAnswerKeys()));
            return new Course(programme, modules, keyless, lessons, assets, sourceHash);
        }
    }
}
