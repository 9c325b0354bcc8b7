package fr.socle.catalogue.control;

import fr.socle.catalogue.entity.ActivityKind;
import fr.socle.catalogue.entity.Audience;
import fr.socle.catalogue.entity.Completion;
import fr.socle.catalogue.entity.ComponentKind;
import fr.socle.catalogue.entity.Modality;
import fr.socle.catalogue.entity.QuestionKind;
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
    }

    public record Question(QuestionKind type, String text, String feedback, List<Choice> choices, Boolean answer,
                           List<String> accepted) {
    }

    public record Choice(String text, Boolean correct, String feedback) {
    }

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
    }
}
