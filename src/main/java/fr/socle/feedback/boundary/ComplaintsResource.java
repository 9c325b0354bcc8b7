package fr.socle.feedback.boundary;

import fr.socle.feedback.boundary.FeedbackInputs.ComplaintInput;
import fr.socle.feedback.boundary.FeedbackInputs.HandlingInput;
import fr.socle.feedback.boundary.FeedbackOutputs.ComplaintOutput;
import fr.socle.feedback.entity.Complaint;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Period;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The complaints and feedback log of an organisation (Qualiopi indicator 31). Entries are never deleted. */
@Path("complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Complaints and feedback")
public class ComplaintsResource {

    @Inject
    Feedback feedback;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "The log of an organisation the caller trains or administers, newest first; with from and to "
            + "(yyyy-mm-dd, both included), the entries received in that period, oldest first")
    public List<ComplaintOutput> list(@QueryParam("organisation") String organisation, @QueryParam("from") String from,
                                      @QueryParam("to") String to) {
        var caller = current.require();
        if (from == null && to == null) {
            return feedback.complaints(caller, organisation).stream().map(ComplaintOutput::of).toList();
        }
        Period period = Period.parse(from, to, LocalDate.of(Period.FIRST_YEAR, 1, 1), LocalDate.of(Period.LAST_YEAR, 12, 31));
        return feedback.complaints(caller, organisation, period.from(), period.to()).stream().map(ComplaintOutput::of).toList();
    }

    @POST
    @Operation(summary = "Records an entry: staff of the organisation give every field; one of its learners files one through the form "
            + "(channel FORMULAIRE, received today, its name as author)")
    public Response record(@Valid @NotNull(message = "{socle.api.bodyRequired}") ComplaintInput input, @Context UriInfo uri) {
        var caller = current.require();
        Complaint c = caller.teaches(input.organisationId)
                ? feedback.record(caller, input.organisationId, new Feedback.ComplaintDraft(input.receivedOn, input.channel, input.kind,
                        input.author, input.programmeCode, input.subject, input.description))
                : feedback.file(caller, input.organisationId, input.kind, input.programmeCode, input.subject, input.description);
        return Response.created(uri.getAbsolutePathBuilder().path(c.getId()).build()).entity(ComplaintOutput.of(c)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Its handling: status, what was done, when the author was answered, when it was closed")
    public ComplaintOutput handle(@PathParam("id") String id, @Valid @NotNull(message = "{socle.api.bodyRequired}") HandlingInput input) {
        return ComplaintOutput.of(feedback.handle(current.require(), id,
                new Feedback.Handling(input.status, input.handling, input.answeredOn, input.closedOn)));
    }
}
