package fr.socle.platform;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** Bean Validation failures at the API's boundary: 400, each field with its reason, in the caller's language. */
@Provider
public class ValidationErrors implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Inject
    ValidatorFactory validation;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        Locale locale = Messages.supported(headers.getAcceptableLanguages());
        List<String> details = failure.getConstraintViolations().stream()
                .map(v -> field(v) + ": " + interpolate(v, locale))
                .sorted()
                .toList();
        return ApiError.response(400, Messages.get(locale, "socle.api.invalid"), details);
    }

    private String interpolate(ConstraintViolation<?> v, Locale locale) {
        try {
            return validation.getMessageInterpolator().interpolate(v.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return v.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return v.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new jakarta.validation.ValidationException("unsupported");
                }
            }, locale);
        } catch (RuntimeException e) {
            return v.getMessage();
        }
    }

    /** "create.input.name" becomes "name": the caller knows its own field names, not our methods'. */
    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""); // "halfDays[0].<list element>": "halfDays[0]"
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts.length == 2 ? "body" : path;
    }
}
