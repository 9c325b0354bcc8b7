package fr.socle.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.catalogue.entity.CompetenceFramework;
import fr.socle.catalogue.entity.Programme;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.catalogue.boundary.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** import(export(x)) gives x: every seed programme, through the entities and back to files. */
class RoundTripTest {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    static List<CourseModel.Course> courses() {
        return SeedCoursesTest.SEED.courses();
    }

    static ProgrammeVersion stored(CourseModel.Course course) {
        Map<String, CompetenceFramework> frameworks = SeedCoursesTest.SEED.frameworks().stream()
                .collect(Collectors.toMap(CourseModel.Framework::code, f -> FrameworkMapper.toEntity(f, "hash", NOW)));
        Programme programme = new Programme(course.programme().code(), null, Visibility.PUBLIC, NOW);
        ProgrammeVersion draft = programme.newDraft(CourseMapper.header(course.programme()), NOW);
        CourseMapper.fill(draft, course, (f, c) -> frameworks.get(f).competence(c));
        return draft;
    }

    @ParameterizedTest
    @MethodSource("courses")
    void aStoredProgrammeGivesBackTheSameCourse(CourseModel.Course course) {
        CourseModel.Course back = CourseMapper.toModel(stored(course), course.programme().code());
        assertSame(course, back);
    }

    @ParameterizedTest
    @MethodSource("courses")
    void itsExportReadsBackAsTheSameCourse(CourseModel.Course course) {
        CourseFiles exported = CourseWriter.write(CourseMapper.toModel(stored(course), course.programme().code()));
        var reread = new CourseReader((f, c) -> true).readProgramme(exported);
        assertTrue(reread.ok(), () -> reread.problems().toString());
        assertSame(course, reread.value());
        assertEquals(exported.sha256(), CourseWriter.write(reread.value()).sha256(), "exporting twice gives the same files");
    }

    private static void assertSame(CourseModel.Course expected, CourseModel.Course actual) {
        assertEquals(expected.programme(), actual.programme());
        assertEquals(expected.modules(), actual.modules());
        assertEquals(expected.quizzes(), actual.quizzes());
        assertEquals(expected.lessons(), actual.lessons());
        assertEquals(expected.assets().keySet(), actual.assets().keySet());
        expected.assets().forEach((k, v) -> assertArrayEquals(v, actual.assets().get(k), k));
    }
}
