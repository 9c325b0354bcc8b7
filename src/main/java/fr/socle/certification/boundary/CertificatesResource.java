package fr.socle.certification.boundary;

import fr.socle.platform.Downloads;
import fr.socle.certification.entity.LogEntry;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Issued documents: issue, read, download (PDF, credential), revoke, reissue. */
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Certificates")
public class CertificatesResource {

    /** The media type of a VC-JWT (VC-JOSE-COSE). */
    public static final String VC_JWT = "application/vc+jwt";

    @Inject
    Certificates certificates;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "The documents of the organisations the caller trains in or administers (issued to their learners or by "
            + "them), newest first, at most 500; 'mine=true' for the caller's own; 'q' searches holder, title and code. Registrars "
            + "read every organisation's at /register")
    public List<CertificateOutput> list(@QueryParam("q") String q, @QueryParam("mine") boolean mine) {
        var caller = current.require();
        return (mine ? certificates.mine(caller) : certificates.list(caller, q)).stream()
                .map(c -> CertificateOutput.of(c, certificates.baseUrl())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issues a document for an enrolment (trainers and administrators of its organisation). Idempotent: the document "
            + "already issued for this kind and enrolment is returned (200) instead of a second one (201). 409 when the enrolment has not "
            + "earned it or a field the law requires is missing")
    public Response issue(@Valid @NotNull(message = "{socle.api.bodyRequired}") CertificateInputs.Issue input, @Context UriInfo uri) {
        var issued = certificates.issue(current.require(), input.kind, input.enrolmentId, input.expiresOn);
        var c = issued.certificate();
        var output = CertificateOutput.of(c, certificates.baseUrl());
        if (!issued.created()) {
            return Response.ok(output).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(c.getCode()).build()).entity(output).build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A document (its holder, trainers and administrators of its organisations)")
    public CertificateOutput read(@PathParam("code") String code) {
        return CertificateOutput.of(certificates.find(current.require(), code), certificates.baseUrl());
    }

    @GET
    @Path("{code}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The sealed PDF (PAdES baseline B) of a document (its holder, trainers and administrators of its organisations)")
    public Response pdf(@PathParam("code") String code) {
        var c = certificates.find(current.require(), code);
        return Downloads.file(certificates.pdf(c), "application/pdf", c.getCode() + ".pdf");
    }

    @GET
    @Path("{code}/credential")
    @Produces({VC_JWT, MediaType.APPLICATION_JSON})
    @Operation(summary = "The Open Badges 3.0 credential of a document, signed as a VC-JWT; keys at /.well-known/jwks.json")
    public Response credential(@PathParam("code") String code) {
        return Response.ok(certificates.find(current.require(), code).getCredential(), VC_JWT).build();
    }

    @GET
    @Path("{code}/history")
    @Operation(summary = "The document's entries in the hash-chained certification log")
    public List<LogOutput> history(@PathParam("code") String code) {
        return certificates.history(current.require(), code).stream().map(LogOutput::of).toList();
    }

    @POST
    @Path("{code}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revokes a document, with a reason (administrators of its organisation); its status-list bit flips")
    public CertificateOutput revoke(@PathParam("code") String code,
                                    @Valid @NotNull(message = "{socle.api.bodyRequired}") CertificateInputs.Revocation input) {
        return CertificateOutput.of(certificates.revoke(current.require(), code, input.reason), certificates.baseUrl());
    }

    @POST
    @Path("{code}/reissue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reissues a document (a correction, a name change): a new code supersedes the old one, which stays verifiable "
            + "as superseded (administrators of its organisation). The new document carries the account's current name (changed "
            + "through an accepted name-change request); a 'holderName' other than that name is refused (400)")
    public Response reissue(@PathParam("code") String code,
                            @Valid @NotNull(message = "{socle.api.bodyRequired}") CertificateInputs.Reissue input, @Context UriInfo uri) {
        var c = certificates.reissue(current.require(), code, input.reason, input.holderName);
        return Response.created(uri.getBaseUriBuilder().path("certificates").path(c.getCode()).build())
                .entity(CertificateOutput.of(c, certificates.baseUrl())).build();
    }

    /** An entry of the certification log. */
    public record LogOutput(long seq, Instant at, String action, String code, String actor, String detail, String hash) {
        static LogOutput of(LogEntry e) {
            return new LogOutput(e.getSeq(), e.getAt(), e.getAction(), e.getCode(), e.getActor(), e.getDetail(), e.getHash());
        }
    }

}
