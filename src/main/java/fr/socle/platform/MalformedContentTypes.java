package fr.socle.platform;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * A Content-Type header that is no media type ("not a media type") makes Jersey's servlet answer an empty 400
 * before the application and its error mappers see the request: refused here first, with the API's JSON error
 * saying what is wrong.
 */
@WebFilter("/api/*")
public class MalformedContentTypes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null) {
            try {
                MediaType.valueOf(type);
            } catch (IllegalArgumentException e) {
                String message = Messages.get(Messages.supported(Collections.list(request.getLocales())), "socle.api.badContentType");
                response.setStatus(400);
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getOutputStream().write(Json.createObjectBuilder().add("status", 400).add("error", "Bad Request")
                        .add("message", message).build().toString().getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
