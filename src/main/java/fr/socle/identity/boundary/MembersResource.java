package fr.socle.identity.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.Clock;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Adding a member to an organisation: a new account, a role, or an invitation the person answers. */
@Path("organisations/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Organisations")
public class MembersResource {

    /** What adding a member did: the account when the caller may see it, else the invitation only. */
    public record MemberOutput(Accounts.Addition outcome, AccountOutput account, InvitationOutput invitation) {
    }

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller current;

    @Inject
    Clock clock;

    @POST
    @Operation(summary = "Adds a member to an organisation the caller administers: an unknown e-mail creates the account "
            + "(displayName and password required; 201 CREATED); an account already a member here, or entirely in the caller's "
            + "organisations, gets the role (200 GRANTED); any other existing account is invited and gets the role only when it "
            + "accepts (202 INVITED, with the invitation and nothing of the account)")
    public Response add(@PathParam("id") String id, @Valid @NotNull(message = "{socle.api.bodyRequired}") MemberInput input,
                        @Context UriInfo uri) {
        var caller = current.require();
        var added = accounts.addMember(caller, id, input.email, input.displayName, input.password, input.role, input.expiresAt);
        return switch (added.outcome()) {
            case CREATED -> Response.created(uri.getBaseUriBuilder().path("accounts").path(added.account().getId()).build())
                    .entity(new MemberOutput(added.outcome(), AccountOutput.of(added.account(), caller), null)).build();
            case GRANTED -> Response.ok(new MemberOutput(added.outcome(), AccountOutput.of(added.account(), caller), null)).build();
            case INVITED -> Response.accepted(new MemberOutput(added.outcome(), null, InvitationOutput.of(added.invitation(), clock.now())))
                    .location(uri.getBaseUriBuilder().path("invitations").path(added.invitation().getId()).build()).build();
        };
    }
}
