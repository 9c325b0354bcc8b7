package fr.socle.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The body of every API error: {"status": 404, "error": "Not Found", "message": "..."}. */
public record ApiError(int status, String error, String message, List<String> details) {

    public static Response response(int status, String message, List<String> details) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String reason = type == null ? "Error" : type.getReasonPhrase();
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, reason, message, details == null || details.isEmpty() ? null : details));
        if (status == 401) {
            builder.header("WWW-Authenticate", "Bearer realm=\"Socle\"");
        }
        return builder.build();
    }
}
