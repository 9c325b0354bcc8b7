package fr.socle.reporting.boundary;

import fr.socle.platform.Formats;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.reporting.control.CohortGrid;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A session's cohort grid: where each learner stands in each module, for those who run the session. */
@Path("sessions/{id}/cohort")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Progress reports")
public class CohortResource {

    /**
     * The grid: {@code modules} are the columns; each row has one cell per module, in the same order;
     * statuses are NOT_STARTED, IN_PROGRESS, COMPLETED, or NOT_FOLLOWED for a module outside the learner's path.
     */
    public record CohortOutput(String sessionId, String title, String organisationId, String programme, String module,
                               List<CohortGrid.Column> modules, List<CohortGrid.Row> rows, CohortGrid.Totals totals, String hours) {
    }

    @Inject
    Reports reports;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "The cohort grid of a session: per learner and module, status, best quiz score and ledger minutes, with totals "
            + "(the session's trainers and administrators, registrars)")
    public CohortOutput read(@PathParam("id") String id) {
        var cohort = reports.cohort(current.require(), id);
        var s = cohort.session();
        var grid = cohort.grid();
        return new CohortOutput(s.getId(), s.getTitle(), s.getOrganisation().getId(), s.getVersion().getProgramme().getCode(),
                s.getModuleCode(), grid.modules(), grid.rows(), grid.totals(), Formats.minutesAsHours(grid.totals().minutes()));
    }
}
