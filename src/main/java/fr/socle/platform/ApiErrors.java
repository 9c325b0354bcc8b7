package fr.socle.platform;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of the API into a JSON error with the right status; never a stack trace. */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    jakarta.servlet.http.HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = locale(headers);
        if (request != null && request.getAttribute(BodyLimits.EXCEEDED) instanceof Long limit) {
            // A body counted past its route's limit, whatever the reader made of the interrupted stream.
            return Response.fromResponse(ApiError.response(413, Messages.get(locale, "socle.body.tooLarge", BodyLimits.megabytes(limit)), null))
                    .header("Connection", "close").build();
        }
        return respond(failure, locale);
    }

    /** The answer to a failure, in a language (also for failures at commit, see {@link TransactionFailures}). */
    static Response respond(Throwable failure, Locale locale) {
        Problem problem = find(failure, Problem.class);
        if (problem != null) {
            return ApiError.response(problem.kind().status, problem.message(locale), problem.details(locale));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            if (find(failure, JsonbException.class) != null) {
                return ApiError.response(400, Messages.get(locale, "socle.api.badJson"), null);
            }
            String key = "socle.http." + status;
            String message = Messages.get(locale, key);
            return ApiError.response(status, message.equals(key) ? Messages.get(locale, "socle.http.other") : message, null);
        }
        if (find(failure, JsonbException.class) != null || failure instanceof ProcessingException) {
            return ApiError.response(400, Messages.get(locale, "socle.api.badJson"), null);
        }
        if (failure instanceof IllegalArgumentException) {
            // An entity refused a value that slipped past validation: the caller's input, not a crash.
            LOG.log(Level.FINE, "Refused by an entity's invariant", failure);
            return ApiError.response(400, Messages.get(locale, "socle.api.invalid"), null);
        }
        if (find(failure, OptimisticLockException.class) != null) {
            return ApiError.response(409, Messages.get(locale, "socle.concurrentChange"), null);
        }
        if (isConstraintViolation(failure)) {
            return ApiError.response(409, Messages.get(locale, "socle.conflict"), null);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " while serving an API call", failure);
        return ApiError.response(500, Messages.get(locale, "socle.internalError", incident), null);
    }

    /** The caller's language among French and English; French when it says none. */
    public static Locale locale(jakarta.ws.rs.core.HttpHeaders headers) {
        try {
            return Messages.supported(headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            return Messages.DEFAULT;
        }
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A unique or foreign key the database refused (SQL state class 23). */
    static boolean isConstraintViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
