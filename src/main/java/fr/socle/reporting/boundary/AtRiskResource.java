package fr.socle.reporting.boundary;

import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.reporting.control.RiskRules;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The learners of a session at risk of dropping out, each with its reasons. */
@Path("sessions/{id}/at-risk")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Progress reports")
public class AtRiskResource {

    /** Reasons: INACTIVE (days without learning activity) and FAILED_QUIZ (module, quiz, best score, attempts). */
    public record AtRiskOutput(String sessionId, int inactiveDays, List<RiskRules.AtRisk> learners) {
    }

    @Inject
    Reports reports;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "Learners still in training with no learning activity for some days (socle.risk.inactiveDays unless days is given) "
            + "or with a quiz failed and not passed since (the session's trainers and administrators, registrars)")
    public AtRiskOutput read(@PathParam("id") String id, @QueryParam("days") Integer days) {
        var cohort = reports.atRisk(current.require(), id, days);
        return new AtRiskOutput(cohort.session().getId(), cohort.inactiveDays(), cohort.atRisk());
    }
}
