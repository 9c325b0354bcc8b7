package fr.socle.reporting.control;

import fr.socle.learning.boundary.EnrolmentStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Qualiopi indicators of an organisation over a period, from rows the facade reads: plain
 * arithmetic, no database. Every figure keeps the rows behind it (its denominator, each marked as
 * counted in the numerator or not), so a page can show them and an auditor can recount them.
 * <ul>
 *   <li><b>Cohort</b>: the enrolments <em>ended</em> in the period (their {@code endedAt}).</li>
 *   <li>{@link Indicator#COMPLETION}: TERMINE / cohort.</li>
 *   <li>{@link Indicator#DROP_OUT}: ABANDON / cohort; {@link Indicator#INTERRUPTION}: INTERROMPU / cohort (apart).</li>
 *   <li>{@link Indicator#CERTIFICATION}: completed enrolments holding a qualifying document (issued, not revoked:
 *       a CERTIFICAT, or any document for a programme without a target certification; the facade decides which
 *       documents qualify) / completed enrolments.</li>
 *   <li>{@link Indicator#POSITIONING}: enrolments <em>entered</em> in the period with a positioning result / entered.</li>
 *   <li>{@link Indicator#OBJECTIVES}: objectives reached. Among the completed enrolments of the cohort that have a
 *       summative assessment (at least one quiz in the modules they follow), those that passed every one of these
 *       quizzes: at least one attempt marked passed, the same pass rule ({@code QuizAttempt.passed}, the quiz's pass
 *       mark) that completes a quiz activity. Completed enrolments without any quiz are not assessed and left out
 *       of both sides.</li>
 *   <li>{@link Indicator#SATISFACTION_HOT} / {@link Indicator#SATISFACTION_COLD}: what the cohort answered, whenever it
 *       answered (a hot survey filled in the day after the period ends still counts; a cold one may not be due yet for
 *       the last leavers). The response rate is the cohort's enrolments with at least one response of the kind / cohort,
 *       so never over 100 %; the mean (1 to 5) is of the scores of all their responses of the kind, those without a
 *       score aside. Responses of enrolments outside the cohort are ignored.</li>
 * </ul>
 * A rate is a percentage with one decimal, {@code null} when its denominator is zero.
 */
public final class QualiopiIndicators {

    /** Each indicator with the Qualiopi indicator numbers it evidences. */
    public enum Indicator {
        COMPLETION("2"), DROP_OUT("2, 12"), INTERRUPTION("12"), CERTIFICATION("2, 3"), POSITIONING("8"), OBJECTIVES("11"),
        SATISFACTION_HOT("2, 30"), SATISFACTION_COLD("2, 30");

        private final String qualiopi;

        Indicator(String qualiopi) {
            this.qualiopi = qualiopi;
        }

        /** The Qualiopi indicator numbers, as "2, 12". */
        public String qualiopi() {
            return qualiopi;
        }
    }

    /**
     * An enrolment as the indicators need it.
     *
     * @param documents the codes of its qualifying documents (issued, not revoked)
     * @param quizzes   the quizzes of the modules it follows
     * @param passed    how many of them it passed
     */
    public record Enrolment(String enrolmentId, String learner, String programme, EnrolmentStatus status, Instant enteredAt,
                            Instant endedAt, String endReason, boolean positioned, List<String> documents, int quizzes, int passed) {
    }

    /** One survey response: kind HOT or COLD, score the mean of its Likert answers (null when none). */
    public record Response(String enrolmentId, String learner, String programme, String kind, BigDecimal score, Instant submittedAt) {
    }

    /** A row behind a figure: in the numerator when {@code counted}. */
    public record Row(String enrolmentId, String learner, String programme, String status, LocalDate entered, LocalDate ended,
                      String detail, boolean counted) {
    }

    /**
     * One figure: numerator / denominator as a rate (percent), and for satisfaction the mean score.
     *
     * @param responses for satisfaction: the cohort's responses with a score (what the mean is of); otherwise 0
     */
    public record Figure(Indicator indicator, long numerator, long denominator, Double rate, BigDecimal mean, long responses, List<Row> rows) {
    }

    private QualiopiIndicators() {
    }

    /**
     * @param ended     the enrolments ended in the period (the cohort)
     * @param entered   the enrolments entered in the period
     * @param responses the survey responses of the cohort's enrolments (others are ignored)
     */
    public static Map<Indicator, Figure> compute(List<Enrolment> ended, List<Enrolment> entered, List<Response> responses, ZoneId zone) {
        Map<Indicator, Figure> figures = new EnumMap<>(Indicator.class);
        List<Enrolment> cohort = sorted(ended);
        List<Enrolment> completed = cohort.stream().filter(e -> e.status() == EnrolmentStatus.TERMINE).toList();
        figures.put(Indicator.COMPLETION, share(Indicator.COMPLETION, cohort, e -> e.status() == EnrolmentStatus.TERMINE, e -> e.endReason(), zone));
        figures.put(Indicator.DROP_OUT, share(Indicator.DROP_OUT, cohort, e -> e.status() == EnrolmentStatus.ABANDON, e -> e.endReason(), zone));
        figures.put(Indicator.INTERRUPTION, share(Indicator.INTERRUPTION, cohort, e -> e.status() == EnrolmentStatus.INTERROMPU,
                e -> e.endReason(), zone));
        figures.put(Indicator.CERTIFICATION, share(Indicator.CERTIFICATION, completed, e -> !e.documents().isEmpty(),
                e -> String.join(" ", e.documents()), zone));
        figures.put(Indicator.POSITIONING, share(Indicator.POSITIONING, sorted(entered), Enrolment::positioned, e -> null, zone));
        figures.put(Indicator.OBJECTIVES, share(Indicator.OBJECTIVES, completed.stream().filter(e -> e.quizzes() > 0).toList(),
                e -> e.passed() >= e.quizzes(), e -> e.passed() + "/" + e.quizzes(), zone));
        figures.put(Indicator.SATISFACTION_HOT, satisfaction(Indicator.SATISFACTION_HOT, "HOT", cohort, responses, zone));
        figures.put(Indicator.SATISFACTION_COLD, satisfaction(Indicator.SATISFACTION_COLD, "COLD", cohort, responses, zone));
        return figures;
    }

    /** A percentage with one decimal; null when nothing to divide by. */
    public static Double rate(long numerator, long denominator) {
        return denominator == 0 ? null : Math.round(1000.0 * numerator / denominator) / 10.0;
    }

    private static Figure share(Indicator indicator, List<Enrolment> base, java.util.function.Predicate<Enrolment> counted,
                                java.util.function.Function<Enrolment, String> detail, ZoneId zone) {
        List<Row> rows = new ArrayList<>();
        long n = 0;
        for (Enrolment e : base) {
            boolean in = counted.test(e);
            n += in ? 1 : 0;
            rows.add(new Row(e.enrolmentId(), e.learner(), e.programme(), e.status().name(), day(e.enteredAt(), zone), day(e.endedAt(), zone),
                    detail.apply(e), in));
        }
        return new Figure(indicator, n, base.size(), rate(n, base.size()), null, 0, List.copyOf(rows));
    }

    private static Figure satisfaction(Indicator indicator, String kind, List<Enrolment> cohort, List<Response> responses, ZoneId zone) {
        Map<String, List<Response>> byEnrolment = new java.util.HashMap<>();
        responses.stream().filter(r -> kind.equals(r.kind()))
                .sorted(Comparator.comparing(Response::submittedAt).thenComparing(r -> String.valueOf(r.score())))
                .forEach(r -> byEnrolment.computeIfAbsent(r.enrolmentId(), k -> new ArrayList<>()).add(r));
        BigDecimal sum = BigDecimal.ZERO;
        long scored = 0;
        long answered = 0;
        List<Row> rows = new ArrayList<>();
        for (Enrolment e : cohort) {
            List<Response> mine = byEnrolment.getOrDefault(e.enrolmentId(), List.of());
            List<String> scores = new ArrayList<>();
            for (Response r : mine) {
                if (r.score() != null) {
                    sum = sum.add(r.score());
                    scored++;
                }
                scores.add(r.score() == null ? "–" : r.score().stripTrailingZeros().toPlainString());
            }
            answered += mine.isEmpty() ? 0 : 1;
            rows.add(new Row(e.enrolmentId(), e.learner(), e.programme(), e.status().name(), day(e.enteredAt(), zone), day(e.endedAt(), zone),
                    mine.isEmpty() ? null : String.join(" ; ", scores), !mine.isEmpty()));
        }
        BigDecimal mean = scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
        return new Figure(indicator, answered, cohort.size(), rate(answered, cohort.size()), mean, scored, List.copyOf(rows));
    }

    private static List<Enrolment> sorted(List<Enrolment> rows) {
        return rows.stream().sorted(Comparator.comparing(Enrolment::learner, String.CASE_INSENSITIVE_ORDER).thenComparing(Enrolment::enrolmentId))
                .toList();
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }
}
