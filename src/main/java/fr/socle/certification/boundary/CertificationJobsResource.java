package fr.socle.certification.boundary;

import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.job.JobStatus;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk issuance for a session, in the background, and its progress. */
@Path("certification-jobs")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Certificates")
public class CertificationJobsResource {

    @Inject
    CertificationJobs jobs;

    @Inject
    CurrentCaller current;

    /** What to issue to which session. A class: see OrganisationInput. */
    public static class JobInput {
        @jakarta.validation.constraints.NotBlank(message = "{socle.job.sessionRequired}")
        public String sessionId;

        @NotNull(message = "{socle.certificate.kindRequired}")
        public DocumentKind kind;
    }

    /** A job and its progress. */
    public record JobOutput(String id, String sessionId, DocumentKind kind, JobStatus status, int total, int done,
                            int skipped, int percent, Instant createdAt, Instant finishedAt, String error) {
        static JobOutput of(CertificationJob j) {
            return new JobOutput(j.getId(), j.getSessionId(), j.getKind(), j.getStatus(), j.getTotal(), j.getDone(), j.getSkipped(),
                    j.percent(), j.getCreatedAt(), j.getFinishedAt(), j.getError());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issues a kind of document to every learner of a session, in the background (trainers and administrators "
            + "of its organisation); 202 with the job to follow. Learners who already have it are not issued it twice")
    public Response start(@Valid @NotNull(message = "{socle.api.bodyRequired}") JobInput input, @Context UriInfo uri) {
        var job = jobs.start(current.require(), input.sessionId, input.kind);
        return Response.accepted(JobOutput.of(job)).location(uri.getAbsolutePathBuilder().path(job.getId()).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A bulk issuance's progress")
    public JobOutput read(@PathParam("id") String id) {
        return JobOutput.of(jobs.find(current.require(), id));
    }
}
