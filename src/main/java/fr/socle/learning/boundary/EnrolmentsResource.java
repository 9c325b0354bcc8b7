package fr.socle.learning.boundary;

import fr.socle.platform.Role;
import fr.socle.platform.Messages;
import fr.socle.learning.entity.HoursEntry;
import fr.socle.catalogue.entity.Question;
import fr.socle.catalogue.boundary.ActivityKind;
import fr.socle.learning.entity.Enrolment;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Problem;
import fr.socle.learning.control.HoursLedger;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Enrolments, the learner's progress and hours, and what the learner does (activities done, quiz attempts). */
@Path("enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Enrolments and progress")
public class EnrolmentsResource {

    /** Enrol oneself (no accountId), or one of an organisation's people. */
    public record EnrolmentRequest(String programme, String accountId, String organisationId, String module, Funding funding) {
    }

    public record ActivityState(String id, ActivityKind kind, String title, int minutes, boolean done) {
    }

    public record ModuleProgress(String code, String title, int percent, boolean complete, List<ActivityState> activities) {
    }

    public record EnrolmentOutput(String id, String learnerId, String organisationId, String programme, int version, String module,
                                  EnrolmentStatus status, Funding funding, String positioning, Instant positionedAt, String positionedBy,
                                  List<String> specialisations, Instant enrolledAt,
                                  Instant enteredAt, Instant endedAt, String endReason, int percent, int minutes, String hours,
                                  Map<String, Integer> minutesByModule, List<ModuleProgress> modules) {
        static EnrolmentOutput of(Learning.Standing s, List<HoursEntry> hours) {
            Enrolment e = s.enrolment();
            return new EnrolmentOutput(e.getId(), e.getLearner().getId(), e.getOrganisation().getId(), e.getVersion().getProgramme().getCode(),
                    e.getVersion().getNumber(), e.getModuleCode(), e.getStatus(), e.getFunding(), e.getPositioning(), e.getPositionedAt(), e.getPositionedBy(), e.getSpecialisations(), e.getEnrolledAt(),
                    e.getEnteredAt(), e.getEndedAt(), e.getEndReason(), s.rules().percent(), s.minutes(), HoursLedger.hours(s.minutes()),
                    HoursLedger.byModule(hours),
                    e.modules().stream().map(m -> new ModuleProgress(m.getCode(), m.getTitle(), s.rules().percent(m), s.rules().isComplete(m),
                            m.getActivities().stream().map(a -> new ActivityState(a.getId(), a.getKind(), a.getTitle(), a.getMinutes(),
                                    s.rules().isComplete(a))).toList())).toList());
        }
    }

    public record AnswerInput(Set<Integer> choices, Boolean trueFalse, String text) {
    }

    public record EndRequest(boolean abandon, String reason) {
    }

    @Inject
    Enrolments enrolments;

    @Inject
    Learning learning;

    @Inject
    CurrentCaller current;

    private EnrolmentOutput output(String id) {
        var caller = current.require();
        return EnrolmentOutput.of(learning.standing(caller, id), learning.hours(id));
    }

    @GET
    @Operation(summary = "The caller's own enrolments")
    public List<EnrolmentOutput> mine() {
        var caller = current.require();
        return enrolments.mine(caller).stream().map(e -> output(e.getId())).toList();
    }

    @POST
    @Operation(summary = "Enrols the caller (no accountId) in a programme's latest published version, or a person of an organisation the caller trains or administers")
    public Response enrol(EnrolmentRequest request, @Context UriInfo uri) {
        if (request == null || request.programme() == null || request.programme().isBlank()) {
            throw Problem.badRequest("socle.api.bodyRequired");
        }
        var caller = current.require();
        Enrolment e = request.accountId() == null
                ? enrolments.enrolSelf(caller, request.programme())
                : enrolments.enrolLearner(caller, request.accountId(), request.organisationId(), request.programme(), request.module(), request.funding());
        return Response.created(uri.getAbsolutePathBuilder().path(e.getId()).build()).entity(output(e.getId())).build();
    }

    @POST
    @Path("csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @ApiAccess({Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
    @Operation(summary = "Enrolments from a CSV file (email, programme[, module, financement, specialisations, positionnement]) for an organisation: "
            + "commit=false previews every line with its problems; commit=true imports all of them, or nothing (400 lists every bad line)")
    public Response csv(@jakarta.ws.rs.QueryParam("organisation") String organisation, @jakarta.ws.rs.QueryParam("commit") boolean commit,
                        byte[] body, @Context jakarta.ws.rs.core.HttpHeaders headers) {
        var locale = Messages.supported(headers.getAcceptableLanguages());
        var report = enrolments.importCsv(current.require(), organisation, body == null ? new byte[0] : body, commit);
        List<String> lines = new java.util.ArrayList<>(report.fileProblems().stream().map(k -> Messages.get(locale, k)).toList());
        report.lines().forEach(l -> l.problems().forEach(k -> lines.add(Messages.get(locale, "socle.csv.line", l.line(),
                Messages.get(locale, k)))));
        if (commit && !report.imported()) {
            throw Problem.badRequest("socle.csv.rejected").withDetails(lines);
        }
        return Response.status(report.imported() ? Response.Status.CREATED : Response.Status.OK)
                .entity(new CsvOutput(report.imported(), report.clean(), report.lines().size(), lines, report.lines().stream()
                        .map(Enrolments.CsvLine::enrolmentId).filter(java.util.Objects::nonNull).toList())).build();
    }

    /** A CSV check or import: every problem as "ligne N : raison", and the enrolments made. */
    public record CsvOutput(boolean imported, boolean clean, int lines, List<String> problems, List<String> enrolments) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An enrolment with its progress and hours (the learner, its organisation's trainers and administrators)")
    public EnrolmentOutput read(@PathParam("id") String id) {
        return output(id);
    }

    @PUT
    @Path("{id}/specialisations")
    @Operation(summary = "The learner's spécialisations, within the programme's minimum and maximum")
    public EnrolmentOutput specialisations(@PathParam("id") String id, List<String> codes) {
        enrolments.chooseSpecialisations(current.require(), id, codes);
        return output(id);
    }

    @PUT
    @Path("{id}/positioning")
    @Operation(summary = "Records or corrects the learner's positioning result at entry (trainers and administrators of the enrolment's "
            + "organisation); refused once the enrolment has ended")
    public EnrolmentOutput positioning(@PathParam("id") String id,
                                       @jakarta.validation.Valid @jakarta.validation.constraints.NotNull(message = "{socle.api.bodyRequired}") PositioningInput input) {
        enrolments.recordPositioning(current.require(), id, input.result);
        return output(id);
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "Ends an enrolment early: abandon, or interruption, with its reason")
    public EnrolmentOutput end(@PathParam("id") String id, EndRequest request) {
        if (request == null) {
            throw Problem.badRequest("socle.api.bodyRequired");
        }
        enrolments.end(current.require(), id, request.abandon(), request.reason());
        return output(id);
    }

    @POST
    @Path("{id}/activities/{activity}/done")
    @Operation(summary = "The learner has read a lesson to the end or opened a tutorial")
    public EnrolmentOutput done(@PathParam("id") String id, @PathParam("activity") String activity) {
        return EnrolmentOutput.of(learning.markDone(current.require(), id, activity), learning.hours(id));
    }

    @POST
    @Path("{id}/quizzes/{activity}/attempts")
    @Operation(summary = "Submits a quiz attempt (one answer per question, in order) and returns its grade: whether each answer "
            + "was right, never which answer is; the questions' explanations once the quiz is passed or no attempt is left")
    public Response attempt(@PathParam("id") String id, @PathParam("activity") String activity, List<AnswerInput> answers) {
        var graded = learning.submitQuiz(current.require(), id, activity, answers == null ? null
                : answers.stream().map(a -> a == null ? null : new Question.Answer(a.choices(), a.trueFalse(), a.text())).toList());
        return Response.status(Response.Status.CREATED).entity(graded).build();
    }
}
