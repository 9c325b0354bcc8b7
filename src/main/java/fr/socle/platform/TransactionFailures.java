package fr.socle.platform;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Failures of a facade's transaction at commit (two callers changing the same row: an optimistic lock; a
 * unique key): the {@code @Transactional} interceptor wraps them in a {@link TransactionalException}, for
 * which Jersey's own mapper only rethrows (an empty 500). Answered like every other failure by
 * {@link ApiErrors}, from what caused it (409 for a concurrent change or a conflict). Ranked before
 * Jersey's mapper of the same type.
 */
@Provider
@Priority(Priorities.USER - 100)
public class TransactionFailures implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException failure) {
        return ApiErrors.respond(failure.getCause() == null ? failure : failure.getCause(), ApiErrors.locale(headers));
    }
}
