package fr.socle.organisation.boundary;

import fr.socle.platform.Problem;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisations (tenants), scoped to the caller. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Organisations")
public class OrganisationsResource {

    @Inject
    Organisations organisations;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "The organisations the caller may read; q filters on the name")
    public List<OrganisationOutput> list(@QueryParam("q") String q,
                                         @QueryParam("offset") @DefaultValue("0") int offset,
                                         @QueryParam("limit") @DefaultValue("50") int limit) {
        return organisations.list(current.require(), q, offset, limit).stream().map(OrganisationOutput::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation (404 when the caller may not read it)")
    public Response read(@PathParam("id") String id) {
        var o = organisations.find(current.require(), id);
        return Response.ok(OrganisationOutput.of(o)).tag(new EntityTag(Long.toString(o.getVersion()))).build();
    }

    @POST
    @Operation(summary = "Creates an organisation: top-level for platform admins, else under one the caller administers")
    public Response create(@Valid @NotNull(message = "{socle.api.bodyRequired}") OrganisationInput input, @Context UriInfo uri) {
        var created = organisations.create(current.require(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getId()).build())
                .entity(OrganisationOutput.of(created)).tag(new EntityTag(Long.toString(created.getVersion()))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Changes an organisation the caller administers; If-Match guards against lost updates")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull(message = "{socle.api.bodyRequired}") OrganisationInput input) {
        var o = organisations.update(current.require(), id, input, version(ifMatch));
        return Response.ok(OrganisationOutput.of(o)).tag(new EntityTag(Long.toString(o.getVersion()))).build();
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw Problem.badRequest("socle.api.badIfMatch");
        }
    }
}
