package fr.socle.delivery.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.enrolment.entity.Enrolment;
import fr.socle.enrolment.entity.EnrolmentFixture;
import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.entity.OrganisationKind;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The émargement rules: sign once before sealing, seal once, then only corrections. */
class HalfDayTest {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aHalfDayIsSignedThenSealedThenOnlyCorrected() {
        var version = EnrolmentFixture.cursus();
        Enrolment learner = EnrolmentFixture.enrolment(version);
        Enrolment outsider = EnrolmentFixture.enrolment(version);
        TrainingSession session = new TrainingSession(new Organisation("OF", OrganisationKind.ORGANISME_DE_FORMATION, null, null, NOW),
                version, "TC1", "Session", "Mairie", 10, "formateur@example.org", NOW);
        session.add(learner);
        HalfDay h = session.addHalfDay(LocalDate.of(2026, 12, 1), HalfDay.Period.MATIN, 540, 720, null, false);
        assertEquals(180, h.minutes());
        assertThrows(IllegalArgumentException.class, () -> h.sign(outsider, "127.0.0.1", "test", null, NOW), "not in the session");
        assertThrows(IllegalStateException.class, () -> h.correct(learner, 30, "trop tôt", "t", NOW), "no correction before sealing");
        h.sign(learner, "127.0.0.1", "test", null, NOW);
        assertThrows(IllegalStateException.class, () -> h.sign(learner, "127.0.0.1", "test", null, NOW), "once");
        h.seal("trainer", "127.0.0.1", null, NOW.plusSeconds(3600));
        assertTrue(h.isSealed());
        assertThrows(IllegalStateException.class, () -> h.seal("trainer", "127.0.0.1", null, NOW), "once");
        assertThrows(IllegalArgumentException.class, () -> h.correct(learner, 30, " ", "t", NOW), "a reason");
        assertEquals(-30, h.correct(learner, -30, "Départ à 11 h 30", "t", NOW).getMinutes());
        assertEquals(1, h.getSignatures().size());
        assertEquals(AttendanceSignature.Method.CLICK, h.getSignatures().get(0).getMethod());
    }

    @Test
    void aDrawnSignatureIsKeptAndARemoteHalfDayTakesAConnectionInstead() {
        var version = EnrolmentFixture.cursus();
        Enrolment learner = EnrolmentFixture.enrolment(version);
        TrainingSession session = new TrainingSession(new Organisation("OF", OrganisationKind.ORGANISME_DE_FORMATION, null, null, NOW),
                version, "TC1", "Session", null, 5, "f", NOW);
        session.add(learner);
        HalfDay room = session.addHalfDay(LocalDate.of(2026, 12, 1), HalfDay.Period.MATIN, 540, 720, null, false);
        HalfDay online = session.addHalfDay(LocalDate.of(2026, 12, 1), HalfDay.Period.APRES_MIDI, 810, 990, null, true);
        AttendanceSignature drawn = room.sign(learner, "10.0.0.1", "Firefox", "data:image/png;base64,AAAA", NOW);
        assertEquals(AttendanceSignature.Method.DRAWN, drawn.getMethod());
        assertEquals("data:image/png;base64,AAAA", drawn.getDrawing());
        AttendanceSignature connected = online.sign(learner, "10.0.0.1", "Firefox", "data:image/png;base64,AAAA", NOW);
        assertEquals(AttendanceSignature.Method.REMOTE, connected.getMethod());
        assertEquals("Firefox", connected.getUserAgent());
        assertEquals(null, connected.getDrawing(), "no drawing on a remote half-day");
    }

    @Test
    void halfDaysHaveConsistentTimesAndAreNotDoubled() {
        var version = EnrolmentFixture.cursus();
        TrainingSession session = new TrainingSession(new Organisation("OF", OrganisationKind.ORGANISME_DE_FORMATION, null, null, NOW),
                version, "TC1", "Session", null, 1, "f", NOW);
        assertThrows(IllegalArgumentException.class, () -> session.addHalfDay(LocalDate.of(2026, 12, 1), HalfDay.Period.MATIN, 720, 540, null, false));
        session.addHalfDay(LocalDate.of(2026, 12, 1), HalfDay.Period.MATIN, 540, 720, null, false);
        assertThrows(IllegalArgumentException.class, () -> session.addHalfDay(LocalDate.of(2026, 12, 1), HalfDay.Period.MATIN, 540, 720, null, false));
        session.add(EnrolmentFixture.enrolment(version));
        assertThrows(IllegalStateException.class, () -> session.add(EnrolmentFixture.enrolment(version)), "capacity 1");
    }
}
