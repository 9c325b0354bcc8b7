package fr.socle.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.catalogue.entity.Activity;
import fr.socle.learning.entity.Enrolment;
import fr.socle.learning.entity.EnrolmentFixture;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletionRulesTest {

    static Set<String> doneIn(Enrolment e, String... modules) {
        Set<String> done = new HashSet<>();
        for (String code : modules) {
            e.getVersion().modules().stream().filter(m -> m.getCode().equals(code))
                    .flatMap(m -> m.getActivities().stream()).map(Activity::getId).forEach(done::add);
        }
        return done;
    }

    @Test
    void aModuleIsCompleteWhenEveryActivityIs() {
        Enrolment e = EnrolmentFixture.enrolment(EnrolmentFixture.cursus());
        var tc1 = e.getVersion().modules().get(0);
        CompletionRules half = new CompletionRules(e, Set.of(tc1.getActivities().get(0).getId()));
        assertFalse(half.isComplete(tc1));
        assertEquals(50, half.percent(tc1));
        assertEquals(tc1.getActivities().get(1), half.next().orElseThrow(), "the quiz is next");
        assertTrue(new CompletionRules(e, doneIn(e, "TC1")).isComplete(tc1));
    }

    @Test
    void theProgrammeNeedsTroncCommunStageAndTheChosenSpecialisation() {
        Enrolment e = EnrolmentFixture.enrolment(EnrolmentFixture.cursus());
        assertFalse(new CompletionRules(e, doneIn(e, "TC1", "TC2", "SPA", "SPB", "ST1")).isComplete(), "nothing chosen yet");
        e.chooseSpecialisations(List.of("SP-A"));
        assertFalse(new CompletionRules(e, doneIn(e, "TC1", "TC2", "SPB", "ST1")).isComplete(), "the other spécialisation does not count");
        assertFalse(new CompletionRules(e, doneIn(e, "TC1", "TC2", "SPA")).isComplete(), "the stage is required");
        CompletionRules all = new CompletionRules(e, doneIn(e, "TC1", "TC2", "SPA", "ST1"));
        assertTrue(all.isComplete());
        assertEquals(100, all.percent());
        assertTrue(all.next().isEmpty());
    }

    @Test
    void progressCountsOnlyTheModulesFollowed() {
        Enrolment e = EnrolmentFixture.enrolment(EnrolmentFixture.cursus());
        e.chooseSpecialisations(List.of("SP-A"));
        CompletionRules rules = new CompletionRules(e, doneIn(e, "TC1", "SPB"));
        assertEquals(25, rules.percent(), "2 of the 8 activities of TC1, TC2, SPA and ST1");
    }
}
