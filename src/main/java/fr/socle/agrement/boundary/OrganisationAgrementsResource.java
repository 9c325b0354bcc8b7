package fr.socle.agrement.boundary;

import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One organisation's agrément to train élus: its state today and its history of decisions. */
@Path("organisations/{id}/agrements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Agréments")
public class OrganisationAgrementsResource {

    @Inject
    Agrements agrements;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "The organisation's agrément today (state, deadlines) and its history (404 when the caller may not read it)")
    public AgrementStanding read(@PathParam("id") String id) {
        return agrements.standing(current.require(), id);
    }

    @POST
    @Operation(summary = "Records a ministerial decision (INITIAL: 2 years from startsOn; RENOUVELLEMENT: 4 years from the end of the previous one); "
            + "platform admins and the organisation's administrators")
    public Response record(@PathParam("id") String id, @Valid @NotNull(message = "{socle.api.bodyRequired}") AgrementInput input) {
        return Response.status(Response.Status.CREATED).entity(agrements.record(current.require(), id, input)).build();
    }
}
