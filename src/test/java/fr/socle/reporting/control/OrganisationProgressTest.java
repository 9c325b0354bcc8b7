package fr.socle.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.learning.boundary.ProfileType;
import fr.socle.reporting.control.OrganisationProgress.MonthMinutes;
import fr.socle.reporting.control.OrganisationProgress.ProfileStatus;
import fr.socle.reporting.control.OrganisationProgress.ProgrammeStatus;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationProgressTest {

    @Test
    void countsByProgrammeAndStatusAddUpAndCompletionIsTermineOutOfAllByProfile() {
        var p = OrganisationProgress.of(
                List.of(new ProgrammeStatus("ELUS", "Élus", EnrolmentStatus.TERMINE, 3), new ProgrammeStatus("CMN", "Cursus", EnrolmentStatus.ENTRE, 5),
                        new ProgrammeStatus("ELUS", "Élus", EnrolmentStatus.ABANDON, 1), new ProgrammeStatus("CMN", "Cursus", EnrolmentStatus.TERMINE, 1)),
                List.of(new ProfileStatus(ProfileType.ELU, EnrolmentStatus.TERMINE, 3), new ProfileStatus(ProfileType.ELU, EnrolmentStatus.ABANDON, 1),
                        new ProfileStatus(null, EnrolmentStatus.ENTRE, 5), new ProfileStatus(ProfileType.AGENT_TERRITORIAL, EnrolmentStatus.TERMINE, 1)),
                List.of(new MonthMinutes(YearMonth.of(2026, 11), 90), new MonthMinutes(YearMonth.of(2026, 10), -30)));

        assertEquals(List.of("CMN", "ELUS"), p.programmes().stream().map(OrganisationProgress.ProgrammeCounts::code).toList());
        assertEquals(6, p.programmes().get(0).total());
        assertEquals(10, p.enrolments());
        assertEquals(4L, p.byStatus().get(EnrolmentStatus.TERMINE));
        assertEquals(0L, p.byStatus().get(EnrolmentStatus.INSCRIT));
        assertEquals(List.of(ProfileType.AGENT_TERRITORIAL, ProfileType.ELU), p.profiles().stream().limit(2).map(OrganisationProgress.ProfileCompletion::type).toList());
        assertNull(p.profiles().get(2).type(), "learners without a profile come last");
        assertEquals(75, p.profiles().get(1).rate());
        assertEquals(0, p.profiles().get(2).rate());
        assertEquals(YearMonth.of(2026, 10), p.months().get(0).month());
        assertEquals(60, p.minutes());
    }
}
