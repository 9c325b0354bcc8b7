package fr.socle.certification.boundary;

import fr.socle.platform.ApiAccess;
import fr.socle.platform.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The hash-chained certification log's check. */
@Path("certification-log")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess({Role.PLATFORM_ADMIN, Role.REGISTRAR})
@Tag(name = "Certificates")
public class CertificationLogResource {

    @Inject
    Certificates certificates;

    @GET
    @Path("check")
    @Operation(summary = "Walks the whole log and reports the number of entries and the first broken link, if any "
            + "(platform administrators, registrars)")
    public Certificates.LogCheck check() {
        return certificates.checkLog();
    }
}
