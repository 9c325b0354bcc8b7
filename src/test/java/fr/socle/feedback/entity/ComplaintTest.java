package fr.socle.feedback.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComplaintTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    static Complaint complaint() {
        return new Complaint("org", TODAY.minusDays(10), Complaint.Channel.EMAIL, Complaint.Kind.RECLAMATION, " Mme Durand ", null,
                "Salle froide", "La salle n’était pas chauffée.", "staff", Instant.EPOCH, TODAY);
    }

    @Test
    void aNewEntryIsOpenAndNotReceivedInTheFuture() {
        Complaint c = complaint();
        assertEquals(Complaint.Status.OUVERTE, c.getStatus());
        assertEquals("Mme Durand", c.getAuthor());
        assertThrows(IllegalArgumentException.class, () -> new Complaint("org", TODAY.plusDays(1), Complaint.Channel.EMAIL,
                Complaint.Kind.RECLAMATION, "A", null, "S", "D", "staff", Instant.EPOCH, TODAY));
        assertThrows(IllegalArgumentException.class, () -> new Complaint("org", TODAY, Complaint.Channel.EMAIL,
                Complaint.Kind.RECLAMATION, "A", null, " ", "D", "staff", Instant.EPOCH, TODAY));
    }

    @Test
    void closingNeedsTheHandlingAndDefaultsToToday() {
        Complaint c = complaint();
        assertThrows(IllegalArgumentException.class, () -> c.handle(Complaint.Status.CLOTUREE, " ", null, null, TODAY));
        c.handle(Complaint.Status.CLOTUREE, "Chauffage réparé.", TODAY.minusDays(8), null, TODAY);
        assertEquals(TODAY, c.getClosedOn());
        assertEquals(TODAY.minusDays(8), c.getAnsweredOn());
        c.handle(Complaint.Status.EN_COURS, "Rouverte.", null, TODAY, TODAY);
        assertNull(c.getClosedOn());
    }

    @Test
    void handlingDaysAreNeitherBeforeReceptionNorInTheFuture() {
        Complaint c = complaint();
        assertThrows(IllegalArgumentException.class, () -> c.handle(Complaint.Status.EN_COURS, null, TODAY.minusDays(11), null, TODAY));
        assertThrows(IllegalArgumentException.class, () -> c.handle(Complaint.Status.CLOTUREE, "Fait", null, TODAY.plusDays(1), TODAY));
        assertEquals(Complaint.Status.OUVERTE, c.getStatus());
    }

    @Test
    void anActionIsDoneTodayUnlessADayIsGiven() {
        ImprovementAction a = new ImprovementAction("org", ImprovementAction.Origin.RECLAMATION, "c1", "staff", Instant.EPOCH);
        a.describe("Relire les supports", null, null, null);
        assertEquals(ImprovementAction.Status.PREVUE, a.getStatus());
        a.progress(ImprovementAction.Status.REALISEE, null, TODAY);
        assertEquals(TODAY, a.getDoneOn());
        a.progress(ImprovementAction.Status.EN_COURS, TODAY, TODAY);
        assertNull(a.getDoneOn());
        assertThrows(IllegalArgumentException.class, () -> a.progress(ImprovementAction.Status.REALISEE, TODAY.plusDays(1), TODAY));
        assertThrows(IllegalArgumentException.class, () -> new ImprovementAction("org", ImprovementAction.Origin.AUDIT, "c1", "s", Instant.EPOCH));
    }
}
