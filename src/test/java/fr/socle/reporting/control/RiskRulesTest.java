package fr.socle.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.catalogue.entity.Module;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.entity.EnrolmentFixture;
import fr.socle.reporting.control.CohortGrid.Result;
import fr.socle.reporting.control.RiskRules.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskRulesTest {

    static final Instant ENROLLED = EnrolmentFixture.NOW;

    final ProgrammeVersion cursus = EnrolmentFixture.cursus();
    final Module tc1 = cursus.modules().get(0);

    static Instant days(long n) {
        return ENROLLED.plus(Duration.ofDays(n));
    }

    Result lessonDone(Enrolment e, Instant at) {
        return new Result(e.getId(), tc1.getActivities().get(0).getId(), true, null, 0, at);
    }

    Result quiz(Enrolment e, boolean passed, int score, Instant at) {
        return new Result(e.getId(), tc1.getActivities().get(1).getId(), passed, score, passed ? 2 : 1, at);
    }

    @Test
    void noActivityForTheConfiguredDaysCountsFromTheLastOneOrFromEnrolment() {
        Enrolment never = EnrolmentFixture.enrolment(cursus);
        Enrolment lately = EnrolmentFixture.enrolment(cursus);
        Enrolment long_ago = EnrolmentFixture.enrolment(cursus);
        var risks = RiskRules.atRisk(List.of(never, lately, long_ago), List.of(lessonDone(lately, days(10)), lessonDone(long_ago, days(2))),
                Map.of(), days(16), 14);
        assertEquals(List.of(never.getId(), long_ago.getId()), risks.stream().map(RiskRules.AtRisk::enrolmentId).toList());
        assertNull(risks.get(0).lastActivity(), "never active: counted from the enrolment");
        assertEquals(new RiskRules.Reason(Kind.INACTIVE, 16, null, null, null, null, null), risks.get(0).reasons().get(0));
        assertEquals(days(2), risks.get(1).lastActivity());
        assertEquals(14, risks.get(1).reasons().get(0).days(), "exactly the threshold is at risk");
    }

    @Test
    void aSignatureOrLedgerEntryIsActivityToo() {
        Enrolment e = EnrolmentFixture.enrolment(cursus);
        assertTrue(RiskRules.atRisk(List.of(e), List.of(), Map.of(e.getId(), days(15)), days(20), 14).isEmpty());
        assertEquals(1, RiskRules.atRisk(List.of(e), List.of(), Map.of(e.getId(), days(1)), days(20), 14).size());
    }

    @Test
    void aFailedQuizNotPassedSinceIsAReasonAndAPassedOneIsNot() {
        Enrolment failing = EnrolmentFixture.enrolment(cursus);
        Enrolment passed = EnrolmentFixture.enrolment(cursus);
        var risks = RiskRules.atRisk(List.of(failing, passed), List.of(quiz(failing, false, 40, days(1)), quiz(passed, true, 80, days(1))),
                Map.of(), days(2), 14);
        assertEquals(1, risks.size());
        RiskRules.Reason reason = risks.get(0).reasons().get(0);
        assertEquals(Kind.FAILED_QUIZ, reason.kind());
        assertEquals("TC1", reason.module());
        assertEquals("Quiz TC1", reason.activity());
        assertEquals(40, reason.score());
        assertEquals(1, reason.attempts());
    }

    @Test
    void bothReasonsAtOnceAndNoneForThoseWhoFinishedOrLeft() {
        Enrolment both = EnrolmentFixture.enrolment(cursus);
        Enrolment left = EnrolmentFixture.enrolment(cursus);
        left.abandon(days(1), "Déménagement");
        var risks = RiskRules.atRisk(List.of(both, left), List.of(quiz(both, false, 20, days(1)), quiz(left, false, 10, days(1))),
                Map.of(), days(30), 14);
        assertEquals(1, risks.size(), "an ended enrolment is no longer at risk");
        assertEquals(List.of(Kind.INACTIVE, Kind.FAILED_QUIZ), risks.get(0).reasons().stream().map(RiskRules.Reason::kind).toList());
    }

    @Test
    void aQuizOutsideTheLearnersPathIsNotAReason() {
        Enrolment e = EnrolmentFixture.enrolment(cursus);
        e.chooseSpecialisations(List.of("SP-A"));
        Module spb = cursus.modules().stream().filter(m -> m.getCode().equals("SPB")).findFirst().orElseThrow();
        var failedElsewhere = new Result(e.getId(), spb.getActivities().get(1).getId(), false, 10, 1, days(1));
        assertTrue(RiskRules.atRisk(List.of(e), List.of(failedElsewhere), Map.of(), days(2), 14).isEmpty());
    }
}
