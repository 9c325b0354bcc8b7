package fr.socle.agrement.control;

import fr.socle.agrement.boundary.AgrementKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dates of an agrément to train élus and the state it is in on a day.
 *
 * <p>The rules (CGCT art. R. 1221-12 to R. 1221-22, as summed up by the DGCL,
 * https://www.collectivites-locales.gouv.fr/procedures-dagrements): the first agrément lasts two
 * years from the reception of the decision, then it is renewable for four years at a time,
 * <em>provided the renewal request is filed at least two months before the end of the first
 * agrément, and at least six months before the end of the following ones</em>. Hence two lead times
 * ({@code socle.agrement.first-renewal-lead-months}, default 2, and
 * {@code socle.agrement.renewal-lead-months}, default 6) and the warnings a few months before the
 * filing deadline ({@code socle.agrement.warning-months}, default 6, 3, 1).
 *
 * <p>Dates: {@code lastDay} is the last day of validity; the agrément expires the day after. A period
 * of n years starting on S ends on (S - 1 day) + n years, so that 29 February and month ends come out
 * right (2024-02-29 + 2 years: last day 2026-02-28).
 *
 * @param firstLeadMonths   months before the end of an INITIAL agrément the renewal must be filed by
 * @param renewalLeadMonths months before the end of a renewed agrément the next renewal must be filed by
 * @param warningMonths     months before the filing deadline when a warning is due (any order)
 */
public record AgrementRules(int firstLeadMonths, int renewalLeadMonths, List<Integer> warningMonths) {

    public static final int FIRST_LEAD_MONTHS = 2;
    public static final int RENEWAL_LEAD_MONTHS = 6;

    public AgrementRules {
        if (firstLeadMonths < 0 || renewalLeadMonths < 0) {
            throw new IllegalArgumentException("lead months");
        }
        warningMonths = warningMonths.stream().filter(m -> m != null && m > 0).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** The legal lead times and warnings 6, 3 and 1 month before the deadline. */
    public static AgrementRules legal() {
        return new AgrementRules(FIRST_LEAD_MONTHS, RENEWAL_LEAD_MONTHS, List.of(6, 3, 1));
    }

    /** The last day of validity of a decision of this kind starting on {@code start}. */
    public static LocalDate lastDay(AgrementKind kind, LocalDate start) {
        return start.minusDays(1).plusYears(kind.years);
    }

    /** Where a renewal starts: the day after the previous agrément's last day. */
    public static LocalDate renewalStart(LocalDate previousLastDay) {
        return previousLastDay.plusDays(1);
    }

    /** The last day to file the renewal request of an agrément of this kind ending on {@code lastDay}. */
    public LocalDate renewalDeadline(AgrementKind kind, LocalDate lastDay) {
        int lead = kind == AgrementKind.INITIAL ? firstLeadMonths : renewalLeadMonths;
        return lastDay.plusDays(1).minusMonths(lead);
    }

    /**
     * What the latest decision means on {@code day}.
     *
     * @param kind    the latest decision's kind, null when there is none
     * @param lastDay its last day of validity
     */
    public Standing standing(AgrementKind kind, LocalDate lastDay, LocalDate day) {
        if (kind == null) {
            return new Standing(AgrementState.AUCUN, null, null, null, null);
        }
        LocalDate deadline = renewalDeadline(kind, lastDay);
        if (day.isAfter(lastDay)) {
            return new Standing(AgrementState.EXPIRE, deadline, lastDay, null, Threshold.EXPIRE);
        }
        if (day.isAfter(deadline)) {
            return new Standing(AgrementState.DEPASSE, deadline, lastDay, lastDay, Threshold.DEPASSE);
        }
        Optional<Integer> warning = warningMonths.stream()
                .filter(m -> !day.isBefore(deadline.minusMonths(m)))
                .reduce((a, b) -> b);
        return warning
                .map(m -> new Standing(AgrementState.A_RENOUVELER, deadline, lastDay, deadline, Threshold.months(m)))
                .orElseGet(() -> new Standing(AgrementState.VALIDE, deadline, lastDay, deadline, null));
    }

    /** Names of the warning thresholds: what the reminders sent record. */
    public static final class Threshold {
        public static final String DEPASSE = "DEPASSE";
        public static final String EXPIRE = "EXPIRE";

        private Threshold() {
        }

        /** M6: six months before the filing deadline. */
        public static String months(int m) {
            return "M" + m;
        }
    }

    /**
     * @param state        the state on the day
     * @param deadline     the last day to file the renewal request
     * @param lastDay      the last day of validity
     * @param nextDeadline the next date that matters: the filing deadline, or once passed the last day; none once expired
     * @param threshold    the most urgent warning reached on the day (M6, M3, M1, DEPASSE, EXPIRE), null when none
     */
    public record Standing(AgrementState state, LocalDate deadline, LocalDate lastDay, LocalDate nextDeadline, String threshold) {
    }
}
