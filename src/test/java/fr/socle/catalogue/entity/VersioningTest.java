package fr.socle.catalogue.entity;

import fr.socle.catalogue.boundary.Visibility;
import fr.socle.catalogue.boundary.QuestionKind;
import fr.socle.catalogue.boundary.VersionStatus;
import fr.socle.catalogue.boundary.Audience;
import fr.socle.catalogue.boundary.Modality;
import fr.socle.catalogue.boundary.ComponentKind;
import fr.socle.catalogue.boundary.ActivityKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A published version never changes; a new version is a copied draft that leaves the old one alone. */
class VersioningTest {

    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    static ProgrammeVersion.Header header(String title) {
        return new ProgrammeVersion.Header(title, Audience.AGENT, null, null, "Etalab-2.0", List.of("Objectif"),
                "Aucun", "Quiz", "Accessible", null, null, 0, 0);
    }

    static Programme publishedProgramme() {
        Programme p = new Programme("P1", null, Visibility.PUBLIC, NOW);
        ProgrammeVersion v = p.newDraft(header("Version une"), NOW);
        Module m = v.addComponent("TC", ComponentKind.TRONC_COMMUN, "Tronc commun", null)
                .addModule(new Module.Header("M1", "Module", new BigDecimal("7"), Modality.PRESENTIEL, List.of("Faire"), null, null));
        Activity quiz = m.addActivity(new Activity.Content(ActivityKind.QUIZ, "Quiz", 10, null, null, null, null, null, null, 70, 3, true, "Quiz"));
        quiz.addQuestion(QuestionKind.TRUE_FALSE, "Vrai ?", null, true, null);
        v.publish("formateur@example.org", NOW);
        return p;
    }

    @Test
    void aPublishedVersionRefusesEveryChange() {
        ProgrammeVersion v = publishedProgramme().latestPublished().orElseThrow();
        assertThrows(IllegalStateException.class, () -> v.apply(header("Autre")));
        assertThrows(IllegalStateException.class, () -> v.addComponent("SP", ComponentKind.SPECIALISATION, "Spé", null));
        Module m = v.modules().get(0);
        assertThrows(IllegalStateException.class, () -> m.apply(m.header()));
        assertThrows(IllegalStateException.class, () -> m.addActivity(new Activity.Content(ActivityKind.WORKSHOP, "Atelier", 60, null,
                null, null, null, null, null, null, null, null, null)));
        Activity quiz = m.getActivities().get(0);
        assertThrows(IllegalStateException.class, () -> quiz.addQuestion(QuestionKind.TRUE_FALSE, "Autre ?", null, false, null));
        assertThrows(IllegalStateException.class, () -> v.publish("x", NOW));
    }

    @Test
    void aNewDraftIsACopyAndChangingItLeavesThePublishedVersionAlone() {
        Programme p = publishedProgramme();
        ProgrammeVersion v1 = p.latestPublished().orElseThrow();
        ProgrammeVersion v2 = p.editableDraft(NOW);
        assertEquals(2, v2.getNumber());
        assertEquals(VersionStatus.DRAFT, v2.getStatus());
        assertEquals(v1.modules().get(0).getCode(), v2.modules().get(0).getCode());
        assertNotEquals(v1.modules().get(0).getId(), v2.modules().get(0).getId(), "copied, not shared");
        v2.apply(header("Version deux"));
        v2.modules().get(0).getActivities().get(0).addQuestion(QuestionKind.TRUE_FALSE, "Encore ?", null, false, null);
        assertEquals("Version une", v1.getTitle());
        assertEquals(1, v1.modules().get(0).getActivities().get(0).getQuestions().size());
        assertEquals(2, v2.modules().get(0).getActivities().get(0).getQuestions().size());
        assertEquals(v1, p.latestPublished().orElseThrow(), "the draft is not published until it is");
        assertEquals(v2, p.editableDraft(NOW), "one draft at a time");
    }

    @Test
    void anIncompleteDraftSaysWhatStopsItsPublication() {
        Programme p = new Programme("P2", null, Visibility.PRIVATE, NOW);
        ProgrammeVersion v = p.newDraft(new ProgrammeVersion.Header("Brouillon", Audience.ELU, null, null, null, List.of(), "", "", "", null, null, 1, 2), NOW);
        assertTrue(v.publicationProblems().contains("socle.catalogue.publish.noComponent"));
        v.addComponent("TC", ComponentKind.TRONC_COMMUN, "TC", null);
        assertTrue(v.publicationProblems().contains("socle.catalogue.publish.emptyComponent"));
        assertTrue(v.publicationProblems().contains("socle.catalogue.publish.tooFewSpecialisations"));
        assertThrows(IllegalStateException.class, () -> v.publish("x", NOW));
        assertFalse(v.isPublished());
    }

    @Test
    void hoursAreTheSumOfTheModules() {
        Programme p = publishedProgramme();
        ProgrammeVersion v = p.editableDraft(NOW);
        v.getComponents().get(0).addModule(new Module.Header("M2", "Deux", new BigDecimal("3.5"), Modality.MIXTE, List.of("x"), null, null));
        assertEquals(new BigDecimal("10.5"), v.hours());
    }

    @Test
    void quizQuestionsGradeAnswersLooselyForShortAnswers() {
        Programme p = publishedProgramme();
        Activity quiz = p.editableDraft(NOW).modules().get(0).getActivities().get(0);
        Question shortAnswer = quiz.addQuestion(QuestionKind.SHORT_ANSWER, "Sigle ?", null, null, List.of("RGPD"));
        assertTrue(shortAnswer.isRight(null, null, "  rgpd "));
        assertFalse(shortAnswer.isRight(null, null, "CNIL"));
        Question single = quiz.addQuestion(QuestionKind.SINGLE, "Lequel ?", null, null, null);
        single.addChoice("A", false, null);
        single.addChoice("B", true, null);
        assertTrue(single.isRight(java.util.Set.of(1), null, null));
        assertFalse(single.isRight(java.util.Set.of(0, 1), null, null));
    }
}
