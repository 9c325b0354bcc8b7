package fr.socle.catalogue.boundary;

import fr.socle.platform.Downloads;
import fr.socle.catalogue.control.CourseFiles;
import fr.socle.catalogue.entity.ProgrammeVersion;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Role;
import fr.socle.platform.Problem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue of programmes: public reading, course-as-code import and export, drafts and publication. */
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
public class ProgrammesResource {

    public static final String ZIP = "application/zip";

    @Inject
    Programmes programmes;

    @Inject
    CurrentCaller current;

    @GET
    @ApiAccess(anonymous = true)
    @Operation(summary = "The latest published version of each programme the caller may see (anonymous: the public catalogue)")
    public List<ProgrammeOutput.Summary> list(@QueryParam("q") String q, @QueryParam("audience") Audience audience,
                                              @QueryParam("modality") Modality modality, @QueryParam("competence") String competence) {
        return programmes.catalogue(current.get(), new Programmes.Search(q, audience, modality, competence)).stream()
                .map(ProgrammeOutput.Summary::of).toList();
    }

    @GET
    @Path("{code}")
    @ApiAccess(anonymous = true)
    @Operation(summary = "The latest published version of a programme, with its information sheet and components")
    public ProgrammeOutput.Detail read(@PathParam("code") String code) {
        return ProgrammeOutput.Detail.of(programmes.version(current.get(), code, null));
    }

    @GET
    @Path("{code}/versions")
    @ApiAccess(anonymous = true)
    @Operation(summary = "The version history (drafts only for those who edit the programme)")
    public List<ProgrammeOutput.VersionInfo> versions(@PathParam("code") String code) {
        var caller = current.get();
        var programme = programmes.programme(caller, code);
        boolean editor = programmes.canEdit(caller, programme);
        return programme.getVersions().stream().filter(v -> v.isPublished() || editor).map(ProgrammeOutput.VersionInfo::of).toList();
    }

    @GET
    @Path("{code}/versions/{number}")
    @ApiAccess(anonymous = true)
    @Operation(summary = "One version of a programme")
    public ProgrammeOutput.Detail version(@PathParam("code") String code, @PathParam("number") int number) {
        return ProgrammeOutput.Detail.of(programmes.version(current.get(), code, number));
    }

    @GET
    @Path("{code}/versions/{number}/export")
    @Produces(ZIP)
    @ApiAccess(anonymous = true)
    @Operation(summary = "A version in the course-as-code format of courses/, as a zip: what import takes back. The quizzes' "
            + "answer keys and explanations only for those who may author the programme; any other reader's files say "
            + "answerKeys: omitted and do not import")
    public Response export(@PathParam("code") String code, @PathParam("number") int number) {
        CourseFiles files = programmes.export(current.get(), code, number);
        StreamingOutput body = files::writeZip;
        return Downloads.file(body, ZIP, code + "-v" + number + ".zip");
    }

    @POST
    @Path("import")
    @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
    @ApiAccess({Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
    @Operation(summary = "Imports a zip of course files (one programme folder, or frameworks/ and programme folders) "
            + "for an organisation (none: the platform's shared content). All or nothing; a 400 lists every problem.")
    public Response importZip(@QueryParam("organisation") String organisation, InputStream body) {
        CourseFiles files;
        try {
            files = CourseFiles.fromZip(body);
        } catch (CourseFiles.InvalidArchive e) {
            throw Problem.badRequest("socle.catalogue.badArchive", e.getMessage());
        }
        Programmes.ImportReport report = programmes.importFiles(current.require(), organisation, files);
        return Response.status(report.published().isEmpty() ? Response.Status.OK : Response.Status.CREATED).entity(report).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAccess({Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
    @Operation(summary = "Creates a programme with an empty draft, for an organisation the caller trains or administers")
    public Response create(@Valid @NotNull(message = "{socle.api.bodyRequired}") ProgrammeInput input, @Context UriInfo uri) {
        var programme = programmes.create(current.require(), input.getOrganisationId(), input.getCode(), input.header());
        ProgrammeVersion draft = programme.draft().orElseThrow();
        return Response.created(uri.getAbsolutePathBuilder().path(programme.getCode()).build())
                .entity(ProgrammeOutput.Detail.of(draft)).build();
    }

    /** Where a copy goes: the new programme's code and organisation. */
    public record CopyRequest(String code, String organisationId) {
    }

    @POST
    @Path("{code}/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiAccess({Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
    @Operation(summary = "Copies a programme the caller may read (shared or public) into one of its organisations, as a draft "
            + "(without the quizzes' answer keys unless the caller may author the source)")
    public Response copy(@PathParam("code") String code, CopyRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw Problem.badRequest("socle.api.bodyRequired");
        }
        var copy = programmes.copy(current.require(), code, request.organisationId(), request.code());
        return Response.created(uri.getBaseUriBuilder().path("programmes").path(copy.getCode()).build())
                .entity(ProgrammeOutput.Detail.of(copy.draft().orElseThrow())).build();
    }

    @POST
    @Path("{code}/publish")
    @ApiAccess({Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
    @Operation(summary = "Publishes the draft: it becomes an immutable version; 409 lists what stops it")
    public ProgrammeOutput.Detail publish(@PathParam("code") String code) {
        return ProgrammeOutput.Detail.of(programmes.publish(current.require(), code));
    }
}
