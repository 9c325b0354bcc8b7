package fr.socle.feedback.boundary;

import fr.socle.feedback.boundary.FeedbackInputs.ActionInput;
import fr.socle.feedback.boundary.FeedbackOutputs.ActionOutput;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Improvement actions of an organisation (Qualiopi indicator 32), possibly following a complaint of its log. */
@Path("improvement-actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Complaints and feedback")
public class ImprovementActionsResource {

    @Inject
    Feedback feedback;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "The actions of an organisation the caller trains or administers, newest first")
    public List<ActionOutput> list(@QueryParam("organisation") String organisation) {
        return feedback.actions(current.require(), organisation).stream().map(ActionOutput::of).toList();
    }

    @POST
    @Operation(summary = "Creates an action, from a complaint of the same organisation (complaintId) or another origin")
    public Response create(@Valid @NotNull(message = "{socle.api.bodyRequired}") ActionInput input, @Context UriInfo uri) {
        var a = feedback.createAction(current.require(), input.organisationId, input.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(a.getId()).build()).entity(ActionOutput.of(a)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Changes an action: its description, status and day done")
    public ActionOutput update(@PathParam("id") String id, @Valid @NotNull(message = "{socle.api.bodyRequired}") ActionInput input) {
        return ActionOutput.of(feedback.updateAction(current.require(), id, input.draft()));
    }
}
