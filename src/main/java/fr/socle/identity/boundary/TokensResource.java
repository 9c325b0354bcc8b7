package fr.socle.identity.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.Caller;
import fr.socle.identity.entity.ApiToken;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens", description = "Bearer tokens for the API")
public class TokensResource {

    /** A class, not a record: see OrganisationInput. */
    public static class TokenRequest {
        @Size(max = 100, message = "{socle.token.label.size}")
        public String label;
        @Min(value = 1, message = "{socle.token.days}")
        @Max(value = Tokens.MAX_DAYS, message = "{socle.token.days}")
        public Integer days;
    }

    public record TokenOutput(String id, String label, Instant createdAt, Instant expiresAt, Instant revokedAt,
                              Instant lastUsedAt, String token) {
        static TokenOutput of(ApiToken t, String token) {
            return new TokenOutput(t.getId(), t.getLabel(), t.getCreatedAt(), t.getExpiresAt(), t.getRevokedAt(),
                    t.getLastUsedAt(), token);
        }
    }

    @Inject
    Tokens tokens;

    @Inject
    CurrentCaller current;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @ApiAccess(basic = true)
    @Operation(summary = "Issues a bearer token to the caller, authenticated with HTTP Basic (email and password). "
            + "The token is shown once. 401 for a wrong e-mail or password (the same answer for both); 429 with Retry-After "
            + "when the client or the account must wait after failed attempts, or when too many passwords are being checked at once")
    public Response issue(@jakarta.validation.Valid TokenRequest request) {
        Caller caller = current.require();
        Tokens.Issued issued = tokens.issue(caller.accountId(), request == null ? null : request.label,
                request == null ? null : request.days);
        return Response.status(Response.Status.CREATED).entity(TokenOutput.of(issued.record(), issued.token())).build();
    }

    @GET
    @ApiAccess
    @Operation(summary = "The caller's tokens (never their value)")
    public List<TokenOutput> mine() {
        return tokens.mine(current.require()).stream().map(t -> TokenOutput.of(t, null)).toList();
    }

    @DELETE
    @Path("{id}")
    @ApiAccess
    @Operation(summary = "Revokes one of the caller's tokens")
    public Response revoke(@PathParam("id") String id) {
        tokens.revoke(current.require(), id);
        return Response.noContent().build();
    }
}
