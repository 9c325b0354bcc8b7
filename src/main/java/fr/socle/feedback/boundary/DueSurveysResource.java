package fr.socle.feedback.boundary;

import fr.socle.feedback.boundary.FeedbackOutputs.DueOutput;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The surveys due for the caller's enrolments: a root of its own, so that "due" is never taken for a survey id. */
@Path("surveys/due")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Satisfaction surveys")
public class DueSurveysResource {

    @Inject
    Feedback feedback;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "The surveys due for the caller's enrolments, with their questions")
    public List<DueOutput> due() {
        return feedback.due(current.require()).stream().map(DueOutput::of).toList();
    }
}
