package fr.socle.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.catalogue.boundary.ComponentKind;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed content of courses/ reads without a single problem and has what DOMAIN.md asks for. */
class SeedCoursesTest {

    static final CourseLibrary.Contents SEED = CourseLibrary.read(CourseFiles.fromFolder(Path.of("courses")), (f, c) -> false);

    @Test
    void theWholeFolderReadsWithoutProblems() {
        assertTrue(SEED.problems().isEmpty(), () -> SEED.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void pixHasItsSixteenCompetencesInFiveDomains() {
        var pix = SEED.frameworks().stream().filter(f -> f.code().equals("pix-crcn")).findFirst().orElseThrow();
        assertEquals(5, pix.domains().size());
        assertEquals(16, pix.domains().stream().mapToInt(d -> d.competences().size()).sum());
        assertEquals(8, pix.levels());
    }

    @Test
    void theCursusHasItsTroncCommunStageAndFiveSpecialisations() {
        var cursus = SEED.courses().stream().filter(c -> c.programme().code().equals("CMN")).findFirst().orElseThrow();
        Map<ComponentKind, Long> kinds = cursus.programme().components().stream()
                .collect(Collectors.groupingBy(CourseModel.Component::kind, Collectors.counting()));
        assertEquals(5, kinds.get(ComponentKind.SPECIALISATION));
        assertEquals(1, kinds.get(ComponentKind.TRONC_COMMUN));
        assertEquals(1, kinds.get(ComponentKind.STAGE));
        assertEquals(13, cursus.modules().size());
        cursus.quizzes().forEach((file, quiz) -> assertTrue(quiz.questions().size() >= 5, file));
    }

    @Test
    void theShortParcoursForElusAndAgentsAreThere() {
        assertTrue(SEED.courses().stream().anyMatch(c -> c.programme().code().equals("ELUS-NUM")));
        assertTrue(SEED.courses().stream().anyMatch(c -> c.programme().code().equals("AGENTS-ACCUEIL")));
    }
}
