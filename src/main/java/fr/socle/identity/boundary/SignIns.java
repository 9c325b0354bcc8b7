package fr.socle.identity.boundary;

import fr.socle.platform.Caller;
import fr.socle.identity.control.LoginThrottle;
import fr.socle.identity.control.PasswordChecks;
import fr.socle.identity.control.PasswordHasher;
import fr.socle.identity.control.PasswordPolicy;
import fr.socle.identity.entity.Account;
import fr.socle.platform.Clock;
import fr.socle.platform.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checking a password (the login page, HTTP Basic on the API, the current password on "my account"),
 * so that guessing is slow and costly to the guesser only:
 * <ol>
 *   <li>the {@link LoginThrottle} may refuse the attempt outright (429, with how long to wait), per client
 *       and per account, before any work;</li>
 *   <li>the PBKDF2 work runs in the bounded {@link PasswordChecks}: when it is full, the attempt is refused
 *       (429, "try again in a moment") without hashing;</li>
 *   <li>an unknown e-mail is checked against a decoy hash, so that it answers like a wrong password, in
 *       as long, and counts the same in the throttle.</li>
 * </ol>
 * No transaction is open while hashing. The throttle lives in memory, per instance.
 */
@ApplicationScoped
public class SignIns {

    /** How an attempt went. THROTTLED and BUSY checked no password. */
    public enum Outcome { SUCCESS, INVALID, THROTTLED, BUSY }

    /**
     * @param accountId  on SUCCESS only
     * @param generation the credentials generation a web session signs in under (SUCCESS only)
     * @param retryAfter how long to wait (THROTTLED, BUSY)
     */
    public record Attempt(Outcome outcome, String accountId, long generation, Duration retryAfter) {

        static Attempt of(Outcome outcome) {
            return new Attempt(outcome, null, 0, outcome == Outcome.BUSY ? Duration.ofSeconds(1) : Duration.ZERO);
        }

        /** Whole seconds to wait, at least one (for Retry-After and the messages). */
        public long retryAfterSeconds() {
            long s = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
            return Math.max(1, s);
        }

        public boolean refused() {
            return outcome == Outcome.THROTTLED || outcome == Outcome.BUSY;
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "socle.password.iterations", defaultValue = "600000")
    int iterations;

    @Inject
    @ConfigProperty(name = "socle.login.client-free-failures", defaultValue = "10")
    int clientFreeFailures;

    @Inject
    @ConfigProperty(name = "socle.login.account-free-failures", defaultValue = "5")
    int accountFreeFailures;

    @Inject
    @ConfigProperty(name = "socle.login.client-max-delay-seconds", defaultValue = "900")
    int clientMaxDelaySeconds;

    @Inject
    @ConfigProperty(name = "socle.login.account-max-delay-seconds", defaultValue = "300")
    int accountMaxDelaySeconds;

    /** 0: as many as the processors. */
    @Inject
    @ConfigProperty(name = "socle.login.hashing-threads", defaultValue = "0")
    int hashingThreads;

    @Inject
    @ConfigProperty(name = "socle.login.hashing-queue", defaultValue = "16")
    int hashingQueue;

    private LoginThrottle throttle;
    private PasswordChecks checks;
    private PasswordHasher hasher;
    /** Checked against when an e-mail is unknown, so that both answers take as long. */
    private String decoyHash;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(LoginThrottle.Settings.defaults().withLimits(clientFreeFailures, accountFreeFailures,
                Duration.ofSeconds(clientMaxDelaySeconds), Duration.ofSeconds(accountMaxDelaySeconds)), clock::now);
        checks = new PasswordChecks(hashingThreads > 0 ? hashingThreads : PasswordChecks.defaultRunning(), hashingQueue,
                Duration.ofSeconds(5));
        hasher = new PasswordHasher(iterations);
        decoyHash = hasher.hash("decoy-password-never-used".toCharArray());
    }

    /** For tests: the parts, without a container. */
    void use(Accounts accounts, LoginThrottle throttle, PasswordChecks checks, PasswordHasher hasher) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.checks = checks;
        this.hasher = hasher;
        this.decoyHash = hasher.hash("decoy-password-never-used".toCharArray());
    }

    /** A sign-in with an e-mail and a password, from a client (its {@code Clients.key}). */
    public Attempt authenticate(String email, String password, String client) {
        String account = throttleKey(email);
        Optional<Duration> wait = throttle.begin(client, account);
        if (wait.isPresent()) {
            return new Attempt(Outcome.THROTTLED, null, 0, wait.get());
        }
        char[] secret = password == null ? new char[0] : password.toCharArray();
        Optional<Attempt> checked = check(client, account, () -> {
            Accounts.StoredPassword stored = account.isEmpty() ? null : accounts.storedPassword(email).orElse(null);
            boolean right = hasher.verify(secret, stored == null ? decoyHash : stored.hash());
            if (stored == null || !right || !stored.active()) {
                return Attempt.of(Outcome.INVALID);
            }
            String rehash = hasher.needsRehash(stored.hash()) ? hasher.hash(secret) : null;
            long generation = accounts.signedIn(stored.accountId(), rehash);
            return new Attempt(Outcome.SUCCESS, stored.accountId(), generation, Duration.ZERO);
        });
        return settle(client, account, checked);
    }

    /**
     * A person changes their own password, proving the current one (throttled like a sign-in): ends the
     * account's other web sessions and revokes its API tokens. On SUCCESS, {@code generation} is the one
     * the changing session goes on under. A wrong current password is a 400.
     */
    public Attempt changeOwnPassword(Caller caller, String current, String replacement, String client) {
        if (!PasswordPolicy.accepts(replacement)) {
            throw Problem.badRequest("socle.account.password.size");
        }
        String account = throttleKey(caller.email());
        Optional<Duration> wait = throttle.begin(client, account);
        if (wait.isPresent()) {
            return new Attempt(Outcome.THROTTLED, null, 0, wait.get());
        }
        char[] secret = current == null ? new char[0] : current.toCharArray();
        Optional<Attempt> checked = check(client, account, () -> {
            Accounts.StoredPassword stored = accounts.storedPasswordOf(caller.accountId()).orElse(null);
            if (stored == null || !hasher.verify(secret, stored.hash())) {
                return Attempt.of(Outcome.INVALID);
            }
            long generation = accounts.replaceOwnPassword(caller, hasher.hash(replacement.toCharArray()));
            return new Attempt(Outcome.SUCCESS, stored.accountId(), generation, Duration.ZERO);
        });
        Attempt a = settle(client, account, checked);
        if (a.outcome() == Outcome.INVALID) {
            throw Problem.badRequest("socle.account.password.wrong");
        }
        return a;
    }

    /** The work in the bounded pool; a failure of the work itself (the database) counts for nothing in the throttle. */
    private Optional<Attempt> check(String client, String account, java.util.function.Supplier<Attempt> work) {
        try {
            return checks.run(work);
        } catch (RuntimeException e) {
            throttle.abandoned(client, account);
            throw e;
        }
    }

    private Attempt settle(String client, String account, Optional<Attempt> checked) {
        if (checked.isEmpty()) {
            throttle.abandoned(client, account);
            return Attempt.of(Outcome.BUSY);
        }
        if (checked.get().outcome() == Outcome.SUCCESS) {
            throttle.succeeded(client, account);
        } else {
            throttle.failed(client, account);
        }
        return checked.get();
    }

    /** The account an attempt is counted against: the e-mail as typed, normalised, known or not (bounded in size). */
    static String throttleKey(String email) {
        String e = Account.normaliseEmail(email);
        if (e == null) {
            return "";
        }
        return e.length() > 254 ? e.substring(0, 254) : e;
    }
}
