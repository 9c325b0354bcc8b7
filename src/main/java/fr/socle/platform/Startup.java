package fr.socle.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the versioned migrations of {@code db/migration} (the same
 * files on H2 and MySQL/MariaDB), then tells the features that they may start. A failed
 * migration fails the deployment: Socle never runs on a schema it does not know.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Inject
    Event<SchemaReady> ready;

    private volatile String schemaVersion = "none";

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        Flyway flyway = flyway();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        schemaVersion = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now, on " + result.database + ")");
        ready.fire(new SchemaReady(schemaVersion, context instanceof jakarta.servlet.ServletContext servlet ? servlet : null));
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /** Migrations still to apply: zero once start-up is done. */
    public int pendingMigrations() {
        return flyway().info().pending().length;
    }

    private Flyway flyway() {
        return Flyway.configure(Startup.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }
}
