package fr.socle.reporting.control;

import fr.socle.platform.Formats;
import fr.socle.platform.Period;
import fr.socle.platform.Messages;

import fr.socle.learning.boundary.ProfileType;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The training figures of the BPF (<i>bilan pédagogique et financier</i>, Cerfa 10443) for one
 * financial year: trainees and trainee-hours (<i>heures-stagiaires</i>) by trainee type (frame F-1)
 * and by general objective (frame F-3), each line with the learners behind it. Computed from the
 * hours ledger's entries, so that the figures are sums of the same entries as every other report.
 *
 * <p>Rules, in order:
 * <ol>
 * <li>The year is the calendar year in Europe/Paris: an entry counts when {@code occurredAt} is in
 *     [1 January 00:00, next 1 January 00:00) Paris time (31 December 23:30 in Paris counts, 1 January
 *     00:15 in Paris does not, although it is still 31 December in UTC).</li>
 * <li>Minutes are summed as they stand, corrections (negative minutes) included. A learner whose net
 *     minutes in the year are zero or less is not a trainee and none of their entries count anywhere.</li>
 * <li>F-1: each trainee falls in exactly one line, by {@link TraineeType#of(ProfileType)}.</li>
 * <li>F-3: the Cerfa's totals must add up: F-3 total = F-1 total (+ F-2, sub-contracted training,
 *     which Socle does not record yet, so 0), for trainees as for hours, and each total is the sum of
 *     its lines. A trainee is therefore <b>counted once</b>, on the line of their main objective (the
 *     objective with the most net minutes; a tie goes to the first in the form's order), while their
 *     hours go to the lines they were spent on. Each line lists every learner with minutes on it;
 *     {@link LearnerMinutes#counted()} says whether the learner is counted in that line's trainees.</li>
 * <li>Hours: minutes are summed first and converted last. A total's hours are its minutes rounded to
 *     the nearest hour, half up (30 min gives 1 h, 89 min 1 h, 90 min 2 h), so F-1 and F-3 total hours
 *     are always equal. The Cerfa's lines must add up to its totals, hours included, so the total's
 *     hours are <b>shared out among its lines by the largest remainder</b>: each line gets its whole
 *     hours, and the hours left go one each to the lines with the largest leftover minutes (a tie goes
 *     to the first in the form's order). Line a's hours are shared out the same way among its "dont"
 *     sub-lines. A line's hours may therefore differ by one from its own minutes rounded; the exact
 *     minutes are kept on every line.</li>
 * </ol>
 *
 * @param byType      F-1 lines a to e, all present, in the form's order
 * @param typeTotal   F-1 total
 * @param byObjective F-3 lines, all present, in the form's order: a, its "dont" sub-lines (marked
 *                    {@link Line#detail()}), then b to f
 * @param objectiveTotal F-3 total (lines a to f, sub-lines excluded)
 */
public record BpfFigures(Year year, List<Line> byType, Line typeTotal, List<Line> byObjective, Line objectiveTotal) {

    /** The Cerfa counts the financial year; Socle's training bodies close on 31 December, Paris time. */

    /**
     * F-1 trainee types and how Socle's profile types fall in them. Socle has no apprentices (line b
     * stays at 0). Public agents (territorial agents), élus, conseillers numériques (whose employer,
     * public or associative, Socle does not know), volunteers and learners without a profile type
     * are "autres stagiaires" (line e), which is where the Cerfa puts whoever is neither a private
     * employee, an apprentice, a job seeker nor an individual paying for themselves.
     */
    public enum TraineeType {
        SALARIES_PRIVES("a"),
        APPRENTIS("b"),
        DEMANDEURS_EMPLOI("c"),
        PARTICULIERS("d"),
        AUTRES("e");

        private final String line;

        TraineeType(String line) {
            this.line = line;
        }

        public String line() {
            return line;
        }

        /** @param type null for a learner who has not said: "autres stagiaires" */
        public static TraineeType of(ProfileType type) {
            if (type == null) {
                return AUTRES;
            }
            return switch (type) {
                case SALARIE_PRIVE -> SALARIES_PRIVES;
                case DEMANDEUR_EMPLOI -> DEMANDEURS_EMPLOI;
                case PARTICULIER -> PARTICULIERS;
                case AGENT_TERRITORIAL, ELU, CONSEILLER_NUMERIQUE, BENEVOLE -> AUTRES;
            };
        }
    }

    /** A learner as the report names them; {@code type} may be null (not said). */
    public record Trainee(String learnerId, String displayName, ProfileType type) {
        public Trainee {
            Objects.requireNonNull(learnerId, "learnerId");
        }
    }

    /** One entry of the hours ledger, with the objective of its programme. */
    public record Hours(String learnerId, String programmeCode, Objective objective, int minutes, Instant occurredAt) {
        public Hours {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(objective, "objective");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** A learner behind a line: their net minutes on that line, and whether the line counts them as a trainee. */
    public record LearnerMinutes(String learnerId, String displayName, ProfileType type, long minutes, boolean counted) {

        public long hours() {
            return BpfFigures.hours(minutes);
        }
    }

    /**
     * One line of the form.
     *
     * @param frame    "F-1" or "F-3"
     * @param line     the line's letter ("a"…), "total", or for the F-3 a sub-lines "a" followed by the level
     * @param label    the Cerfa's wording of the line, in French: what the exports print ({@link #wording})
     * @param detail   a "dont" sub-line, already included in its parent line
     * @param trainees the trainees the line counts (learners with {@code counted})
     * @param minutes  the exact net minutes of the line
     * @param hours    trainee-hours: a total's minutes rounded half up, a line's share of its total (largest remainder)
     * @param learners every learner with minutes on the line, by name then id
     */
    public record Line(String frame, String line, String label, boolean detail, int trainees, long minutes, long hours,
                       List<LearnerMinutes> learners) {

        Line withHours(long shared) {
            return new Line(frame, line, label, detail, trainees, minutes, shared, learners);
        }
    }

    /**
     * Shares out {@code total} hours among lines of so many minutes, by the largest remainder: each line
     * its whole hours ({@code floorDiv(minutes, 60)}), then one more hour each to the lines with the most
     * minutes left over until the total is reached; equal leftovers go first to the earlier line.
     *
     * @return the hours of each line, in the same order, adding up to {@code total}
     */
    public static List<Long> shareOut(long total, List<Long> minutes) {
        long[] hours = new long[minutes.size()];
        long given = 0;
        for (int i = 0; i < hours.length; i++) {
            hours[i] = Math.floorDiv(minutes.get(i), 60);
            given += hours[i];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            byRemainder.add(i);
        }
        // stable sort: equal remainders keep the form's order
        byRemainder.sort(Comparator.comparingLong((Integer i) -> Math.floorMod(minutes.get(i), 60)).reversed());
        for (int k = 0; given < total && !byRemainder.isEmpty(); k = (k + 1) % byRemainder.size()) {
            hours[byRemainder.get(k)]++;
            given++;
        }
        for (int k = byRemainder.size() - 1; given > total && k >= 0; k--) {
            hours[byRemainder.get(k)]--;
            given--;
        }
        List<Long> out = new ArrayList<>();
        for (long h : hours) {
            out.add(h);
        }
        return out;
    }

    private static List<Line> shared(List<Line> lines, long total) {
        List<Long> hours = shareOut(total, lines.stream().map(Line::minutes).toList());
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i).withHours(hours.get(i)));
        }
        return out;
    }

    /** Minutes as whole hours, rounded to the nearest, half up (30 → 1, 89 → 1, 90 → 2, −30 → 0). */
    public static long hours(long minutes) {
        return Math.floorDiv(minutes + 30, 60);
    }

    /**
     * The figures of a year.
     *
     * @param trainees every learner the entries name (more is fine); ids must be unique
     * @param entries  ledger entries, of any year: those outside {@code year} are left out
     * @throws IllegalArgumentException an entry names a learner not among {@code trainees}, or an id repeats
     */
    public static BpfFigures of(Year year, Collection<Trainee> trainees, Collection<Hours> entries) {
        Map<String, Trainee> people = new LinkedHashMap<>();
        for (Trainee t : trainees) {
            if (people.put(t.learnerId(), t) != null) {
                throw new IllegalArgumentException("learner listed twice: " + t.learnerId());
            }
        }
        Period days = Period.yearOf(year.atDay(1));
        Instant from = days.start(Formats.PARIS);
        Instant to = days.end(Formats.PARIS);
        // learner -> objective -> net minutes in the year
        Map<String, Map<Objective, Long>> minutes = new LinkedHashMap<>();
        for (Hours h : entries) {
            if (!people.containsKey(h.learnerId())) {
                throw new IllegalArgumentException("hours for an unknown learner: " + h.learnerId());
            }
            if (!h.occurredAt().isBefore(from) && h.occurredAt().isBefore(to)) {
                minutes.computeIfAbsent(h.learnerId(), k -> new EnumMap<>(Objective.class)).merge(h.objective(), (long) h.minutes(), Long::sum);
            }
        }
        minutes.values().removeIf(byObjective -> byObjective.values().stream().mapToLong(Long::longValue).sum() <= 0);

        Comparator<LearnerMinutes> order = Comparator.comparing((LearnerMinutes l) -> l.displayName() == null ? "" : l.displayName())
                .thenComparing(LearnerMinutes::learnerId);
        List<LearnerMinutes> all = new ArrayList<>();
        Map<String, Objective> main = new LinkedHashMap<>();
        minutes.forEach((id, byObjective) -> {
            Trainee t = people.get(id);
            all.add(new LearnerMinutes(id, t.displayName(), t.type(), byObjective.values().stream().mapToLong(Long::longValue).sum(), true));
            // EnumMap iterates in the form's order, and only a strictly larger figure replaces: ties go to the first
            Objective best = null;
            for (Map.Entry<Objective, Long> e : byObjective.entrySet()) {
                if (best == null || e.getValue() > byObjective.get(best)) {
                    best = e.getKey();
                }
            }
            main.put(id, best);
        });
        all.sort(order);

        List<Line> byType = new ArrayList<>();
        for (TraineeType type : TraineeType.values()) {
            List<LearnerMinutes> in = all.stream().filter(l -> TraineeType.of(l.type()) == type).toList();
            byType.add(line("F-1", type.line(), false, in));
        }
        Line typeTotal = line("F-1", "total", false, all);
        byType = shared(byType, typeTotal.hours());

        List<Line> byObjective = new ArrayList<>();
        byObjective.add(objectiveLine("a", false, Objective::rncp, minutes, main, people, order));
        for (Objective o : Objective.values()) {
            if (o.rncp()) {
                byObjective.add(objectiveLine("a " + o.name().substring("RNCP_".length()).replace('_', '-'), true,
                        o::equals, minutes, main, people, order));
            } else {
                byObjective.add(objectiveLine(o.line(), false, o::equals, minutes, main, people, order));
            }
        }
        Line objectiveTotal = line("F-3", "total", false, all);
        List<Line> mainLines = shared(byObjective.stream().filter(l -> !l.detail()).toList(), objectiveTotal.hours());
        List<Line> subLines = shared(byObjective.stream().filter(Line::detail).toList(), mainLines.get(0).hours());
        byObjective = new ArrayList<>();
        byObjective.add(mainLines.get(0));
        byObjective.addAll(subLines);
        byObjective.addAll(mainLines.subList(1, mainLines.size()));
        return new BpfFigures(year, List.copyOf(byType), typeTotal, List.copyOf(byObjective), objectiveTotal);
    }

    /**
     * Checks what the Cerfa checks: each frame's lines add up to its total (trainees and minutes;
     * sub-lines add up to line a), and F-1 and F-3 totals are equal.
     *
     * @throws IllegalStateException a figure does not add up
     */
    public BpfFigures {
        byType = List.copyOf(byType);
        byObjective = List.copyOf(byObjective);
        check(byType.stream().filter(l -> !l.detail()).toList(), typeTotal, "F-1");
        check(byObjective.stream().filter(l -> !l.detail()).toList(), objectiveTotal, "F-3");
        Line a = byObjective.stream().filter(l -> !l.detail() && l.line().equals("a")).findFirst().orElse(null);
        if (a != null) {
            check(byObjective.stream().filter(Line::detail).toList(), a, "F-3 a");
        }
        if (typeTotal.trainees() != objectiveTotal.trainees() || typeTotal.minutes() != objectiveTotal.minutes()
                || typeTotal.hours() != objectiveTotal.hours()) {
            throw new IllegalStateException("F-1 and F-3 totals differ: " + typeTotal.trainees() + " / " + objectiveTotal.trainees()
                    + " trainees, " + typeTotal.minutes() + " / " + objectiveTotal.minutes() + " min");
        }
    }

    private static void check(List<Line> lines, Line total, String what) {
        int trainees = lines.stream().mapToInt(Line::trainees).sum();
        long minutes = lines.stream().mapToLong(Line::minutes).sum();
        long hours = lines.stream().mapToLong(Line::hours).sum();
        if (trainees != total.trainees() || minutes != total.minutes() || hours != total.hours()) {
            throw new IllegalStateException(what + " lines do not add up to " + total.line() + ": " + trainees + " / " + total.trainees()
                    + " trainees, " + minutes + " / " + total.minutes() + " min, " + hours + " / " + total.hours() + " h");
        }
    }

    /** Trainees counted in the F-1 and F-3 totals: every learner with net minutes above zero. */
    public int trainees() {
        return typeTotal.trainees();
    }

    /** Every line in the form's order: F-1 a to e, F-1 total, F-3 a, its sub-lines, b to f, F-3 total (what the exports list). */
    public List<Line> lines() {
        List<Line> all = new ArrayList<>(f1());
        all.addAll(f3());
        return all;
    }

    /** Frame F-1 as the form prints it: lines a to e, then the total. */
    public List<Line> f1() {
        List<Line> lines = new ArrayList<>(byType);
        lines.add(typeTotal);
        return lines;
    }

    /** Frame F-3 as the form prints it: line a, its "dont" sub-lines, b to f, then the total. */
    public List<Line> f3() {
        List<Line> lines = new ArrayList<>(byObjective);
        lines.add(objectiveTotal);
        return lines;
    }

    /** The F-1 line of a trainee type. */
    public Line line(TraineeType type) {
        return byType.get(type.ordinal());
    }

    /** The F-3 line of an objective: for an RNCP value, its "dont" sub-line. */
    public Line line(Objective objective) {
        return byObjective.get(objective.ordinal() + 1);
    }

    /** F-3 line a, all RNCP levels together. */
    public Line rncp() {
        return byObjective.get(0);
    }

    /** The keys of the lines' wordings: socle.bpf.wording.F-3.a_5 for sub-line "a 5" of the F-3… (BpfWordingTest checks them all). */
    private static final String WORDING = "socle.bpf.wording.";

    /** The wording of a line of the form in a language: the Cerfa's own French, or a translation for the screen. */
    public static String wording(String frame, String line, java.util.Locale locale) {
        return Messages.get(locale, WORDING + frame + "." + line.replace(' ', '_'));
    }

    private static Line line(String frame, String line, boolean detail, List<LearnerMinutes> learners) {
        long minutes = learners.stream().mapToLong(LearnerMinutes::minutes).sum();
        return new Line(frame, line, wording(frame, line, Messages.DEFAULT), detail, (int) learners.stream().filter(LearnerMinutes::counted).count(),
                minutes, hours(minutes), List.copyOf(learners));
    }

    private static Line objectiveLine(String line, boolean detail, Predicate<Objective> on, Map<String, Map<Objective, Long>> minutes,
                                      Map<String, Objective> main, Map<String, Trainee> people, Comparator<LearnerMinutes> order) {
        List<LearnerMinutes> learners = new ArrayList<>();
        minutes.forEach((id, byObjective) -> {
            long sum = 0;
            boolean any = false;
            for (Map.Entry<Objective, Long> e : byObjective.entrySet()) {
                if (on.test(e.getKey())) {
                    sum += e.getValue();
                    any = true;
                }
            }
            if (any) {
                Trainee t = people.get(id);
                learners.add(new LearnerMinutes(id, t.displayName(), t.type(), sum, on.test(main.get(id))));
            }
        });
        learners.sort(order);
        return line("F-3", line, detail, learners);
    }
}
