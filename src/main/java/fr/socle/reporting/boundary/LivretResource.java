package fr.socle.reporting.boundary;

import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The livret individuel de formation of an account as a PDF: {@code accounts/{id}/livret.pdf}, or
 * {@code accounts/me/livret.pdf} for the caller's own. Its own root, so that it wins over
 * {@code AccountsResource}'s {@code accounts}.
 */
@Path("accounts/{id}/livret.pdf")
@ApiAccess
@Tag(name = "Progress reports")
public class LivretResource {

    @Inject
    Livrets livrets;

    @Inject
    CurrentCaller current;

    @GET
    @Produces("application/pdf")
    @Operation(summary = "The livret individuel de formation of an agent: trainings followed (dates, hours from the ledger) and documents held, "
            + "as a tagged PDF ('me' for the caller; the administrators of the agent's organisations see what was given there)")
    public Response read(@PathParam("id") String id) {
        return BpfResource.file(livrets.pdf(current.require(), id), "application/pdf", Livrets.FILE_NAME);
    }
}
