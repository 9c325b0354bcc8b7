package fr.socle.feedback.boundary;

import fr.socle.feedback.boundary.FeedbackInputs.ResponseInput;
import fr.socle.feedback.boundary.FeedbackInputs.SurveyInput;
import fr.socle.feedback.boundary.FeedbackOutputs.ResponseOutput;
import fr.socle.feedback.boundary.FeedbackOutputs.ResultsOutput;
import fr.socle.feedback.boundary.FeedbackOutputs.SurveyOutput;
import fr.socle.feedback.entity.SurveyResponse;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Problem;
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

/** Satisfaction surveys (hot and cold): their trainers and administrators write them and read their results; learners answer. */
@Path("surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Satisfaction surveys")
public class SurveysResource {

    @Inject
    Feedback feedback;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "The surveys of an organisation the caller trains or administers")
    public List<SurveyOutput> list(@QueryParam("organisation") String organisation) {
        return feedback.surveys(current.require(), organisation).stream().map(SurveyOutput::of).toList();
    }

    @POST
    @Operation(summary = "Creates a survey with its questions (LIKERT 1 to 5, or TEXT)")
    public Response create(@Valid @NotNull(message = "{socle.api.bodyRequired}") SurveyInput input, @Context UriInfo uri) {
        if (input.questions == null) {
            throw Problem.badRequest("socle.survey.invalid");
        }
        var s = feedback.create(current.require(), input.organisationId, input.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(s.getId()).build()).entity(SurveyOutput.of(s)).build();
    }

    @POST
    @Path("defaults")
    @Operation(summary = "Creates the default hot and cold surveys (in French) for an organisation that has none of that kind; "
            + "answers the surveys created, none the second time")
    public List<SurveyOutput> defaults(@QueryParam("organisation") String organisation) {
        return feedback.ensureDefaults(current.require(), organisation).stream().map(SurveyOutput::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A survey and its questions")
    public SurveyOutput read(@PathParam("id") String id) {
        return SurveyOutput.of(feedback.survey(current.require(), id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Changes a survey; once answered, its kind and questions stay (409), it may still be deactivated")
    public SurveyOutput update(@PathParam("id") String id, @Valid @NotNull(message = "{socle.api.bodyRequired}") SurveyInput input) {
        return SurveyOutput.of(feedback.update(current.require(), id, input.draft()));
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "The responses to a survey: their number, the mean per Likert question, the free texts")
    public ResultsOutput results(@PathParam("id") String id) {
        return ResultsOutput.of(feedback.results(current.require(), id));
    }

    @POST
    @Path("{id}/responses")
    @Operation(summary = "The caller answers a survey due for its enrolment, once")
    public Response answer(@PathParam("id") String id, @Valid @NotNull(message = "{socle.api.bodyRequired}") ResponseInput input) {
        SurveyResponse r = feedback.answer(current.require(), id, input.enrolmentId,
                input.answers.stream().map(a -> new SurveyResponse.Answer(a.questionId, a.score, a.text)).toList());
        return Response.status(Response.Status.CREATED)
                .entity(new ResponseOutput(r.getId(), id, r.getEnrolmentId(), r.getScore(), r.getSubmittedAt())).build();
    }
}
