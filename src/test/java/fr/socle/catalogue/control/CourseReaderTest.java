package fr.socle.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad course file is refused, with the file, the line and a reason a person understands. */
class CourseReaderTest {

    static final String PROGRAMME = """
            code: TEST
            title: Programme de test
            audience: AGENT
            sheet:
              objectives: [ "Savoir accueillir" ]
              prerequisites: Aucun
              assessment: Quiz
              accessibility: Accessible
            components:
              - code: TC
                kind: TRONC_COMMUN
                title: Tronc commun
                modules: [M1]
            """;

    static final String MODULE = """
            code: M1
            title: Premier module
            hours: 7
            modality: PRESENTIEL
            objectives: [ "Accueillir un usager" ]
            licence: CC-BY-SA-4.0
            competences:
              - { framework: pix-crcn, code: "2.1", level: 2 }
            activities:
              - type: LESSON
                title: Une leçon
                file: lecon.md
                minutes: 30
              - type: QUIZ
                title: Un quiz
                file: quiz.yaml
                minutes: 10
            """;

    static final String QUIZ = """
            title: Quiz
            passMark: 70
            questions:
              - type: SINGLE
                text: Une question ?
                choices:
                  - { text: Oui, correct: true }
                  - { text: Non }
              - type: TRUE_FALSE
                text: Vrai ?
                answer: true
            """;

    static Map<String, String> valid() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("programme.yaml", PROGRAMME);
        files.put("modules/M1/module.yaml", MODULE);
        files.put("modules/M1/lecon.md", "## Bienvenue\n\nUne leçon.\n");
        files.put("modules/M1/quiz.yaml", QUIZ);
        return files;
    }

    static CourseReader.Result<CourseModel.Course> read(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return new CourseReader((f, c) -> f.equals("pix-crcn") && c.equals("2.1")).readProgramme(CourseFiles.of(bytes));
    }

    @Test
    void theValidCourseReads() {
        var result = read(valid());
        assertTrue(result.ok(), result.problems()::toString);
        assertEquals("TEST", result.value().programme().code());
        assertEquals(2, result.value().quizzes().values().iterator().next().questions().size());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("programme.yaml missing", f -> f.remove("programme.yaml"), "programme.yaml", null, "fichier manquant"),
                bad("YAML syntax error", f -> f.put("programme.yaml", PROGRAMME.replace("title: Programme de test", "title: [unclosed")),
                        "programme.yaml", 3, "YAML invalide"),
                bad("required field missing", f -> f.put("programme.yaml", PROGRAMME.replace("title: Programme de test\n", "")),
                        "programme.yaml", 1, "title"),
                bad("unknown audience", f -> f.put("programme.yaml", PROGRAMME.replace("audience: AGENT", "audience: ROBOT")),
                        "programme.yaml", 3, "audience"),
                bad("bad programme code", f -> f.put("programme.yaml", PROGRAMME.replace("code: TEST", "code: te st")),
                        "programme.yaml", 1, "code"),
                bad("unknown field", f -> f.put("programme.yaml", PROGRAMME + "colour: blue\n"), "programme.yaml", 1, "colour"),
                bad("module listed without its folder", f -> f.put("programme.yaml", PROGRAMME.replace("[M1]", "[M1, M2]")),
                        "programme.yaml", 13, "M2"),
                bad("module listed twice", f -> f.put("programme.yaml", PROGRAMME.replace("[M1]", "[M1, M1]")),
                        "programme.yaml", 13, "deux fois"),
                bad("no tronc commun", f -> f.put("programme.yaml", PROGRAMME.replace("TRONC_COMMUN", "OPTION")),
                        "programme.yaml", 10, "tronc commun"),
                bad("too few specialisations", f -> f.put("programme.yaml", PROGRAMME + "specialisations: { min: 2, max: 3 }\n"),
                        "programme.yaml", 14, "spécialisation"),
                bad("module code not its folder's", f -> f.put("modules/M1/module.yaml", MODULE.replace("code: M1", "code: M9")),
                        "modules/M1/module.yaml", 1, "dossier"),
                bad("negative hours", f -> f.put("modules/M1/module.yaml", MODULE.replace("hours: 7", "hours: -3")),
                        "modules/M1/module.yaml", 3, "hours"),
                bad("unknown competence", f -> f.put("modules/M1/module.yaml", MODULE.replace("code: \"2.1\"", "code: \"9.9\"")),
                        "modules/M1/module.yaml", 8, "compétence inconnue"),
                bad("level out of range", f -> f.put("modules/M1/module.yaml", MODULE.replace("level: 2", "level: 12")),
                        "modules/M1/module.yaml", 8, "level"),
                bad("lesson file missing", f -> f.remove("modules/M1/lecon.md"), "modules/M1/module.yaml", 12, "introuvable"),
                bad("lesson is empty", f -> f.put("modules/M1/lecon.md", "  \n"), "modules/M1/lecon.md", 1, "vide"),
                bad("tutorial without https url", f -> f.put("modules/M1/module.yaml", MODULE + """
                          - type: TUTORIAL
                            title: Vidéo
                            url: http://example.org/video
                            minutes: 5
                        """), "modules/M1/module.yaml", 20, "url"),
                bad("single question with two right answers", f -> f.put("modules/M1/quiz.yaml", QUIZ.replace("{ text: Non }", "{ text: Non, correct: true }")),
                        "modules/M1/quiz.yaml", 4, "exactement une bonne réponse"),
                bad("true/false without its answer", f -> f.put("modules/M1/quiz.yaml", QUIZ.replace("    answer: true\n", "")),
                        "modules/M1/quiz.yaml", 9, "answer"),
                bad("quiz without questions", f -> f.put("modules/M1/quiz.yaml", "title: Quiz\npassMark: 70\nquestions: []\n"),
                        "modules/M1/quiz.yaml", 3, "questions"),
                bad("pass mark over 100", f -> f.put("modules/M1/quiz.yaml", QUIZ.replace("passMark: 70", "passMark: 150")),
                        "modules/M1/quiz.yaml", 2, "passMark"),
                bad("stray folder", f -> f.put("modules/M7/module.yaml", MODULE.replace("M1", "M7")), "modules/M7/module.yaml", null, "aucune composante"),
                bad("broken link in a lesson", f -> f.put("modules/M1/lecon.md", "## Plan\n\n![Plan](plan.png)\n"),
                        "modules/M1/lecon.md", 3, "plan.png"));
    }

    static Arguments bad(String name, Consumer<Map<String, String>> change, String file, Integer line, String fragment) {
        return Arguments.of(name, change, file, line, fragment);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithItsPlaceAndReason(String name, Consumer<Map<String, String>> change, String file, Integer line, String fragment) {
        Map<String, String> files = valid();
        change.accept(files);
        var result = read(files);
        assertNull(result.value(), "nothing is returned from a bad course");
        List<ImportProblem> problems = result.problems();
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(file) && java.util.Objects.equals(p.line(), line)
                        && (p.toString().contains(fragment))),
                () -> name + ": expected " + file + ":" + line + " containing '" + fragment + "' in " + problems);
    }

    @Test
    void everyProblemOfAFolderIsListedNotJustTheFirst() {
        Map<String, String> files = valid();
        files.put("programme.yaml", PROGRAMME.replace("[M1]", "[M1, M2]"));
        files.put("modules/M1/module.yaml", MODULE.replace("hours: 7", "hours: -3"));
        var result = read(files);
        assertEquals(2, result.problems().size(), result.problems()::toString);
        assertEquals(List.of("modules/M1/module.yaml", "programme.yaml"), result.problems().stream().map(ImportProblem::file).toList());
    }

    @Test
    void aBinaryFileIsNotTakenForText() {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        valid().forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        bytes.put("modules/M1/lecon.md", new byte[] {(byte) 0xC3, (byte) 0x28, 0x41});
        var result = new CourseReader((f, c) -> true).readProgramme(CourseFiles.of(bytes));
        assertTrue(result.problems().stream().anyMatch(p -> p.reason().contains("UTF-8")), result.problems()::toString);
    }
}
