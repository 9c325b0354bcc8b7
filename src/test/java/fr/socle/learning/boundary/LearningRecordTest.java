package fr.socle.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.catalogue.entity.Activity;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.learning.entity.ActivityResult;
import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.entity.EnrolmentFixture;
import fr.socle.learning.entity.HoursEntry;
import fr.socle.learning.entity.LearnerProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearningRecordTest {

    static final Instant NOW = EnrolmentFixture.NOW;

    static Activity activity(Enrolment e, String module, int index) {
        return e.getVersion().modules().stream().filter(m -> m.getCode().equals(module)).findFirst().orElseThrow().getActivities().get(index);
    }

    @Test
    void aRecordSumsTheLedgerByModuleAndSourceAndStatesItsPeriod() {
        Enrolment e = EnrolmentFixture.enrolment(EnrolmentFixture.cursus());
        e.chooseSpecialisations(List.of("SP-A"));
        e.enter(NOW);
        List<HoursEntry> hours = List.of(
                HoursEntry.of(e, "TC1", null, HoursEntry.Source.ACTIVITY, 60, NOW, NOW),
                HoursEntry.of(e, "TC1", null, HoursEntry.Source.ATTENDANCE, 210, NOW.plus(Duration.ofDays(2)), NOW),
                HoursEntry.of(e, "TC2", null, HoursEntry.Source.CORRECTION, -30, NOW.plus(Duration.ofDays(1)), NOW),
                HoursEntry.of(e, "SPB", null, HoursEntry.Source.ATTENDANCE, 45, NOW.plus(Duration.ofDays(1)), NOW));
        LearningRecord r = LearningRecords.of(e, null, hours, List.of());
        assertEquals(285, r.minutes());
        assertEquals(270, r.minutes("TC1"));
        assertEquals(-30, r.minutes("TC2"));
        assertEquals(45, r.minutes("SPB"), "minutes of a module not followed still count");
        assertEquals(60, r.minutes(HoursSource.ACTIVITY));
        assertEquals(255, r.minutes(HoursSource.ATTENDANCE));
        assertEquals(-30, r.minutes(HoursSource.CORRECTION));
        assertEquals(NOW, r.firstHoursAt());
        assertEquals(NOW.plus(Duration.ofDays(2)), r.lastHoursAt());
        assertEquals(List.of("TC1", "TC2", "SPA", "ST1"), r.modules().stream().map(LearningRecord.ModuleRecord::code).toList());
        assertEquals(270, r.modules().get(0).minutes());
        assertEquals(List.of("Spé A"), r.specialisations());
        assertEquals("CUR", r.programmeCode());
        assertEquals("Cursus", r.title());
        assertEquals(EnrolmentStatus.ENTRE, r.status());
        assertEquals(e.getLearner().getId(), r.accountId());
        assertEquals(e.getOrganisation().getId(), r.organisationId());
        assertEquals(NOW.plus(Duration.ofDays(2)), r.lastActivityAt(), "not ended: the last ledger entry");
    }

    @Test
    void resultsFollowTheProgrammesOrderAndModulesKnowWhenTheyAreComplete() {
        Enrolment e = EnrolmentFixture.enrolment(EnrolmentFixture.cursus());
        e.chooseSpecialisations(List.of("SP-A"));
        List<ActivityResult> results = new ArrayList<>();
        ActivityResult quiz = new ActivityResult(e, activity(e, "TC2", 1).getId(), NOW);
        quiz.attempt(55, NOW);
        results.add(quiz);
        for (int i = 0; i < 2; i++) {
            ActivityResult done = new ActivityResult(e, activity(e, "TC1", i).getId(), NOW);
            if (i == 1) {
                done.attempt(80, NOW);
            }
            done.complete(NOW);
            results.add(done);
        }
        ActivityResult other = new ActivityResult(e, activity(e, "SPB", 0).getId(), NOW);
        other.complete(NOW);
        results.add(other);
        LearningRecord r = LearningRecords.of(e, null, List.of(), results);
        assertEquals(List.of("Leçon TC1", "Quiz TC1", "Quiz TC2"), r.results().stream().map(LearningRecord.Result::title).toList(),
                "only the modules followed, in order");
        assertEquals(80, r.results().get(1).bestScore());
        assertTrue(r.results().get(1).completed());
        assertEquals(55, r.results().get(2).bestScore());
        assertFalse(r.results().get(2).completed());
        assertTrue(r.modules().get(0).complete());
        assertFalse(r.modules().get(1).complete());
        assertEquals(0, r.minutes());
        assertNull(r.firstHoursAt());
    }

    @Test
    void achievementsFollowTheStatusTheEnrolmentKindAndTheProfile() {
        ProgrammeVersion v = EnrolmentFixture.cursus();
        Enrolment e = EnrolmentFixture.enrolment(v);
        LearningRecord enrolled = LearningRecords.of(e, null, List.of(), List.of());
        assertEquals(Optional.of("notComplete"), enrolled.shortfall(Achievement.PROGRAMME_COMPLETED));
        assertEquals(Optional.of("notStarted"), enrolled.shortfall(Achievement.TRAINING_STARTED));
        assertEquals(Optional.of("notStarted"), enrolled.shortfall(Achievement.ELU_TRAINING_STARTED));
        e.enter(NOW);
        LearnerProfile elu = new LearnerProfile(e.getLearner().getId(), ProfileType.ELU, NOW);
        assertTrue(LearningRecords.of(e, null, List.of(), List.of()).earns(Achievement.TRAINING_STARTED));
        assertEquals(Optional.of("notElu"), LearningRecords.of(e, null, List.of(), List.of()).shortfall(Achievement.ELU_TRAINING_STARTED));
        LearningRecord asElu = LearningRecords.of(e, elu, List.of(), List.of());
        assertTrue(asElu.earns(Achievement.ELU_TRAINING_STARTED));
        assertEquals(ProfileType.ELU, asElu.profileType());
        e.complete(NOW);
        assertTrue(LearningRecords.of(e, null, List.of(), List.of()).earns(Achievement.PROGRAMME_COMPLETED));
        assertEquals(NOW, LearningRecords.of(e, null, List.of(), List.of()).lastActivityAt());
    }

    @Test
    void aModuleEnrolmentEarnsNoCursusCertificate() {
        ProgrammeVersion v = EnrolmentFixture.cursus();
        Enrolment whole = EnrolmentFixture.enrolment(v);
        Enrolment e = new Enrolment(whole.getLearner(), whole.getOrganisation(), v, "TC1", Funding.COLLECTIVITE, "admin@example.org", NOW);
        e.enter(NOW);
        e.complete(NOW);
        LearningRecord r = LearningRecords.of(e, null, List.of(), List.of());
        assertEquals(Optional.of("notProgramme"), r.shortfall(Achievement.PROGRAMME_COMPLETED));
        assertTrue(r.moduleEnrolment());
        assertEquals(List.of("TC1"), r.modules().stream().map(LearningRecord.ModuleRecord::code).toList());
        assertEquals(List.of(), r.specialisations());
    }
}
