package fr.socle.export.boundary;

import fr.socle.platform.ValidDay;
import fr.socle.export.control.ExportRequest;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.job.JobStatus;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Exports built in the background (the élus' agrément dossier...), their progress and their file. */
@Path("export-jobs")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Exports")
public class ExportJobsResource {

    @Inject
    ExportJobs jobs;

    @Inject
    CurrentCaller current;

    /** What to export. A class: see OrganisationInput. */
    public static class ExportInput {
        @NotNull(message = "{socle.export.kindRequired}")
        public ExportKind kind;

        @NotBlank(message = "{socle.export.organisationRequired}")
        public String organisation;

        @NotNull(message = "{socle.export.periodRequired}")
        @ValidDay
        public LocalDate from;

        @NotNull(message = "{socle.export.periodRequired}")
        @ValidDay
        public LocalDate to;

        /** A programme's code, for the kinds that take one; none for all. */
        public String programme;
    }

    /** A job, its progress, and once DONE its file. */
    public record JobOutput(String id, ExportKind kind, String organisationId, LocalDate from, LocalDate to, String programme,
                            JobStatus status, int done, int total, int percent, Instant createdAt, Instant finishedAt,
                            String fileName, Long fileSize, String fileSha256, String error) {
        static JobOutput of(ExportJob j) {
            ExportRequest r = j.getRequest();
            return new JobOutput(j.getId(), j.getKind(), j.getOrganisationId(), r.from(), r.to(), r.programme(), j.getStatus(), j.getDone(),
                    j.getTotal(), j.percent(), j.getCreatedAt(), j.getFinishedAt(), j.getFileName(), j.getFileSize(), j.getFileSha256(),
                    j.getError());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts an export of an organisation for a period, in the background (its administrators); 202 with the job "
            + "to follow. AGREMENT_DOSSIER: the élus' agrément dossier (a ZIP)")
    public Response start(@Valid @NotNull(message = "{socle.api.bodyRequired}") ExportInput input, @Context UriInfo uri) {
        var job = jobs.start(current.require(), input.kind, input.organisation, input.from, input.to, input.programme);
        return Response.accepted(JobOutput.of(job)).location(uri.getAbsolutePathBuilder().path(job.getId()).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An export's status and progress (the person who asked and the organisation's administrators)")
    public JobOutput read(@PathParam("id") String id) {
        return JobOutput.of(jobs.find(current.require(), id));
    }

    @GET
    @Path("{id}/file")
    @Produces("application/zip")
    @Operation(summary = "A finished export's file; 409 while it is not DONE")
    public Response file(@PathParam("id") String id) {
        var caller = current.require();
        ExportJob job = jobs.readyFile(caller, id);
        StreamingOutput body = out -> jobs.download(caller, id, out);
        return Response.ok(body, "application/zip").header("Content-Disposition", "attachment; filename=\"" + job.getFileName() + "\"")
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff").build();
    }
}
