package fr.socle.reporting.boundary;

import fr.socle.platform.Formats;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.learning.entity.HoursEntry;
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

/** An organisation's hours ledger, summed: the same entries as every learner's and every session's totals. */
@Path("organisations/{id}/hours")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Progress reports")
public class OrganisationHoursResource {

    public record MonthOutput(String month, int minutes) {
    }

    public record HoursOutput(String organisationId, String name, int minutes, String hours, List<Reports.LearnerMinutes> byLearner,
                              List<Reports.ModuleMinutes> byModule, Map<HoursEntry.Source, Integer> bySource, List<MonthOutput> byMonth) {
    }

    @Inject
    Reports reports;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "An organisation's minutes of training: total, by learner, by module, by source and by month "
            + "(its trainers and administrators)")
    public HoursOutput read(@PathParam("id") String id) {
        var h = reports.hours(current.require(), id);
        return new HoursOutput(h.organisationId(), h.name(), h.minutes(), Formats.minutesAsHours(h.minutes()), h.byLearner(), h.byModule(),
                h.bySource(), h.byMonth().stream().map(m -> new MonthOutput(m.month().toString(), m.minutes())).toList());
    }
}
