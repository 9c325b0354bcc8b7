package fr.socle.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The course files of a reader who may not author the programme: no answer key, no explanation,
 * marked {@code answerKeys: omitted}, valid against the schemas, and refused at import with one
 * problem per marked file.
 */
class AnswerKeysTest {

    /** A line of a quiz file that gives a key away: which choice is correct, the true/false answer, the accepted answers. */
    static final Pattern KEY = Pattern.compile("(?m)^\\s*(- )?(correct|answer|accepted)\\s*:");
    static final Pattern FEEDBACK = Pattern.compile("(?m)^\\s*(- )?feedback\\s*:");

    static List<CourseModel.Course> courses() {
        return SeedCoursesTest.SEED.courses();
    }

    static int count(Pattern pattern, CourseFiles files) {
        int n = 0;
        for (String path : files.paths()) {
            if (path.endsWith(".yaml")) {
                n += (int) pattern.matcher(files.text(path).orElseThrow()).results().count();
            }
        }
        return n;
    }

    static CourseModel.Course cursus() {
        return courses().stream().filter(c -> c.programme().code().equals("CMN")).findFirst().orElseThrow();
    }

    @Test
    void theAuthorsExportOfTheDemoCursusHasItsKeys() {
        CourseFiles whole = CourseWriter.write(cursus());
        assertEquals(161, (int) Pattern.compile("(?m)^\\s*(- )?(correct|answer)\\s*:").matcher(String.join("\n",
                whole.paths().stream().filter(p -> p.endsWith(".yaml")).map(p -> whole.text(p).orElseThrow()).toList())).results().count(),
                "the figure the issue measured on the public export");
        assertTrue(count(KEY, whole) > 161, "and its accepted short answers");
        assertFalse(whole.text("programme.yaml").orElseThrow().contains(CourseModel.ANSWER_KEYS));
    }

    @ParameterizedTest
    @MethodSource("courses")
    void aReadersExportHasNoKeyNorExplanationAndSaysSo(CourseModel.Course course) {
        CourseFiles whole = CourseWriter.write(course);
        CourseFiles keyless = CourseWriter.writeWithoutAnswerKeys(course);
        assertTrue(count(KEY, whole) > 0 && count(FEEDBACK, whole) > 0, "the seed has keys and explanations to hide");
        assertEquals(0, count(KEY, keyless));
        assertEquals(0, count(FEEDBACK, keyless));
        assertEquals(whole.paths(), keyless.paths(), "the same files");

        String programme = keyless.text("programme.yaml").orElseThrow();
        assertTrue(programme.startsWith("# answerKeys: omitted - "), programme);
        assertTrue(programme.contains("\nanswerKeys: omitted\n"), programme);
        for (String quiz : course.quizzes().keySet()) {
            String text = keyless.text("modules/" + quiz).orElseThrow();
            assertTrue(text.startsWith("# answerKeys: omitted - ") && text.contains("\nanswerKeys: omitted\n"), quiz);
        }
        course.lessons().keySet().forEach(lesson -> assertEquals(whole.text("modules/" + lesson), keyless.text("modules/" + lesson), lesson));
        course.modules().keySet().forEach(module -> assertEquals(whole.text("modules/" + module + "/module.yaml"),
                keyless.text("modules/" + module + "/module.yaml"), "modules carry no key: " + module));
    }

    @ParameterizedTest
    @MethodSource("courses")
    void aReadersExportKeepsEveryQuestionAndChoiceAndMatchesTheSchemas(CourseModel.Course course) throws Exception {
        CourseFiles keyless = CourseWriter.writeWithoutAnswerKeys(course);
        assertTrue(Schemas.get().check(Schemas.Kind.PROGRAMME, "programme.yaml", YamlTree.parse(keyless.text("programme.yaml").orElseThrow())).isEmpty());
        for (var quiz : course.quizzes().entrySet()) {
            String text = keyless.text("modules/" + quiz.getKey()).orElseThrow();
            var problems = Schemas.get().check(Schemas.Kind.QUIZ, quiz.getKey(), YamlTree.parse(text));
            assertTrue(problems.isEmpty(), problems::toString);
            var read = new com.fasterxml.jackson.databind.ObjectMapper()
                    .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .treeToValue(YamlTree.parse(text).root(), CourseModel.Quiz.class);
            assertEquals(quiz.getValue().withoutAnswerKeys(), read, "what the learner needs to answer is all there");
            assertEquals(quiz.getValue().questions().stream().map(CourseModel.Question::text).toList(),
                    read.questions().stream().map(CourseModel.Question::text).toList());
        }
    }

    @Test
    void withoutAnswerKeysDropsTheKeysAndExplanationsOnly() {
        var question = new CourseModel.Question(fr.socle.catalogue.boundary.QuestionKind.SINGLE, "Quel service ?", "Aidants Connect encadre le mandat.",
                List.of(new CourseModel.Choice("Aidants Connect", true, "Oui : le mandat est tracé."), new CourseModel.Choice("FranceConnect", null, null)),
                null, null);
        var quiz = new CourseModel.Quiz("Vérifier", 70, 3, true, List.of(question,
                new CourseModel.Question(fr.socle.catalogue.boundary.QuestionKind.TRUE_FALSE, "Vrai ?", null, null, false, null),
                new CourseModel.Question(fr.socle.catalogue.boundary.QuestionKind.SHORT_ANSWER, "Le sigle ?", null, null, null, List.of("RGPD"))));
        var keyless = quiz.withoutAnswerKeys();
        assertEquals("Vérifier", keyless.title());
        assertEquals(70, keyless.passMark());
        assertEquals(3, keyless.attempts());
        var single = keyless.questions().get(0);
        assertEquals("Quel service ?", single.text());
        assertNull(single.feedback());
        assertEquals(List.of(new CourseModel.Choice("Aidants Connect", null, null), new CourseModel.Choice("FranceConnect", null, null)), single.choices());
        assertNull(keyless.questions().get(1).answer());
        assertNull(keyless.questions().get(2).accepted());
    }

    @Test
    void aReadersExportIsRefusedAtImportOncePerMarkedFileWithItsLine() {
        CourseModel.Course course = cursus();
        var result = new CourseReader((f, c) -> true).readProgramme(CourseWriter.writeWithoutAnswerKeys(course));
        assertFalse(result.ok());
        assertEquals(1 + course.quizzes().size(), result.problems().size(), () -> result.problems().stream().map(Object::toString)
                .collect(Collectors.joining("\n")));
        assertTrue(result.problems().stream().allMatch(p -> p.field().equals("answerKeys") && p.line() == 3), result.problems()::toString);
        String first = result.problems().get(0).toString();
        assertTrue(first.startsWith("modules/") || first.startsWith("programme.yaml"), first);
        assertTrue(result.problems().stream().map(Object::toString).anyMatch(p -> p.startsWith("programme.yaml:3: answerKeys: ")
                && p.contains("sans les réponses des quiz") && p.contains("auteurs")), result.problems()::toString);
    }

    @Test
    void theAuthorsExportStillReadsBack() {
        var result = new CourseReader((f, c) -> true).readProgramme(CourseWriter.write(cursus()));
        assertTrue(result.ok(), result.problems()::toString);
    }

    @Test
    void removingTheMarkerDoesNotMakeAKeylessQuizImportable() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        CourseFiles keyless = CourseWriter.writeWithoutAnswerKeys(cursus());
        for (String path : keyless.paths()) {
            byte[] bytes = keyless.get(path).orElseThrow();
            if (path.endsWith(".yaml")) {
                bytes = keyless.text(path).orElseThrow().replace("answerKeys: omitted\n", "").getBytes(StandardCharsets.UTF_8);
            }
            files.put(path, bytes);
        }
        var result = new CourseReader((f, c) -> true).readProgramme(CourseFiles.of(files));
        assertFalse(result.ok());
        String problems = result.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
        assertTrue(problems.contains("'answer'") && problems.contains("'accepted'"), "without the marker the keys are required again: " + problems);
    }
}
