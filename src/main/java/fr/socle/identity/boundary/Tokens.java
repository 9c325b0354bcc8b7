package fr.socle.identity.boundary;

import fr.socle.platform.Caller;
import fr.socle.identity.control.TokenDigest;
import fr.socle.identity.entity.Account;
import fr.socle.identity.entity.ApiToken;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Bearer tokens for the REST API: issued against a password, stored hashed, revocable, expiring. */
@ApplicationScoped
@Transactional
public class Tokens {

    public static final int MAX_DAYS = 365;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "socle.api.token-days", defaultValue = "30")
    int defaultDays;

    /** The new token, shown once: only its hash is kept. */
    public record Issued(String token, ApiToken record) {
    }

    public Issued issue(String accountId, String label, Integer days) {
        int validity = days == null ? defaultDays : days;
        if (validity < 1 || validity > MAX_DAYS) {
            throw Problem.badRequest("socle.token.days", MAX_DAYS);
        }
        Account account = em.find(Account.class, accountId);
        var now = clock.now();
        String token = TokenDigest.newToken();
        String name = label == null || label.isBlank() ? "api" : label.strip();
        ApiToken record = new ApiToken(account, TokenDigest.sha256(token), name.length() > 100 ? name.substring(0, 100) : name,
                now, now.plus(Duration.ofDays(validity)));
        em.persist(record);
        return new Issued(token, record);
    }

    /** The account a presented token stands for, if the token is known, unrevoked and unexpired. */
    public Optional<String> accountOf(String token) {
        if (token == null || !token.startsWith(TokenDigest.PREFIX)) {
            return Optional.empty();
        }
        var now = clock.now();
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", TokenDigest.sha256(token)).getResultStream()
                .filter(t -> t.isUsable(now))
                .peek(t -> t.used(now))
                .map(t -> t.getAccount().getId())
                .findFirst();
    }

    public List<ApiToken> mine(Caller caller) {
        return em.createNamedQuery(ApiToken.OF_ACCOUNT, ApiToken.class).setParameter("account", caller.accountId())
                .getResultList();
    }

    public void revoke(Caller caller, String id) {
        ApiToken t = id == null ? null : em.find(ApiToken.class, id);
        if (t == null || !t.getAccount().getId().equals(caller.accountId())) {
            throw Problem.notFound("socle.token.notFound");
        }
        t.revoke(clock.now());
    }
}
