package fr.socle.reporting.boundary;

import fr.socle.platform.Period;
import fr.socle.platform.Clock;
import fr.socle.platform.Formats;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Problem;
import fr.socle.reporting.control.HoursBreakdown;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hours delivered, broken down: every breakdown a sum of the same ledger entries as GET organisations/{id}/hours. */
@Path("organisations/{id}/hours-breakdown")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Quality reports")
public class HoursBreakdownResource {

    public record BreakdownOutput(String organisationId, String name, LocalDate from, LocalDate to, HoursBreakdown.Period period, int minutes,
                                  String hours, List<HoursBreakdown.Slice> byProgramme, List<HoursBreakdown.Slice> byModality,
                                  List<HoursBreakdown.Slice> byAudience, List<HoursBreakdown.Slice> byOrganisation,
                                  List<HoursBreakdown.Slice> byPeriod, Map<String, String> organisations) {
    }

    @Inject
    Quality quality;

    @Inject
    CurrentCaller current;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "An organisation's minutes delivered over a period (from, to: ISO dates; the current year by default) by programme, "
            + "modality, audience, organisation (with the member organisations its administrators administer) and MONTH, QUARTER or YEAR")
    public BreakdownOutput read(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("period") String period) {
        Period days = QualiopiResource.period(from, to, clock.now());
        HoursBreakdown.Period p;
        try {
            p = period == null || period.isBlank() ? HoursBreakdown.Period.MONTH : HoursBreakdown.Period.valueOf(period.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.quality.badPeriodKind");
        }
        var h = quality.hours(current.require(), id, days.from(), days.to(), p);
        var b = h.breakdown();
        return new BreakdownOutput(h.organisationId(), h.name(), h.from(), h.to(), p, b.minutes(), Formats.minutesAsHours(b.minutes()), b.byProgramme(),
                b.byModality(), b.byAudience(), b.byOrganisation(), b.byPeriod(), h.organisations());
    }
}
