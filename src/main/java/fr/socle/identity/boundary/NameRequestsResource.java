package fr.socle.identity.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.JsonBodies;
import fr.socle.platform.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Requests to change an account's name (the name documents carry). The person asks through
 * {@code POST /accounts/me/name-requests}; an administrator of one of its organisations, or a platform
 * admin, never the person, accepts or refuses here.
 */
@Path("name-requests")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Accounts")
public class NameRequestsResource {

    @Inject
    NameChanges nameChanges;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "Name-change requests of the members of the organisations the caller administers (or of one, "
            + "'organisation'); 'status' PENDING (default), ACCEPTED, REFUSED, WITHDRAWN or all")
    public List<NameChangeOutput> list(@QueryParam("organisation") String organisation, @QueryParam("status") String status) {
        return nameChanges.list(current.require(), organisation, status).stream().map(NameChangeOutput::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One request (its person, and who may decide it; 404 for anyone else)")
    public NameChangeOutput read(@PathParam("id") String id) {
        return NameChangeOutput.of(nameChanges.find(current.require(), id));
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Accepts a pending request (an administrator of one of the person's organisations, or a platform admin; "
            + "never the person): the account carries the new name on documents issued from now on")
    public NameChangeOutput accept(@PathParam("id") String id,
                                   @RequestBody(description = "optional: {\"note\": \"...\"}") String body) {
        return NameChangeOutput.of(nameChanges.accept(current.require(), id, note(body)));
    }

    @POST
    @Path("{id}/refusal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Refuses a pending request (same callers as the acceptance); the account keeps its name")
    public NameChangeOutput refuse(@PathParam("id") String id,
                                   @RequestBody(description = "optional: {\"note\": \"why\"}") String body) {
        return NameChangeOutput.of(nameChanges.refuse(current.require(), id, note(body)));
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The person takes back its pending request")
    public NameChangeOutput withdraw(@PathParam("id") String id) {
        return NameChangeOutput.of(nameChanges.withdraw(current.require(), id));
    }

    /** The optional {"note": "..."} of a decision. */
    static String note(String body) {
        return JsonBodies.string(JsonBodies.object(body, "socle.nameChange.badNote"), "note", "socle.nameChange.badNote");
    }
}
