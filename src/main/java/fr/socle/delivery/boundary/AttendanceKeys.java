package fr.socle.delivery.boundary;

import fr.socle.delivery.entity.AttendanceKey;
import fr.socle.platform.Clock;
import fr.socle.platform.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key of the trainers' QR codes: {@code SOCLE_ATTENDANCE_SECRET} when set (at least 32
 * characters), otherwise a random key made at first use and kept in the database, so that every
 * instance of a cluster accepts the codes any of them shows.
 */
@ApplicationScoped
public class AttendanceKeys {

    private static final Logger LOG = Logger.getLogger(AttendanceKeys.class.getName());
    static final int MIN_SECRET_LENGTH = 32;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "socle.attendance.secret")
    Optional<String> configured;

    /**
     * The key, in a transaction of its own: read, or made and stored when there is none yet. Two
     * instances making one at the same moment: one insert fails, and the caller asks again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] key() {
        Optional<byte[]> secret = configuredKey();
        if (secret.isPresent()) {
            return secret.get();
        }
        AttendanceKey stored = em.find(AttendanceKey.class, AttendanceKey.QR);
        if (stored == null) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            stored = new AttendanceKey(random, clock.now());
            em.persist(stored);
            em.flush();
            LOG.info("A random key for the attendance QR codes was made and stored (set SOCLE_ATTENDANCE_SECRET to choose one)");
        }
        return stored.bytes();
    }

    /** At start-up: a configured secret too short to be a key stops the start, saying what to set. */
    void onStart(@Observes SchemaReady ready) {
        configuredKey();
    }

    private Optional<byte[]> configuredKey() {
        if (configured.isEmpty() || configured.get().isBlank()) {
            return Optional.empty();
        }
        String secret = configured.get().strip();
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("SOCLE_ATTENDANCE_SECRET has " + secret.length() + " characters: set it to " + MIN_SECRET_LENGTH
                    + " random characters at least, or leave it unset for a random key kept in the database");
        }
        return Optional.of(secret.getBytes(StandardCharsets.UTF_8));
    }
}
