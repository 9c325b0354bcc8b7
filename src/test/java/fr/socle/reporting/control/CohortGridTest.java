package fr.socle.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.entity.EnrolmentFixture;
import fr.socle.reporting.control.CohortGrid.Result;
import fr.socle.reporting.control.CohortGrid.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CohortGridTest {

    static final Instant T = EnrolmentFixture.NOW;

    final ProgrammeVersion cursus = EnrolmentFixture.cursus();
    final List<Module> columns = cursus.modules();

    Module module(String code) {
        return columns.stream().filter(m -> m.getCode().equals(code)).findFirst().orElseThrow();
    }

    static Activity lesson(Module m) {
        return m.getActivities().get(0);
    }

    static Activity quiz(Module m) {
        return m.getActivities().get(1);
    }

    static Result done(Enrolment e, Activity a, Integer score) {
        return new Result(e.getId(), a.getId(), true, score, score == null ? 0 : 1, T);
    }

    static Result failed(Enrolment e, Activity quiz, int score, int attempts) {
        return new Result(e.getId(), quiz.getId(), false, score, attempts, T);
    }

    @Test
    void eachCellSaysStatusBestScoreAndMinutesAndRowsAndTotalsAddThemUp() {
        Enrolment ana = EnrolmentFixture.enrolment(cursus);
        ana.chooseSpecialisations(List.of("SP-A"));
        Enrolment bob = EnrolmentFixture.enrolment(cursus);
        bob.chooseSpecialisations(List.of("SP-B"));
        Module tc1 = module("TC1");
        Module tc2 = module("TC2");
        List<Result> results = new ArrayList<>(List.of(done(ana, lesson(tc1), null), done(ana, quiz(tc1), 90), done(ana, lesson(tc2), null),
                failed(bob, quiz(tc1), 40, 2)));
        Map<String, Map<String, Integer>> minutes = Map.of(ana.getId(), Map.of("TC1", 80, "TC2", 60), bob.getId(), Map.of("ST1", 180));

        CohortGrid grid = CohortGrid.build(columns, List.of(ana, bob), results, minutes);

        assertEquals(List.of("TC1", "TC2", "SPA", "SPB", "ST1"), grid.modules().stream().map(CohortGrid.Column::code).toList());
        CohortGrid.Row a = grid.rows().get(0);
        assertEquals(List.of(Status.COMPLETED, Status.IN_PROGRESS, Status.NOT_STARTED, Status.NOT_FOLLOWED, Status.NOT_STARTED),
                a.cells().stream().map(CohortGrid.Cell::status).toList());
        assertEquals(90, a.cells().get(0).score());
        assertNull(a.cells().get(1).score(), "no quiz attempted in TC2");
        assertEquals(Status.IN_PROGRESS, a.status());
        assertEquals(37, a.percent(), "3 of the 8 activities of TC1, TC2, SPA and ST1");
        assertEquals(140, a.totalMinutes());

        CohortGrid.Row b = grid.rows().get(1);
        assertEquals(List.of(Status.IN_PROGRESS, Status.NOT_STARTED, Status.NOT_FOLLOWED, Status.NOT_STARTED, Status.IN_PROGRESS),
                b.cells().stream().map(CohortGrid.Cell::status).toList(), "a failed quiz is a start; so are minutes in the ledger");
        assertEquals(40, b.cells().get(0).score());
        assertEquals(0, b.percent());

        CohortGrid.Totals totals = grid.totals();
        assertEquals(2, totals.learners());
        assertEquals(2, totals.inProgress());
        assertEquals(320, totals.minutes(), "the sum of every row");
        assertEquals(18, totals.percent());
        CohortGrid.ModuleTotal tc1Total = totals.modules().get(0);
        assertEquals(List.of(1, 1, 0, 80), List.of(tc1Total.completed(), tc1Total.inProgress(), tc1Total.notStarted(), tc1Total.minutes()));
        assertEquals(180, totals.modules().get(4).minutes());
    }

    @Test
    void aLearnerWhoFinishedEveryModuleOfAModuleSessionIsCompletedAndOneWhoDidNothingIsNotStarted() {
        Enrolment done = EnrolmentFixture.enrolment(cursus);
        Enrolment idle = EnrolmentFixture.enrolment(cursus);
        Module tc2 = module("TC2");
        CohortGrid grid = CohortGrid.build(List.of(tc2), List.of(done, idle),
                List.of(done(done, lesson(tc2), null), done(done, quiz(tc2), 100)), Map.of(done.getId(), Map.of("TC2", 80)));
        assertEquals(Status.COMPLETED, grid.rows().get(0).status());
        assertEquals(100, grid.rows().get(0).percent());
        assertEquals(Status.NOT_STARTED, grid.rows().get(1).status());
        assertEquals(0, grid.rows().get(1).totalMinutes());
        assertEquals(List.of(1, 0, 1), List.of(grid.totals().completed(), grid.totals().inProgress(), grid.totals().notStarted()));
        assertEquals(50, grid.totals().percent());
    }

    @Test
    void aCorrectionThatTakesMinutesBackCountsInTheCellAsInTheLedger() {
        Enrolment e = EnrolmentFixture.enrolment(cursus);
        CohortGrid grid = CohortGrid.build(List.of(module("ST1")), List.of(e), List.of(), Map.of(e.getId(), Map.of("ST1", -30)));
        assertEquals(-30, grid.rows().get(0).cells().get(0).minutes());
        assertEquals(-30, grid.totals().minutes());
    }

    @Test
    void anEmptySessionHasColumnsAndZeroTotals() {
        CohortGrid grid = CohortGrid.build(columns, List.of(), List.of(), Map.of());
        assertEquals(5, grid.modules().size());
        assertEquals(0, grid.totals().learners());
        assertEquals(0, grid.totals().percent());
        assertEquals(5, grid.totals().modules().size());
    }
}
