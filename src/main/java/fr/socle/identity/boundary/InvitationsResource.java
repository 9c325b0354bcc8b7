package fr.socle.identity.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.Clock;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Invitations into an organisation, made when its administrators add a person who already has an
 * account ({@code POST /organisations/{id}/members}). The person answers (its own invitations:
 * {@code GET /accounts/me/invitations}); the organisation's administrators list and cancel them.
 */
@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Organisations")
public class InvitationsResource {

    @Inject
    Invitations invitations;

    @Inject
    CurrentCaller current;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The invitations of an organisation the caller administers ('organisation', required); "
            + "'status' PENDING (default), ACCEPTED, DECLINED, CANCELLED, EXPIRED or all")
    public List<InvitationOutput> list(@QueryParam("organisation") String organisation, @QueryParam("status") String status) {
        if (organisation == null || organisation.isBlank()) {
            throw Problem.badRequest("socle.invitation.organisationRequired");
        }
        var now = clock.now();
        return invitations.ofOrganisation(current.require(), organisation, status).stream().map(i -> InvitationOutput.of(i, now)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One invitation (the invited person and the organisation's administrators; 404 for anyone else)")
    public InvitationOutput read(@PathParam("id") String id) {
        return InvitationOutput.of(invitations.find(current.require(), id), clock.now());
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The invited person accepts: it takes the role in the organisation")
    public InvitationOutput accept(@PathParam("id") String id) {
        return InvitationOutput.of(invitations.accept(current.require(), id), clock.now());
    }

    @POST
    @Path("{id}/refusal")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The invited person declines: nothing is granted")
    public InvitationOutput decline(@PathParam("id") String id) {
        return InvitationOutput.of(invitations.decline(current.require(), id), clock.now());
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "An administrator of the organisation takes a pending invitation back")
    public InvitationOutput cancel(@PathParam("id") String id) {
        return InvitationOutput.of(invitations.cancel(current.require(), id), clock.now());
    }
}
