package fr.socle.learning.boundary;

import fr.socle.learning.entity.XapiStatement;
import fr.socle.platform.ApiAccess;
import fr.socle.platform.CurrentCaller;
import fr.socle.platform.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The learning events as xAPI statements, for an external LRS. */
@Path("xapi/statements")
@Produces(MediaType.APPLICATION_JSON)
@ApiAccess
@Tag(name = "xAPI")
public class XapiResource {

    @Inject
    LearningRecords records;

    @Inject
    CurrentCaller current;

    @GET
    @Operation(summary = "xAPI statements the caller may read, oldest first; filter by learner (account id) and by date "
            + "(since, until: ISO-8601 instants); at most 500 per call, page with since")
    public Response statements(@QueryParam("learner") String learner, @QueryParam("since") String since,
                               @QueryParam("until") String until, @QueryParam("limit") @DefaultValue("100") int limit) {
        var list = records.statements(current.require(), learner, instant(since), instant(until), limit);
        String body = list.stream().map(XapiStatement::getStatement)
                .collect(java.util.stream.Collectors.joining(",", "{\"statements\":[", "]}"));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header("X-Experience-API-Version", "1.0.3").build();
    }

    private static Instant instant(String value) {
        try {
            return value == null || value.isBlank() ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("socle.xapi.badDate");
        }
    }
}
