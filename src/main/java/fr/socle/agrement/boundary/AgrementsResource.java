package fr.socle.agrement.boundary;

import fr.socle.platform.Clock;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agréments to train élus across the caller's organisations: warnings, and the daily check on demand. */
@Path("agrements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agréments")
public class AgrementsResource {

    @Inject
    Clock clock;

    @Inject
    Agrements agrements;

    @Inject
    AgrementChecks checks;

    @Inject
    CurrentCaller current;

    @GET
    @Path("warnings")
    @ApiAccess
    @Operation(summary = "The agréments of the organisations the caller administers that are to renew, past their filing deadline or expired "
            + "(each with its current decision only as history)")
    public List<AgrementStanding> warnings() {
        return agrements.warnings(current.require());
    }

    @POST
    @Path("check")
    @ApiAccess(Role.PLATFORM_ADMIN)
    @Operation(summary = "Runs the daily check now: sends the warning e-mails due today (platform admins)")
    public AgrementChecks.Outcome check() {
        current.require();
        return checks.run(clock.today());
    }
}
