package fr.socle.learning.boundary;

import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Role;
import fr.socle.platform.Problem;
import fr.socle.learning.control.AssignmentFiles;
import fr.socle.learning.entity.Submission;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assignment submissions for their trainers: the ones to grade, their files, their grades. */
@Path("submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Assignments")
public class SubmissionsResource {

    /** A submission and its grading, as the API gives it. */
    public record SubmissionOutput(String id, String enrolmentId, String learnerId, String learnerName, String organisationId,
                                   String programme, String module, String activityId, String activityTitle, int number,
                                   String fileName, String contentType, int size, Instant submittedAt, String comment,
                                   Submission.Status status, Integer score, int passMark, String trainerComment, String gradedBy,
                                   Instant gradedAt) {
        static SubmissionOutput of(Assignments.Entry entry) {
            Submission s = entry.submission();
            var e = s.getEnrolment();
            return new SubmissionOutput(s.getId(), e.getId(), e.getLearner().getId(), e.getLearner().getDisplayName(), s.getOrganisationId(),
                    e.getVersion().getProgramme().getCode(), entry.activity().getModule().getCode(), s.getActivityId(),
                    entry.activity().getTitle(), s.getNumber(), s.getFileName(), s.getContentType(), s.getSize(), s.getSubmittedAt(),
                    s.getLearnerComment(), entry.status(), s.getScore(), entry.passMark(), s.getTrainerComment(),
                    s.getGradedBy() == null ? null : s.getGradedBy().getDisplayName(), s.getGradedAt());
        }
    }

    /** A grade: a score from 0 to 100 and, optionally, a comment for the learner. */
    public record GradeInput(Integer score, String comment) {
    }

    @Inject
    Assignments assignments;

    @Inject
    CurrentCaller current;

    @GET
    @ApiAccess({Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
    @Operation(summary = "Submissions of the organisations the caller trains in: status=pending (default; the latest "
            + "ungraded submission of each assignment, oldest first) or status=graded (most recent first)")
    public List<SubmissionOutput> list(@QueryParam("status") String status) {
        Assignments.Filter filter;
        try {
            filter = status == null || status.isBlank() ? Assignments.Filter.PENDING : Assignments.Filter.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("socle.submission.badFilter");
        }
        return assignments.inMyOrganisations(current.require(), filter).stream().map(SubmissionOutput::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A submission and its grading (its learner, its organisation's trainers and administrators)")
    public SubmissionOutput read(@PathParam("id") String id) {
        return SubmissionOutput.of(assignments.find(current.require(), id));
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The submitted file, as an attachment, with the type found in its content")
    public Response file(@PathParam("id") String id) {
        var caller = current.require();
        Submission s = assignments.find(caller, id).submission();
        return Response.ok(assignments.content(caller, id), s.getContentType())
                .header("Content-Disposition", AssignmentFiles.attachment(s.getFileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("{id}/grade")
    @ApiAccess({Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
    @Operation(summary = "Grades the latest submission of an assignment, once (409 afterwards): a score at or above the "
            + "activity's pass mark (50 by default) completes the activity; below it, the learner may hand in again")
    public SubmissionOutput grade(@PathParam("id") String id, GradeInput input) {
        if (input == null) {
            throw Problem.badRequest("socle.api.bodyRequired");
        }
        return SubmissionOutput.of(assignments.grade(current.require(), id, input.score(), input.comment()));
    }
}
