package fr.socle.reporting.control;

import fr.socle.catalogue.entity.Module;
import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.learning.control.CompletionRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A session's cohort at a glance: one row per learner, one column per module. Each cell says where
 * the learner stands in the module (by {@link CompletionRules} on its activity results), its best quiz
 * score there and its minutes there from the hours ledger. Rows and totals add up the same cells.
 *
 * @param modules the columns, in the programme's order
 */
public record CohortGrid(List<Column> modules, List<Row> rows, Totals totals) {

    /** Where a learner stands in a module; NOT_FOLLOWED for a module outside its path (another spécialisation, another module). */
    public enum Status { NOT_STARTED, IN_PROGRESS, COMPLETED, NOT_FOLLOWED }

    public record Column(String code, String title) {
    }

    /** A learner's result on one activity, as stored: a row exists once the learner has started it. */
    public record Result(String enrolmentId, String activityId, boolean completed, Integer bestScore, int attempts, Instant lastAt) {
    }

    public record Cell(String module, Status status, Integer score, int minutes) {
    }

    public record Row(String enrolmentId, String learnerId, String learner, EnrolmentStatus enrolmentStatus, Status status, int percent,
                      int totalMinutes, List<Cell> cells) {
    }

    public record ModuleTotal(String module, int completed, int inProgress, int notStarted, int minutes) {
    }

    /** @param percent the learners' average progress; {@code minutes} the sum of every row's minutes */
    public record Totals(int learners, int completed, int inProgress, int notStarted, int percent, int minutes, List<ModuleTotal> modules) {
    }

    /**
     * @param columns   the session's modules
     * @param learners  the session's enrolments, in the order of the rows
     * @param results   every activity result of these enrolments
     * @param minutes   ledger minutes by enrolment id, then by module code
     */
    public static CohortGrid build(List<Module> columns, List<Enrolment> learners, Collection<Result> results,
                                   Map<String, Map<String, Integer>> minutes) {
        Map<String, List<Result>> byEnrolment = results.stream().collect(Collectors.groupingBy(Result::enrolmentId));
        List<Row> rows = learners.stream()
                .map(e -> row(columns, e, byEnrolment.getOrDefault(e.getId(), List.of()), minutes.getOrDefault(e.getId(), Map.of())))
                .toList();
        return new CohortGrid(columns.stream().map(m -> new Column(m.getCode(), m.getTitle())).toList(), rows, totals(columns, rows));
    }

    static Row row(List<Module> columns, Enrolment e, List<Result> results, Map<String, Integer> minutes) {
        Map<String, Result> byActivity = results.stream().collect(Collectors.toMap(Result::activityId, r -> r, (a, b) -> a));
        CompletionRules rules = new CompletionRules(e, results.stream().filter(Result::completed).map(Result::activityId)
                .collect(Collectors.toSet()));
        Set<String> path = e.modules().stream().map(Module::getCode).collect(Collectors.toSet());
        List<Module> followed = columns.stream().filter(m -> path.contains(m.getCode())).toList();
        List<Cell> cells = new ArrayList<>();
        for (Module m : columns) {
            int spent = minutes.getOrDefault(m.getCode(), 0);
            List<Result> inModule = m.getActivities().stream().map(a -> byActivity.get(a.getId())).filter(Objects::nonNull).toList();
            Integer score = inModule.stream().map(Result::bestScore).filter(Objects::nonNull).max(Integer::compare).orElse(null);
            Status status;
            if (!path.contains(m.getCode())) {
                status = Status.NOT_FOLLOWED;
            } else if (rules.isComplete(m)) {
                status = Status.COMPLETED;
            } else if (!inModule.isEmpty() || spent != 0) {
                status = Status.IN_PROGRESS;
            } else {
                status = Status.NOT_STARTED;
            }
            cells.add(new Cell(m.getCode(), status, score, spent));
        }
        List<Status> mine = cells.stream().map(Cell::status).filter(s -> s != Status.NOT_FOLLOWED).toList();
        Status status = mine.isEmpty() ? Status.NOT_FOLLOWED
                : mine.stream().allMatch(s -> s == Status.COMPLETED) ? Status.COMPLETED
                : mine.stream().allMatch(s -> s == Status.NOT_STARTED) ? Status.NOT_STARTED
                : Status.IN_PROGRESS;
        return new Row(e.getId(), e.getLearner().getId(), e.getLearner().getDisplayName(), e.getStatus(), status,
                followed.isEmpty() ? 0 : rules.percent(followed), cells.stream().mapToInt(Cell::minutes).sum(), cells);
    }

    static Totals totals(List<Module> columns, List<Row> rows) {
        List<ModuleTotal> modules = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            List<Cell> cells = rows.stream().map(r -> r.cells().get(column)).toList();
            modules.add(new ModuleTotal(columns.get(i).getCode(), count(cells.stream().map(Cell::status), Status.COMPLETED),
                    count(cells.stream().map(Cell::status), Status.IN_PROGRESS), count(cells.stream().map(Cell::status), Status.NOT_STARTED),
                    cells.stream().mapToInt(Cell::minutes).sum()));
        }
        int percent = rows.isEmpty() ? 0 : rows.stream().mapToInt(Row::percent).sum() / rows.size();
        return new Totals(rows.size(), count(rows.stream().map(Row::status), Status.COMPLETED),
                count(rows.stream().map(Row::status), Status.IN_PROGRESS), count(rows.stream().map(Row::status), Status.NOT_STARTED),
                percent, rows.stream().mapToInt(Row::totalMinutes).sum(), modules);
    }

    private static int count(java.util.stream.Stream<Status> statuses, Status wanted) {
        return (int) statuses.filter(s -> s == wanted).count();
    }
}
