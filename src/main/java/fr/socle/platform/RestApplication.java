package fr.socle.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The REST API, under /api/v1. Its OpenAPI description is served at /openapi. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Socle API", version = "1",
                description = "Training and certification for French digital mediation. Errors are JSON "
                        + "{status, error, message}; authenticate with a bearer token from POST /api/v1/tokens."),
        security = @SecurityRequirement(name = "bearer"))
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer"),
    @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
})
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Errors carry a JSON body; never let the container swap it for an HTML error page.
        return Map.of("jersey.config.server.response.setStatusOverSendError", true,
                "jersey.config.server.wadl.disableWadl", true);
    }
}
