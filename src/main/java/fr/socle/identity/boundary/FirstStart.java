package fr.socle.identity.boundary;

import fr.socle.platform.SchemaReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates the first platform administrator from SOCLE_ADMIN_EMAIL and SOCLE_ADMIN_PASSWORD. */
@ApplicationScoped
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "socle.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "socle.admin.password")
    Optional<String> password;

    void onSchemaReady(@Observes @Priority(100) SchemaReady ready) {
        if (email.isEmpty() || password.isEmpty()) {
            LOG.info("SOCLE_ADMIN_EMAIL / SOCLE_ADMIN_PASSWORD not set: no platform administrator created from the environment");
            return;
        }
        if (accounts.ensurePlatformAdmin(email.get(), password.get(), "Administrateur de la plateforme")) {
            LOG.info(() -> "First platform administrator created: " + email.get());
        }
    }
}
