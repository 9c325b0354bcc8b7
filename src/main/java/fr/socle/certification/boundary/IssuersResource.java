package fr.socle.certification.boundary;

import fr.socle.platform.CurrentCaller;
import fr.socle.certification.entity.IssuerProfile;
import fr.socle.platform.ApiAccess;
import fr.socle.certification.control.Credentials;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What verifiers need to trust an issuer, public: its Open Badges profile (the credentials' issuer
 * id), its seal certificate chain (for the PDFs' seals) and its revocation status lists.
 */
@Path("")
@ApiAccess(anonymous = true)
@Tag(name = "Verification")
public class IssuersResource {

    @Inject
    Certificates certificates;

    @Inject
    CurrentCaller current;

    @GET
    @Path("issuers/{organisation}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An issuer's Open Badges 3.0 Profile: the 'issuer' of its credentials")
    public Response profile(@PathParam("organisation") String organisation) {
        var o = certificates.issuer(organisation);
        var profile = Credentials.profile(certificates.baseUrl(), o.getId(), o.getName());
        profile.putArray("@context").add(Credentials.VC_CONTEXT).add(Credentials.OB_CONTEXT);
        profile.put("url", certificates.baseUrl() + "/verify/");
        return Response.ok(profile.toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    /** How an organisation signs its documents. A class: see OrganisationInput. */
    public static class SignatoryInput {
        @jakarta.validation.constraints.Size(max = 200, message = "{socle.issuer.tooLong}")
        public String signatoryName;
        @jakarta.validation.constraints.Size(max = 200, message = "{socle.issuer.tooLong}")
        public String signatoryTitle;
        @jakarta.validation.constraints.Size(max = 60, message = "{socle.issuer.tooLong}")
        public String agrement;
    }

    /** The signatory of an organisation's documents, as its administrators set it. */
    public record SignatoryOutput(String organisationId, String signatoryName, String signatoryTitle, String agrement, boolean logo) {
        static SignatoryOutput of(IssuerProfile p) {
            return new SignatoryOutput(p.getOrganisationId(), p.getSignatoryName(), p.getSignatoryTitle(), p.getAgrement(), p.getLogo() != null);
        }
    }

    @GET
    @Path("issuers/{organisation}/signatory")
    @Produces(MediaType.APPLICATION_JSON)
    @ApiAccess
    @Operation(summary = "Who signs an organisation's documents (its administrators)")
    public SignatoryOutput signatory(@PathParam("organisation") String organisation) {
        return SignatoryOutput.of(certificates.profile(current.require(), organisation));
    }

    @jakarta.ws.rs.PUT
    @Path("issuers/{organisation}/signatory")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ApiAccess
    @Operation(summary = "Sets who signs an organisation's documents: name, title, agrément number to train élus (its administrators). "
            + "The logo is set on the documents page")
    public SignatoryOutput setSignatory(@PathParam("organisation") String organisation,
                                        @jakarta.validation.Valid @jakarta.validation.constraints.NotNull(message = "{socle.api.bodyRequired}")
                                        SignatoryInput input) {
        return SignatoryOutput.of(certificates.saveProfile(current.require(), organisation, input.signatoryName, input.signatoryTitle,
                input.agrement, null));
    }

    @GET
    @Path("issuers/{organisation}/seal.pem")
    @Produces("application/x-pem-file")
    @Operation(summary = "An issuer's seal certificate chain (seal certificate, then its CA), PEM: what a verifier trusts for the PDFs' seals")
    public Response sealChain(@PathParam("organisation") String organisation) {
        return Response.ok(certificates.sealChainPem(organisation), "application/x-pem-file").build();
    }

    @GET
    @Path("status-lists/{id}")
    @Produces({CertificatesResource.VC_JWT, MediaType.APPLICATION_JSON})
    @Operation(summary = "A signed Bitstring Status List credential (VC-JWT) for revocation; credentials point to it in credentialStatus")
    public Response statusList(@PathParam("id") String id) {
        return Response.ok(certificates.statusList(id), CertificatesResource.VC_JWT).header("Cache-Control", "max-age=60").build();
    }
}
