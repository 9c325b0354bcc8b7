package fr.socle.delivery.boundary;

import fr.socle.platform.Downloads;
import fr.socle.delivery.entity.HalfDay;
import fr.socle.delivery.entity.TrainingSession;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Problem;
import fr.socle.platform.Clients;
import fr.socle.platform.JsonBodies;
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

    /** attestedBy: the trainer who attested the learner's presence (method ATTESTED), else null. */
    public record SignatureOutput(String enrolmentId, String learnerId, Instant signedAt, String method, boolean drawn, String attestedBy) {
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
                            s.getSignedAt(), s.getMethod().name(), s.getDrawing() != null, s.getAttestedBy())).toList(),
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

    /** A half-day's current QR code for its trainer: the code, the link it encodes, and the signing window. */
    public record SignCodeOutput(String code, String link, Instant validUntil, int renewalSeconds, Instant signingOpens,
                                 Instant signingCloses, boolean open) {
    }

    public record AttestationInput(String enrolmentId) {
    }

    /** The optional body of a signature: {"drawing": "data:image/png;base64,...", "code": "ABCD-EFGH"}, or nothing for a click. */
    record SignatureInput(String drawing, String code) {
        static SignatureInput of(String body) {
            var json = JsonBodies.object(body, "socle.session.badDrawing");
            return new SignatureInput(JsonBodies.string(json, "drawing", "socle.session.badDrawing"),
                    JsonBodies.string(json, "code", "socle.session.badCode"));
        }
    }

    /** The optional body of a counter-signature: {"drawing": "data:image/png;base64,..."}. */
    static String drawing(String body) {
        return SignatureInput.of(body).drawing();
    }

    @Inject
    Clients clients;

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
        return Downloads.file(sessions.sheet(current.require(), id, true), "application/pdf", "emargement-" + id + ".pdf");
    }

    @GET
    @Path("{id}/attendance.csv")
    @Produces("text/csv")
    @Operation(summary = "The attendance sheet as CSV (UTF-8, ';')")
    public Response csv(@PathParam("id") String id) {
        return Downloads.file(sessions.sheet(current.require(), id, false), "text/csv; charset=UTF-8", "emargement-" + id + ".csv");
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
            + "signature. In the room: only during the half-day's slot (from SOCLE_ATTENDANCE_MARGIN_MINUTES before its start to as many "
            + "after its end, Paris time; 409 outside) and with the code the trainer's QR code shows now (403 when absent, expired or "
            + "another half-day's). On a remote half-day, signing records the connection, during the half-day only, and takes no code. "
            + "Refused once the sheet is sealed (409)")
    public Response sign(@PathParam("id") String id, @PathParam("halfDay") String halfDay,
                         @RequestBody(description = "{\"code\": \"ABCD-EFGH\"} (the QR code's, in the room), optionally "
                                 + "with \"drawing\": \"data:image/png;base64,...\" (at most 2000 pixels a side)") String body) {
        var input = SignatureInput.of(body);
        sessions.sign(current.require(), id, halfDay, clients.address(request), request.getHeader("User-Agent"), input.drawing(), input.code());
        return Response.status(Response.Status.CREATED).entity(read(id)).build();
    }

    @GET
    @Path("{id}/half-days/{halfDay}/code")
    @Operation(summary = "The code a half-day's QR code carries now (the session's trainers and administrators): it is renewed every "
            + "SOCLE_ATTENDANCE_CODE_SECONDS and accepted until validUntil; with the link to sign and the signing window. 409 for a "
            + "remote half-day or a sealed sheet")
    public SignCodeOutput code(@PathParam("id") String id, @PathParam("halfDay") String halfDay) {
        var code = sessions.signCode(current.require(), id, halfDay);
        return new SignCodeOutput(code.code(), signLink(request, id, halfDay, code.code()), code.validUntil(), code.renewalSeconds(),
                code.opens(), code.closes(), code.open());
    }

    @POST
    @Path("{id}/half-days/{halfDay}/attestations")
    @Operation(summary = "The trainer records a learner's presence (a learner without a phone): the sheet shows it as the trainer's "
            + "attestation, with who and when. Before the sheet is sealed (409 after, or when the learner has signed)")
    public Response attest(@PathParam("id") String id, @PathParam("halfDay") String halfDay, AttestationInput input) {
        if (input == null) {
            throw Problem.badRequest("socle.api.bodyRequired");
        }
        sessions.attest(current.require(), id, halfDay, input.enrolmentId(), request.getRemoteAddr(), request.getHeader("User-Agent"));
        return Response.status(Response.Status.CREATED).entity(read(id)).build();
    }

    /** Where a learner's phone goes to sign a half-day in the room: this instance's address, as the request reached it. */
    static String signLink(HttpServletRequest request, String sessionId, String halfDayId, String code) {
        String url = request.getRequestURL().toString();
        String base = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
        String enc = java.net.URLEncoder.encode(sessionId, java.nio.charset.StandardCharsets.UTF_8);
        return base + "/learn/sign.xhtml?session=" + enc + "&halfDay=" + java.net.URLEncoder.encode(halfDayId, java.nio.charset.StandardCharsets.UTF_8)
                + (code == null ? "" : "&code=" + code);
    }

    @POST
    @Path("{id}/half-days/{halfDay}/countersignature")
    @Operation(summary = "The trainer counter-signs (optionally with a drawn signature): the sheet is sealed and its minutes go to the hours ledger")
    public SessionOutput seal(@PathParam("id") String id, @PathParam("halfDay") String halfDay,
                              @RequestBody(description = "optional: {\"drawing\": \"data:image/png;base64,...\"}") String body) {
        sessions.seal(current.require(), id, halfDay, clients.address(request), drawing(body));
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
