package fr.socle.reporting.boundary;

import fr.socle.learning.boundary.EnrolmentStatus;
import fr.socle.learning.boundary.ProfileType;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organisation's people in training: enrolments by status and programme, completion by profile type, hours by month. */
@Path("organisations/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Progress reports")
public class OrganisationProgressResource {

    public record ProgrammeOutput(String code, String title, Map<EnrolmentStatus, Long> byStatus, long total) {
    }

    /** @param type absent for learners who gave no profile; {@code rate} is completed out of enrolments, in percent */
    public record ProfileOutput(ProfileType type, long enrolments, long completed, int rate) {
    }

    public record ProgressOutput(String organisationId, long enrolments, Map<EnrolmentStatus, Long> byStatus,
                                 List<ProgrammeOutput> byProgramme, List<ProfileOutput> byProfile,
                                 List<OrganisationHoursResource.MonthOutput> byMonth) {
    }

    @Inject
    Reports reports;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "An organisation's people in training: enrolments by status and by programme, completion rate by profile type, "
            + "minutes by month (its administrators)")
    public ProgressOutput read(@PathParam("id") String id) {
        var p = reports.progress(current.require(), id);
        return new ProgressOutput(id, p.enrolments(), p.byStatus(),
                p.programmes().stream().map(c -> new ProgrammeOutput(c.code(), c.title(), c.counts(), c.total())).toList(),
                p.profiles().stream().map(c -> new ProfileOutput(c.type(), c.enrolments(), c.completed(), c.rate())).toList(),
                p.months().stream().map(m -> new OrganisationHoursResource.MonthOutput(m.month().toString(), m.minutes())).toList());
    }
}
