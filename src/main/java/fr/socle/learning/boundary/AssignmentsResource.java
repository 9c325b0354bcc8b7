package fr.socle.learning.boundary;

import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Problem;
import fr.socle.learning.control.AssignmentFiles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A learner's submissions for an assignment of its enrolment. The file comes as multipart/form-data
 * (Jakarta REST 3.1 {@link EntityPart}): a part "file" with its filename, and an optional part "comment".
 */
@Path("enrolments/{id}/assignments/{activity}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "Assignments")
public class AssignmentsResource {

    @Inject
    Assignments assignments;

    @Inject
    CurrentCaller current;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "The learner hands in a file as multipart/form-data: a part 'file' with its filename and an optional part "
            + "'comment' (10 MB at most; PDF, PNG, JPEG, ODT, ODS, ODP, DOCX, XLSX, PPTX or TXT, "
            + "checked by extension and content); allowed until a submission is graded as passed")
    public Response submit(@PathParam("id") String id, @PathParam("activity") String activity,
                           @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT,
                                   properties = {
                                       @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary", description = "the file, with its name"),
                                       @SchemaProperty(name = "comment", type = SchemaType.STRING, description = "an optional word for the trainer")})))
                           @FormParam("file") EntityPart file, @FormParam("comment") EntityPart comment, @Context UriInfo uri) {
        if (file == null) {
            throw Problem.badRequest("socle.submission.noFile");
        }
        byte[] content;
        String note;
        try (InputStream in = file.getContent()) {
            content = AssignmentFiles.read(in);
            note = comment == null ? null : new String(AssignmentFiles.read(comment.getContent()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Problem.badRequest("socle.submission.unreadable");
        }
        var entry = assignments.submit(current.require(), id, activity, fileName(file), content, note);
        return Response.created(uri.getBaseUriBuilder().path("submissions").path(entry.submission().getId()).build())
                .entity(SubmissionsResource.SubmissionOutput.of(entry)).build();
    }

    /**
     * The part's filename. Browsers and curl send its UTF-8 bytes as they are, which the multipart
     * parser reads as ISO-8859-1: decoded again as UTF-8 when they are valid UTF-8.
     */
    static String fileName(EntityPart part) {
        String name = part.getFileName().orElse(null);
        if (name == null || name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return name;
        }
    }

    @GET
    @Operation(summary = "The submissions of an assignment, latest first, with their status and grade (the learner, its trainers)")
    public List<SubmissionsResource.SubmissionOutput> list(@PathParam("id") String id, @PathParam("activity") String activity) {
        return assignments.history(current.require(), id, activity).stream().map(SubmissionsResource.SubmissionOutput::of).toList();
    }
}
