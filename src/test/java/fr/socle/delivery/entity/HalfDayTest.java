package fr.socle.delivery.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.entity.EnrolmentFixture;
import fr.socle.organisation.entity.Organisation;
import fr.socle.organisation.boundary.OrganisationKind;
import java.time.Duration;
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

    static final Duration MARGIN = Duration.ofMinutes(15);

    @Test
    void signingInTheRoomOpensForTheHalfDaysOwnSlotInParisTimeWithAMargin() {
        var version = EnrolmentFixture.cursus();
        TrainingSession session = new TrainingSession(new Organisation("OF", OrganisationKind.ORGANISME_DE_FORMATION, null, null, NOW),
                version, "TC1", "Session", null, 5, "f", NOW);
        HalfDay h = session.addHalfDay(LocalDate.of(2026, 12, 1), HalfDay.Period.MATIN, 540, 720, null, false);
        // 09:00-12:00 in Paris in winter is 08:00-11:00 UTC: signing from 07:45 to 11:15 UTC.
        assertEquals(Instant.parse("2026-12-01T07:45:00Z"), h.signingOpens(MARGIN));
        assertEquals(Instant.parse("2026-12-01T11:15:00Z"), h.signingCloses(MARGIN));
        assertFalse(h.signingOpenAt(Instant.parse("2026-11-28T09:00:00Z"), MARGIN), "days before, from home");
        assertFalse(h.signingOpenAt(Instant.parse("2026-12-01T07:44:59Z"), MARGIN), "a second before the margin");
        assertTrue(h.signingOpenAt(Instant.parse("2026-12-01T07:45:00Z"), MARGIN), "the margin before the start");
        assertTrue(h.signingOpenAt(Instant.parse("2026-12-01T09:30:00Z"), MARGIN), "during the half-day");
        assertTrue(h.signingOpenAt(Instant.parse("2026-12-01T11:15:00Z"), MARGIN), "the margin after the end");
        assertFalse(h.signingOpenAt(Instant.parse("2026-12-01T11:15:01Z"), MARGIN), "after the margin");
        assertFalse(h.signingOpenAt(Instant.parse("2026-12-02T08:30:00Z"), MARGIN), "the same hour the next day");
        assertTrue(h.signingOpenAt(Instant.parse("2026-12-01T08:30:00Z"), Duration.ZERO), "no margin: during the slot");
        assertFalse(h.signingOpenAt(Instant.parse("2026-12-01T07:50:00Z"), Duration.ZERO), "no margin: not before the start");
    }

    @Test
    void theSlotIsReadInParisLocalTimeOnTheDaysTheClocksChange() {
        var version = EnrolmentFixture.cursus();
        TrainingSession session = new TrainingSession(new Organisation("OF", OrganisationKind.ORGANISME_DE_FORMATION, null, null, NOW),
                version, "TC1", "Session", null, 5, "f", NOW);
        HalfDay spring = session.addHalfDay(LocalDate.of(2026, 3, 29), HalfDay.Period.MATIN, 540, 720, null, false);
        HalfDay autumn = session.addHalfDay(LocalDate.of(2026, 10, 25), HalfDay.Period.MATIN, 540, 720, null, false);
        assertEquals(Instant.parse("2026-03-29T07:00:00Z"), spring.at(540), "09:00 summer time, the clocks went forward at 02:00");
        assertEquals(Instant.parse("2026-10-25T08:00:00Z"), autumn.at(540), "09:00 winter time, the clocks went back at 03:00");
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), spring.at(1440), "midnight at the end of the day");
    }

    @Test
    void theTrainerAttestsALearnersPresenceOnceBeforeSealing() {
        var version = EnrolmentFixture.cursus();
        Enrolment learner = EnrolmentFixture.enrolment(version);
        Enrolment other = EnrolmentFixture.enrolment(version);
        Enrolment outsider = EnrolmentFixture.enrolment(version);
        TrainingSession session = new TrainingSession(new Organisation("OF", OrganisationKind.ORGANISME_DE_FORMATION, null, null, NOW),
                version, "TC1", "Session", null, 5, "f", NOW);
        session.add(learner);
        session.add(other);
        HalfDay h = session.addHalfDay(LocalDate.of(2026, 12, 1), HalfDay.Period.MATIN, 540, 720, null, false);
        AttendanceSignature attested = h.attest(learner, "trainer-id", "10.0.0.2", "Firefox", NOW);
        assertEquals(AttendanceSignature.Method.ATTESTED, attested.getMethod());
        assertEquals("trainer-id", attested.getAttestedBy());
        assertTrue(h.hasSigned(learner));
        assertFalse(h.hasSigned(other));
        assertThrows(IllegalStateException.class, () -> h.attest(learner, "trainer-id", null, null, NOW), "once");
        assertThrows(IllegalStateException.class, () -> h.sign(learner, "10.0.0.1", "Firefox", null, NOW), "and the learner then signs no more");
        assertThrows(IllegalArgumentException.class, () -> h.attest(outsider, "trainer-id", null, null, NOW), "not in the session");
        assertThrows(IllegalArgumentException.class, () -> h.attest(other, " ", null, null, NOW), "someone attests");
        h.seal("trainer-id", null, null, NOW);
        assertThrows(IllegalStateException.class, () -> h.attest(other, "trainer-id", null, null, NOW), "sealed");
        assertThrows(IllegalStateException.class, () -> h.sign(other, "10.0.0.1", "Firefox", null, NOW), "nor signed");
    }
}
