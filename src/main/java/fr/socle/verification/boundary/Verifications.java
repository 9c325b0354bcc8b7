package fr.socle.verification.boundary;

import fr.socle.platform.Formats;
import fr.socle.certification.boundary.Certificates;
import fr.socle.certification.boundary.Verification;
import fr.socle.certification.control.VerificationCodes;
import fr.socle.verification.control.RateLimit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Public verification of a code, as the page and the API answer it. Answers for known codes are
 * kept for a short while (revocation and reissue on this instance drop them at once; other instances
 * of a cluster see them within {@code socle.verify.cache-seconds}); unknown codes are never kept, so
 * guessing codes costs a database look-up each and meets the rate limit.
 */
@ApplicationScoped
public class Verifications {

    private static final int MAX_CACHED = 200_000;

    @Inject
    Certificates certificates;

    @Inject
    @ConfigProperty(name = "socle.verify.rate-per-minute", defaultValue = "60")
    int perMinute;

    @Inject
    @ConfigProperty(name = "socle.verify.cache-seconds", defaultValue = "30")
    int cacheSeconds;

    private RateLimit limit;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Verification verification, String json, long until, LocalDate day) {
    }

    /** JSON-B, as JAX-RS writes records; made once, thread-safe. */
    private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

    @PostConstruct
    void init() {
        limit = new RateLimit(perMinute);
    }

    /** Whether this client may verify now. */
    public boolean allowed(String client) {
        return limit.tryAcquire(client, System.nanoTime());
    }

    public long retryAfterSeconds() {
        return limit.retryAfterSeconds();
    }

    /** The answer for a code, empty when unknown or malformed. */
    public Optional<Verification> verify(String typed) {
        return cached(typed).map(Cached::verification);
    }

    /** The same answer as JSON, written once per code while it is kept: the public API's hot path. */
    public Optional<String> verifyJson(String typed) {
        return cached(typed).map(Cached::json);
    }

    private Optional<Cached> cached(String typed) {
        String code = VerificationCodes.normalise(typed);
        if (!VerificationCodes.wellFormed(code)) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        LocalDate today = LocalDate.now(Formats.PARIS);
        Cached hit = cache.get(code);
        if (hit != null && hit.until - now > 0 && hit.day.equals(today)) {
            return Optional.of(hit);
        }
        Optional<Cached> answer = certificates.verify(code).map(v -> new Cached(v, JSON.toJson(v), now + cacheSeconds * 1_000_000_000L, today));
        if (answer.isPresent() && cacheSeconds > 0) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(code, answer.get());
        }
        return answer;
    }

    /** Drops what is kept of a code whose status changed (revoked, superseded). */
    void forget(@Observes Certificates.CertificateChanged changed) {
        cache.remove(changed.code());
    }
}
