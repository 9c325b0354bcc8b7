package fr.socle.verification.boundary;

import fr.socle.platform.Downloads;
import fr.socle.platform.Role;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Clients;
import fr.socle.platform.ApiErrors;
import fr.socle.certification.boundary.Verification;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.ApiError;
import fr.socle.platform.Messages;
import fr.socle.platform.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public verification of a document by its code: no sign-in, rate limited per client. */
@Path("verifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verification")
public class VerificationsResource {

    @Inject
    Verifications verifications;

    @Context
    HttpServletRequest request;

    @Inject
    Clients clients;

    @GET
    @Path("{code}")
    @ApiAccess(anonymous = true)
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "the verification",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = Verification.class)))
    @Operation(summary = "What a document states and where it stands (VALID, REVOKED, EXPIRED, SUPERSEDED): holder, title, "
            + "spécialisations, hours, level, dates, issuer. 404 for an unknown code; 429 beyond the per-client rate")
    public Response verify(@PathParam("code") String code) {
        if (!verifications.allowed(clients.key(request))) {
            Response tooMany = ApiError.response(429, Messages.get(ApiErrors.locale(headers), "socle.verify.tooMany"), null);
            return Response.fromResponse(tooMany).header("Retry-After", verifications.retryAfterSeconds()).build();
        }
        var answer = verifications.verifyJson(code);
        current.get().filter(c -> c.isRegistrar()).ifPresent(c -> registrar.logVerification(c, code, answer.isPresent()));
        String json = answer.orElseThrow(() -> Problem.notFound("socle.verify.unknown"));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }

    @Inject
    Registrar registrar;

    @Inject
    CurrentCaller current;

    @jakarta.ws.rs.POST
    @jakarta.ws.rs.Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces("text/csv")
    @ApiAccess({Role.REGISTRAR, Role.PLATFORM_ADMIN})
    @Operation(summary = "Bulk verification (registrars): a CSV of codes (first column, 10,000 at most) in, a CSV of answers out, "
            + "UNKNOWN for codes no document has")
    public Response verifyCsv(byte[] csv) {
        return Downloads.file(registrar.verifyCsv(current.require(), csv == null ? new byte[0] : csv), "text/csv; charset=UTF-8",
                "verifications.csv");
    }

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;
}
