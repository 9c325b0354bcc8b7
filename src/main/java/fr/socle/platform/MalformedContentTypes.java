package fr.socle.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * A Content-Type header that is no media type ("not a media type") makes Jersey answer an empty 400 while it
 * picks the method, before any mapper: refused here first, with the API's JSON error saying what is wrong.
 */
@Provider
@PreMatching
public class MalformedContentTypes implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return;
        }
        try {
            MediaType.valueOf(type);
        } catch (IllegalArgumentException e) {
            request.abortWith(ApiError.response(400, Messages.get(locale(request), "socle.api.badContentType"), null));
        }
    }

    private static Locale locale(ContainerRequestContext request) {
        try {
            return Messages.supported(request.getAcceptableLanguages());
        } catch (RuntimeException e) {
            return Messages.DEFAULT;
        }
    }
}
