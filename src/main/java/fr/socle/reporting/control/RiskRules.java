package fr.socle.reporting.control;

import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.boundary.ActivityKind;
import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.boundary.EnrolmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Learners at risk of dropping out (Qualiopi indicator 12), among those still in training (INSCRIT
 * or ENTRE): no learning activity (an activity started or done, a half-day signed, minutes in the
 * ledger) for a number of days, counted from enrolment when there was none at all; or a quiz failed
 * and not passed since (a pass completes the quiz, so this is a quiz attempted and not completed).
 */
public final class RiskRules {

    public enum Kind { INACTIVE, FAILED_QUIZ }

    /**
     * One reason: INACTIVE with its days; FAILED_QUIZ with its module, quiz, best score and attempts.
     */
    public record Reason(Kind kind, Integer days, String module, String activityId, String activity, Integer score, Integer attempts) {

        static Reason inactive(long days) {
            return new Reason(Kind.INACTIVE, (int) days, null, null, null, null, null);
        }

        static Reason failedQuiz(Activity quiz, CohortGrid.Result result) {
            return new Reason(Kind.FAILED_QUIZ, null, quiz.getModule().getCode(), quiz.getId(), quiz.getTitle(), result.bestScore(),
                    result.attempts());
        }
    }

    /** @param lastActivity the learner's last learning activity; null when there was none */
    public record AtRisk(String enrolmentId, String learnerId, String learner, Instant lastActivity, List<Reason> reasons) {
    }

    private RiskRules() {
    }

    /**
     * The learners at risk, in the given order, each with every reason that applies.
     *
     * @param results       the learners' activity results
     * @param otherActivity other evidence of activity by enrolment id (last ledger entry, last signature), if any
     */
    public static List<AtRisk> atRisk(List<Enrolment> learners, Collection<CohortGrid.Result> results, Map<String, Instant> otherActivity,
                                      Instant now, int inactiveDays) {
        Map<String, List<CohortGrid.Result>> byEnrolment = results.stream().collect(Collectors.groupingBy(CohortGrid.Result::enrolmentId));
        List<AtRisk> all = new ArrayList<>();
        for (Enrolment e : learners) {
            List<CohortGrid.Result> mine = byEnrolment.getOrDefault(e.getId(), List.of());
            assess(e, mine, otherActivity.get(e.getId()), now, inactiveDays).ifPresent(all::add);
        }
        return all;
    }

    static Optional<AtRisk> assess(Enrolment e, List<CohortGrid.Result> results, Instant otherActivity, Instant now, int inactiveDays) {
        if (e.getStatus() != EnrolmentStatus.INSCRIT && e.getStatus() != EnrolmentStatus.ENTRE) {
            return Optional.empty();
        }
        Instant last = Stream.concat(results.stream().map(CohortGrid.Result::lastAt), Stream.of(otherActivity))
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        List<Reason> reasons = new ArrayList<>();
        long idle = Duration.between(last == null ? e.getEnrolledAt() : last, now).toDays();
        if (idle >= inactiveDays) {
            reasons.add(Reason.inactive(idle));
        }
        Map<String, CohortGrid.Result> byActivity = results.stream()
                .collect(Collectors.toMap(CohortGrid.Result::activityId, r -> r, (a, b) -> a));
        e.modules().stream().flatMap(m -> m.getActivities().stream()).filter(a -> a.getKind() == ActivityKind.QUIZ).forEach(quiz -> {
            CohortGrid.Result r = byActivity.get(quiz.getId());
            if (r != null && r.attempts() > 0 && !r.completed()) {
                reasons.add(Reason.failedQuiz(quiz, r));
            }
        });
        return reasons.isEmpty() ? Optional.empty()
                : Optional.of(new AtRisk(e.getId(), e.getLearner().getId(), e.getLearner().getDisplayName(), last, List.copyOf(reasons)));
    }
}
