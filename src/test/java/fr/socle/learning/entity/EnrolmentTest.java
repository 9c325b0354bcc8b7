package fr.socle.learning.entity;

import fr.socle.learning.boundary.EnrolmentStatus;
import static fr.socle.learning.entity.EnrolmentFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.catalogue.entity.Module;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

    @Test
    void followsInscritEntreTermine() {
        Enrolment e = EnrolmentFixture.enrolment(EnrolmentFixture.cursus());
        assertEquals(EnrolmentStatus.INSCRIT, e.getStatus());
        assertThrows(IllegalStateException.class, () -> e.complete(NOW), "not before entering");
        e.enter(NOW.plusSeconds(60));
        e.enter(NOW.plusSeconds(120));
        assertEquals(NOW.plusSeconds(60), e.getEnteredAt(), "entering twice keeps the first date");
        e.complete(NOW.plusSeconds(3600));
        assertEquals(EnrolmentStatus.TERMINE, e.getStatus());
        assertThrows(IllegalStateException.class, () -> e.abandon(NOW, "trop tard"));
    }

    @Test
    void partialCompletionNeedsAReason() {
        Enrolment e = EnrolmentFixture.enrolment(EnrolmentFixture.cursus());
        e.enter(NOW);
        assertThrows(IllegalArgumentException.class, () -> e.interrupt(NOW, " "));
        e.interrupt(NOW, "Mutation de l'agent");
        assertEquals(EnrolmentStatus.INTERROMPU, e.getStatus());
        assertEquals("Mutation de l'agent", e.getEndReason());
        Enrolment other = EnrolmentFixture.enrolment(EnrolmentFixture.cursus());
        other.abandon(NOW, "Désistement avant l'entrée");
        assertEquals(EnrolmentStatus.ABANDON, other.getStatus());
    }

    @Test
    void specialisationsAreChosenWithinTheProgrammesRules() {
        Enrolment e = EnrolmentFixture.enrolment(EnrolmentFixture.cursus());
        assertFalse(e.hasChosen());
        assertThrows(IllegalArgumentException.class, () -> e.chooseSpecialisations(List.of()), "at least one");
        assertThrows(IllegalArgumentException.class, () -> e.chooseSpecialisations(List.of("SP-A", "SP-B")), "at most one");
        assertThrows(IllegalArgumentException.class, () -> e.chooseSpecialisations(List.of("TC")), "only specialisations");
        e.chooseSpecialisations(List.of("SP-B"));
        assertTrue(e.hasChosen());
        assertEquals(List.of("TC1", "TC2", "SPB", "ST1"), e.modules().stream().map(Module::getCode).toList());
        assertEquals(List.of("TC", "SP-B", "ST"), e.requiredComponents().stream().map(c -> c.getCode()).toList());
    }

    @Test
    void onlyPublishedVersionsTakeEnrolments() {
        var p = EnrolmentFixture.cursus().getProgramme();
        var draft = p.editableDraft(NOW);
        assertThrows(IllegalArgumentException.class, () -> EnrolmentFixture.enrolment(draft));
    }

    @Test
    void positioningIsATrimmedSummaryRecordedBeforeTheEnd() {
        Enrolment e = EnrolmentFixture.enrolment(EnrolmentFixture.cursus());
        assertFalse(e.isPositioned());
        assertThrows(IllegalArgumentException.class, () -> e.recordPositioning(null, "formatrice@socle.test", NOW));
        assertThrows(IllegalArgumentException.class, () -> e.recordPositioning("  \n ", "formatrice@socle.test", NOW));
        assertThrows(IllegalArgumentException.class, () -> e.recordPositioning("x".repeat(Enrolment.POSITIONING_MAX + 1), "formatrice@socle.test", NOW));
        assertFalse(e.isPositioned(), "a refused result records nothing");
        assertEquals(null, e.getPositionedAt());
        e.recordPositioning("  Niveau 2 sur 4 – à l’aise avec la messagerie  ", "formatrice@socle.test", NOW);
        assertEquals("Niveau 2 sur 4 – à l’aise avec la messagerie", e.getPositioning());
        assertTrue(e.isPositioned());
        e.recordPositioning(" " + "y".repeat(Enrolment.POSITIONING_MAX) + " ", "formatrice@socle.test", NOW);
        assertEquals(Enrolment.POSITIONING_MAX, e.getPositioning().length(), "the limit counts the trimmed text");
        e.enter(NOW);
        e.recordPositioning("Niveau 3 sur 4", "admin@socle.test", NOW.plusSeconds(30));
        assertEquals("admin@socle.test", e.getPositionedBy(), "a correction says who made it");
        assertEquals(NOW.plusSeconds(30), e.getPositionedAt());
        assertEquals("Niveau 3 sur 4", e.getPositioning(), "corrected after entry");
        e.interrupt(NOW.plusSeconds(60), "Mutation");
        assertThrows(IllegalStateException.class, () -> e.recordPositioning("Niveau 4 sur 4", "formatrice@socle.test", NOW));
        assertEquals("Niveau 3 sur 4", e.getPositioning());
        assertEquals("admin@socle.test", e.getPositionedBy(), "a refused correction changes nothing");
    }
}
