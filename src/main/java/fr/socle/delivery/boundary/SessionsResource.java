package fr.socle.delivery.boundary;

import fr.socle.delivery.entity.HalfDay;
import fr.socle.delivery.entity.TrainingSession;
import fr.socle.identity.boundary.ApiAccess;
import fr.socle.identity.boundary.CurrentCaller;
import fr.socle.platform.Problem;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sessions and their half-day attendance sheets (émargement). */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Sessions and attendance")
public class SessionsResource {

    public record SignatureOutput(String enrolmentId, String learnerId, Instant signedAt, String method, boolean drawn) {
    }

    public record CorrectionOutput(String enrolmentId, int minutes, String reason, Instant correctedAt) {
    }

    public record HalfDayOutput(String id, LocalDate date, HalfDay.Period period, int startMinute, int endMinute, String module,
                                boolean remote, boolean sealed, Instant sealedAt, boolean counterSignatureDrawn,
                                List<SignatureOutput> signatures, List<CorrectionOutput> corrections) {
        static HalfDayOutput of(HalfDay h) {
            return new HalfDayOutput(h.getId(), h.getDate(), h.getPeriod(), h.getStartMinute(), h.getEndMinute(), h.getModuleCode(),
                    h.isRemote(), h.isSealed(), h.getSealedAt(), h.getSealedDrawing() != null,
                    h.getSignatures().stream().map(s -> new SignatureOutput(s.getEnrolment().getId(), s.getEnrolment().getLearner().getId(),
                            s.getSignedAt(), s.getMethod().name(), s.getDrawing() != null)).toList(),
                    h.getCorrections().stream().map(c -> new CorrectionOutput(c.getEnrolment().getId(), c.getMinutes(), c.getReason(),
                            c.getCorrectedAt())).toList());
        }
    }

    public record SessionOutput(String id, String organisationId, String programme, int version, String module, String title,
                                String place, int capacity, List<String> enrolments, List<HalfDayOutput> halfDays) {
        static SessionOutput of(TrainingSession s) {
            return new SessionOutput(s.getId(), s.getOrganisation().getId(), s.getVersion().getProgramme().getCode(), s.getVersion().getNumber(),
                    s.getModuleCode(), s.getTitle(), s.getPlace(), s.getCapacity(), s.getLearners().stream().map(e -> e.getId()).toList(),
                    s.getHalfDays().stream().map(HalfDayOutput::of).toList());
        }
    }

    public record LearnerInput(String enrolmentId) {
    }

    public record CorrectionInput(String enrolmentId, int minutes, String reason) {
    }

    /** The optional body of a signature: {"drawing": "data:image/png;base64,..."}, or nothing for a click. */
    static String drawing(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            var drawing = reader.readObject().get("drawing");
            return drawing instanceof jakarta.json.JsonString s ? s.getString() : null;
        } catch (RuntimeException e) {
            // Only the caller's JSON is read here: JsonException, a ClassCastException for a body that is not an object,
            // or the bare RuntimeException Parsson throws for a body nested too deep.
            throw Problem.badRequest("socle.session.badDrawing");
        }
    }

    @Inject
    Sessions sessions;

    @Inject
    CurrentCaller current;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(summary = "Creates a session with its half-days, for an organisation the caller trains or administers")
    public Response create(@Valid @NotNull(message = "{socle.api.bodyRequired}") SessionInputs.SessionInput input, @Context UriInfo uri) {
        var s = sessions.create(current.require(), input.organisationId, input.programme, input.module, input.title, input.place,
                input.capacity, input.halfDays == null ? List.of() : input.halfDays.stream()
                        .map(h -> new Sessions.Slot(h.date, h.period, h.startMinute, h.endMinute, h.module,
                                Boolean.TRUE.equals(h.remote))).toList());
        return Response.created(uri.getAbsolutePathBuilder().path(s.getId()).build()).entity(SessionOutput.of(s)).build();
    }

    @GET
    @Operation(summary = "The sessions the caller runs (its organisations' sessions) and those it is a learner of")
    public List<SessionOutput> list() {
        var caller = current.require();
        var all = new java.util.LinkedHashMap<String, TrainingSession>();
        sessions.taught(caller).forEach(s -> all.put(s.getId(), s));
        sessions.attended(caller).forEach(s -> all.putIfAbsent(s.getId(), s));
        return all.values().stream().map(SessionOutput::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A session and its attendance sheets (its trainers and administrators, its learners)")
    public SessionOutput read(@PathParam("id") String id) {
        return SessionOutput.of(sessions.find(current.require(), id));
    }

    @GET
    @Path("{id}/attendance.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The attendance sheet as PDF: every learner's signature, the counter-signatures and corrections")
    public Response pdf(@PathParam("id") String id) {
        return Response.ok(sessions.sheet(current.require(), id, true), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"emargement-" + id + ".pdf\"").build();
    }

    @GET
    @Path("{id}/attendance.csv")
    @Produces("text/csv")
    @Operation(summary = "The attendance sheet as CSV (UTF-8, ';')")
    public Response csv(@PathParam("id") String id) {
        return Response.ok(sessions.sheet(current.require(), id, false), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"emargement-" + id + ".csv\"").build();
    }

    @POST
    @Path("{id}/learners")
    @Operation(summary = "Adds an enrolment of the session's programme version to the session")
    public SessionOutput addLearner(@PathParam("id") String id, LearnerInput input) {
        if (input == null) {
            throw Problem.badRequest("socle.api.bodyRequired");
        }
        sessions.addLearner(current.require(), id, input.enrolmentId());
        return read(id);
    }

    @POST
    @Path("{id}/half-days/{halfDay}/signatures")
    @Operation(summary = "The learner signs the half-day (time, IP address and browser recorded), by a click or with a drawn "
            + "signature; on a remote half-day, signing records the connection, during the half-day only. Refused once the sheet is sealed")
    public Response sign(@PathParam("id") String id, @PathParam("halfDay") String halfDay,
                         @RequestBody(description = "optional: {\"drawing\": \"data:image/png;base64,...\"}") String body) {
        sessions.sign(current.require(), id, halfDay, request.getRemoteAddr(), request.getHeader("User-Agent"), drawing(body));
        return Response.status(Response.Status.CREATED).entity(read(id)).build();
    }

    @POST
    @Path("{id}/half-days/{halfDay}/countersignature")
    @Operation(summary = "The trainer counter-signs (optionally with a drawn signature): the sheet is sealed and its minutes go to the hours ledger")
    public SessionOutput seal(@PathParam("id") String id, @PathParam("halfDay") String halfDay,
                              @RequestBody(description = "optional: {\"drawing\": \"data:image/png;base64,...\"}") String body) {
        sessions.seal(current.require(), id, halfDay, request.getRemoteAddr(), drawing(body));
        return read(id);
    }

    @POST
    @Path("{id}/half-days/{halfDay}/corrections")
    @Operation(summary = "A correction record on a sealed sheet: minutes added or removed for a learner, with the reason")
    public Response correct(@PathParam("id") String id, @PathParam("halfDay") String halfDay, CorrectionInput input) {
        if (input == null) {
            throw Problem.badRequest("socle.api.bodyRequired");
        }
        sessions.correct(current.require(), id, halfDay, input.enrolmentId(), input.minutes(), input.reason());
        return Response.status(Response.Status.CREATED).entity(read(id)).build();
    }
}
