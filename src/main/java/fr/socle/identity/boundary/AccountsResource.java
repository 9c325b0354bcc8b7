package fr.socle.identity.boundary;

import fr.socle.platform.Clock;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.ApiErrors;
import fr.socle.platform.Messages;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts, scoped to the organisations the caller administers (and the caller itself). */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Accounts")
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    CurrentCaller current;

    @Inject
    NameChanges nameChanges;

    @Inject
    Invitations invitations;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Accounts with a role in the organisations the caller administers")
    public List<AccountOutput> list(@QueryParam("organisation") String organisation,
                                    @QueryParam("offset") @DefaultValue("0") int offset,
                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        var caller = current.require();
        return accounts.list(caller, organisation, offset, limit).stream().map(a -> AccountOutput.of(a, caller)).toList();
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's own account")
    public AccountOutput me() {
        var caller = current.require();
        return AccountOutput.of(accounts.find(caller, caller.accountId()), caller);
    }

    @GET
    @Path("me/name-requests")
    @Operation(summary = "The caller's requests to change its name, and the changes made to it, newest first")
    public List<NameChangeOutput> myNameRequests() {
        return nameChanges.mine(current.require()).stream().map(NameChangeOutput::of).toList();
    }

    @POST
    @Path("me/name-requests")
    @Operation(summary = "The caller asks for another name on its documents (one request pending at a time); an "
            + "administrator of one of its organisations accepts or refuses it")
    public Response requestName(@Valid @NotNull(message = "{socle.api.bodyRequired}") NameRequestInput input, @Context UriInfo uri) {
        var change = nameChanges.request(current.require(), input.requestedName, input.reason);
        return Response.created(uri.getBaseUriBuilder().path("name-requests").path(change.getId()).build())
                .entity(NameChangeOutput.of(change)).build();
    }

    @GET
    @Path("me/invitations")
    @Operation(summary = "The invitations the caller received from organisations, newest first, with their status")
    public List<InvitationOutput> myInvitations() {
        var now = clock.now();
        return invitations.mine(current.require()).stream().map(i -> InvitationOutput.of(i, now)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account (404 outside the caller's organisations)")
    public AccountOutput read(@PathParam("id") String id) {
        var caller = current.require();
        return AccountOutput.of(accounts.find(caller, id), caller);
    }

    @POST
    @Operation(summary = "Creates an account with roles in organisations the caller administers")
    public Response create(@Valid @NotNull(message = "{socle.api.bodyRequired}") AccountInput input, @Context UriInfo uri) {
        var caller = current.require();
        var created = accounts.create(caller, input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getId()).build())
                .entity(AccountOutput.of(created, caller)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Changes an account; roles given replace its roles in the caller's organisations (a role in an "
            + "organisation the account is not a member of yet only for who administers all its organisations: others invite). "
            + "Name, e-mail and password only by a platform admin or an administrator of every organisation of the account "
            + "(403 otherwise); the account itself asks for a new name (/accounts/me/name-requests). A new password "
            + "ends the account's web sessions and revokes all its API tokens (the answer's notice says so)")
    public AccountOutput update(@PathParam("id") String id,
                                @Valid @NotNull(message = "{socle.api.bodyRequired}") AccountInput input) {
        var caller = current.require();
        AccountOutput output = AccountOutput.of(accounts.update(caller, id, input), caller);
        return input.password() == null ? output
                : output.withNotice(Messages.get(ApiErrors.locale(headers), "socle.account.passwordReset"));
    }
}
