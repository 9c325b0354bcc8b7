package fr.socle.agrement.boundary;

import fr.socle.platform.Clock;
import fr.socle.platform.Mailer;
import fr.socle.platform.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily check of the agréments: sends each due warning once to the training body's
 * administrators. Runs shortly after start ({@code socle.agrement.check-delay-seconds}), then every
 * 24 hours, and on demand (POST /api/v1/agrements/check). One run at a time on an instance; across
 * instances the unique (agrément, threshold) row keeps a warning from going twice.
 */
@ApplicationScoped
public class AgrementChecks {

    private static final Logger LOG = Logger.getLogger(AgrementChecks.class.getName());

    /** What a run did. */
    public record Outcome(int due, int sent, int failed) {
    }

    @Inject
    Clock clock;

    @Inject
    Agrements agrements;

    @Inject
    Mailer mailer;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "socle.agrement.check-delay-seconds", defaultValue = "60")
    long delaySeconds;

    private ScheduledFuture<?> daily;

    /**
     * Scheduled first of the start-up observers: the scheduler captures the start-up's context, and an
     * entity manager used outside a transaction by a later observer (the certificates' catch-up) would
     * otherwise be closed a second time after every run, with a SEVERE in the log. The first run still
     * comes {@code check-delay-seconds} later.
     */
    void onSchemaReady(@Observes @Priority(1) SchemaReady ready) {
        daily = scheduler.scheduleAtFixedRate(this::runQuietly, Math.max(0, delaySeconds), TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (daily != null) {
            daily.cancel(false);
        }
    }

    private void runQuietly() {
        try {
            Outcome o = run(clock.today());
            if (o.due() > 0) {
                LOG.info(() -> "Agrément check: " + o);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Agrément check failed", e);
        }
    }

    /** Sends the warnings due on {@code day}; a failed one stays due for the next run. */
    public synchronized Outcome run(LocalDate day) {
        if (!mailer.enabled()) {
            return new Outcome(0, 0, 0);
        }
        var due = agrements.due(day);
        int sent = 0;
        int failed = 0;
        for (Agrements.Due d : due) {
            try {
                if (agrements.remind(d, day) > 0) {
                    sent++;
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Agrément warning " + d + " not sent, tried again next run: " + e.getMessage());
            }
        }
        return new Outcome(due.size(), sent, failed);
    }
}
