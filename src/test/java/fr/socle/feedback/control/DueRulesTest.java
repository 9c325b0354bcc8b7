package fr.socle.feedback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.feedback.entity.Survey;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DueRulesTest {

    static final String ORG = "org-1";
    static final Instant ENDED = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant SESSIONS_END = Instant.parse("2026-02-27T16:30:00Z");

    static Survey hot() {
        return new Survey(ORG, Survey.Kind.HOT, null, "À chaud", 0, "creator", Instant.EPOCH);
    }

    static Survey cold(int weeks) {
        return new Survey(ORG, Survey.Kind.COLD, "CMN", "À froid", weeks, "creator", Instant.EPOCH);
    }

    static DueRules.Facts facts(EnrolmentStatus status, Instant endedAt, Instant sessionsEnd) {
        return new DueRules.Facts(ORG, "CMN", status, endedAt, sessionsEnd);
    }

    @Test
    void aHotSurveyIsDueWhenTheEnrolmentEndsAsTermine() {
        var e = facts(EnrolmentStatus.TERMINE, ENDED, null);
        assertEquals(Optional.of(ENDED), DueRules.dueFrom(hot(), e));
        assertFalse(DueRules.isDue(hot(), e, ENDED.minusSeconds(1)));
        assertTrue(DueRules.isDue(hot(), e, ENDED));
    }

    @Test
    void aHotSurveyIsDueOnceTheLastHalfDayIsPastForALearnerUnderWay() {
        var e = facts(EnrolmentStatus.ENTRE, null, SESSIONS_END);
        assertEquals(Optional.of(SESSIONS_END), DueRules.dueFrom(hot(), e));
        assertFalse(DueRules.isDue(hot(), e, Instant.parse("2026-02-27T16:29:59Z")));
        assertTrue(DueRules.isDue(hot(), e, Instant.parse("2026-02-27T16:30:00Z")));
        // completed after the sessions: due from the earlier of the two
        assertEquals(Optional.of(SESSIONS_END), DueRules.dueFrom(hot(), facts(EnrolmentStatus.TERMINE, ENDED, SESSIONS_END)));
    }

    @Test
    void aHotSurveyIsNotDueForALearnerWhoNeverStartedOrLeft() {
        assertEquals(Optional.empty(), DueRules.dueFrom(hot(), facts(EnrolmentStatus.INSCRIT, null, SESSIONS_END)));
        assertEquals(Optional.empty(), DueRules.dueFrom(hot(), facts(EnrolmentStatus.ABANDON, ENDED, SESSIONS_END)));
        assertEquals(Optional.empty(), DueRules.dueFrom(hot(), facts(EnrolmentStatus.INTERROMPU, ENDED, null)));
        assertEquals(Optional.empty(), DueRules.dueFrom(hot(), facts(EnrolmentStatus.ENTRE, null, null)));
    }

    @Test
    void aColdSurveyIsDueItsDelayInWeeksAfterTheEnd() {
        var e = facts(EnrolmentStatus.TERMINE, ENDED, SESSIONS_END);
        // 2 March 2026 + 8 weeks = 27 April 2026, same hour
        assertEquals(Optional.of(Instant.parse("2026-04-27T10:00:00Z")), DueRules.dueFrom(cold(8), e));
        assertFalse(DueRules.isDue(cold(8), e, Instant.parse("2026-04-27T09:59:59Z")));
        assertTrue(DueRules.isDue(cold(8), e, Instant.parse("2026-04-27T10:00:00Z")));
        assertEquals(Optional.empty(), DueRules.dueFrom(cold(8), facts(EnrolmentStatus.ENTRE, null, SESSIONS_END)));
    }

    @Test
    void aSurveyAppliesToItsOrganisationsEnrolmentsInItsProgrammeWhileActive() {
        var e = facts(EnrolmentStatus.TERMINE, ENDED, null);
        Instant later = Instant.parse("2027-01-01T00:00:00Z");
        assertTrue(DueRules.isDue(cold(1), e, later));
        assertFalse(DueRules.isDue(cold(1), new DueRules.Facts(ORG, "AUTRE", EnrolmentStatus.TERMINE, ENDED, null), later));
        assertFalse(DueRules.isDue(cold(1), new DueRules.Facts("org-2", "CMN", EnrolmentStatus.TERMINE, ENDED, null), later));
        assertTrue(DueRules.isDue(hot(), new DueRules.Facts(ORG, "AUTRE", EnrolmentStatus.TERMINE, ENDED, null), later));
        Survey off = hot();
        off.setActive(false);
        assertFalse(DueRules.isDue(off, e, later));
    }
}
