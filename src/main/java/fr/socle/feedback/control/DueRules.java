package fr.socle.feedback.control;

import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.feedback.entity.Survey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a survey is due for an enrolment. A HOT survey once the training is over: the enrolment
 * ended as TERMINE, or the last half-day of its sessions is past while it is under way (ENTRE). A
 * COLD survey {@code delay_weeks} weeks after an enrolment ended as TERMINE. Only active surveys of
 * the enrolment's organisation, for its programme (or for all programmes); abandoned and interrupted
 * enrolments are not surveyed.
 */
public final class DueRules {

    private DueRules() {
    }

    /**
     * What the rules need to know of an enrolment.
     *
     * @param sessionsEnd the end of the last half-day of the sessions it is in; null for none
     */
    public record Facts(String organisationId, String programmeCode, EnrolmentStatus status, Instant endedAt, Instant sessionsEnd) {
    }

    /** From when the survey is due for the enrolment; empty when it does not apply or never will as things are. */
    public static Optional<Instant> dueFrom(Survey survey, Facts e) {
        if (!survey.isActive() || !survey.covers(e.organisationId(), e.programmeCode())) {
            return Optional.empty();
        }
        return dueFrom(survey.getKind(), survey.getDelayWeeks(), e);
    }

    static Optional<Instant> dueFrom(Survey.Kind kind, int delayWeeks, Facts e) {
        boolean completed = e.status() == EnrolmentStatus.TERMINE && e.endedAt() != null;
        if (kind == Survey.Kind.COLD) {
            return completed ? Optional.of(e.endedAt().plus(7L * delayWeeks, ChronoUnit.DAYS)) : Optional.empty();
        }
        Instant sessions = e.status() == EnrolmentStatus.ENTRE || e.status() == EnrolmentStatus.TERMINE ? e.sessionsEnd() : null;
        if (completed && sessions != null) {
            return Optional.of(sessions.isBefore(e.endedAt()) ? sessions : e.endedAt());
        }
        return Optional.ofNullable(completed ? e.endedAt() : sessions);
    }

    /** Whether the survey is due now (it may be answered). */
    public static boolean isDue(Survey survey, Facts e, Instant now) {
        return dueFrom(survey, e).map(from -> !from.isAfter(now)).orElse(false);
    }
}
