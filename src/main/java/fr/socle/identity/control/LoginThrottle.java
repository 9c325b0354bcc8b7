package fr.socle.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Growing waits after failed sign-ins, per client and per account, instead of a lock-out.
 *
 * <ul>
 *   <li><b>Per client</b> (its address, an IPv6 /64): {@code clientFreeFailures} failures cost nothing; each
 *       further one makes the client wait {@code firstDelay}, then twice as long at each failure, up to
 *       {@code clientMaxDelay}. While it waits, every attempt from it is refused without checking any
 *       password. A success does not wipe a client's record (an attacker would sign in to an account of
 *       their own between guesses): the record is forgotten {@code forgetAfter} after its last failure.</li>
 *   <li><b>Per account</b> (the typed e-mail, whether an account has it or not, so that the answers never
 *       tell): the same after {@code accountFreeFailures} consecutive failures, up to {@code accountMaxDelay}
 *       (a few minutes). A success ends it. While an account waits, only clients that have no failure on
 *       record, or from which this account signed in within {@code knownFor}, still have their password
 *       checked: the real user, from a clean or usual address, is never locked out by an attacker
 *       elsewhere, while an attacker spread over many addresses gets one guess per address and per
 *       {@code forgetAfter} at an account under attack.</li>
 * </ul>
 *
 * An attempt counts as a failure from the moment it is let through ({@link #begin}), so that many
 * attempts at once cannot all slip in before the first one fails; {@link #succeeded} and
 * {@link #abandoned} take it back. Kept in memory, per instance; the time is injected.
 */
public final class LoginThrottle {

    /** Above this many records, stale ones are dropped (at most once a minute). */
    static final int MAX_RECORDS = 100_000;
    private static final int KNOWN_PER_ACCOUNT = 5;

    /** The rules; {@link #defaults()} is what Socle runs with unless configured otherwise. */
    public record Settings(int clientFreeFailures, int accountFreeFailures, Duration firstDelay,
                           Duration clientMaxDelay, Duration accountMaxDelay, Duration forgetAfter, Duration knownFor) {

        public Settings {
            if (clientFreeFailures < 0 || accountFreeFailures < 0) {
                throw new IllegalArgumentException("free failures must not be negative");
            }
            if (firstDelay.isNegative() || firstDelay.isZero() || clientMaxDelay.compareTo(firstDelay) < 0
                    || accountMaxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("delays must be positive, the longest at least the first");
            }
            if (forgetAfter.compareTo(clientMaxDelay) <= 0 || forgetAfter.compareTo(accountMaxDelay) <= 0) {
                throw new IllegalArgumentException("failures must be remembered longer than the longest delay");
            }
        }

        public static Settings defaults() {
            return new Settings(10, 5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(5),
                    Duration.ofHours(1), Duration.ofDays(30));
        }

        public Settings withLimits(int clientFree, int accountFree, Duration clientMax, Duration accountMax) {
            Duration forget = forgetAfter;
            Duration longest = clientMax.compareTo(accountMax) > 0 ? clientMax : accountMax;
            if (forget.compareTo(longest) <= 0) {
                forget = longest.multipliedBy(4);
            }
            return new Settings(clientFree, accountFree, firstDelay, clientMax, accountMax, forget, knownFor);
        }
    }

    private static final class Failures {
        int count;
        Instant last;
        Instant until;
    }

    private final Settings settings;
    private final Supplier<Instant> clock;
    private final Map<String, Failures> clients = new HashMap<>();
    private final Map<String, Failures> accounts = new HashMap<>();
    private final Map<String, LinkedHashMap<String, Instant>> known = new HashMap<>();
    private Instant lastPrune = Instant.EPOCH;

    public LoginThrottle(Settings settings, Supplier<Instant> clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Before a password is checked: empty when the attempt may go on (it is then counted as a failure
     * until {@link #succeeded} or {@link #abandoned} says otherwise), or how long to wait.
     */
    public synchronized Optional<Duration> begin(String client, String account) {
        Instant now = clock.get();
        prune(now);
        Failures c = current(clients, client, now);
        if (c != null && c.until != null && now.isBefore(c.until)) {
            return Optional.of(Duration.between(now, c.until));
        }
        Failures a = current(accounts, account, now);
        if (a != null && a.until != null && now.isBefore(a.until) && !(c == null || c.count == 0) && !isKnown(account, client, now)) {
            return Optional.of(Duration.between(now, a.until));
        }
        count(clients, client, settings.clientFreeFailures(), settings.clientMaxDelay(), now);
        count(accounts, account, settings.accountFreeFailures(), settings.accountMaxDelay(), now);
        return Optional.empty();
    }

    /** The password was wrong: the waits run from now. */
    public synchronized void failed(String client, String account) {
        Instant now = clock.get();
        restart(clients.get(client), settings.clientFreeFailures(), settings.clientMaxDelay(), now);
        restart(accounts.get(account), settings.accountFreeFailures(), settings.accountMaxDelay(), now);
    }

    /** The password was right: the account starts afresh and remembers the client; the client's attempt is taken back. */
    public synchronized void succeeded(String client, String account) {
        Instant now = clock.get();
        takeBack(clients, client, settings.clientFreeFailures());
        accounts.remove(account);
        LinkedHashMap<String, Instant> mine = known.computeIfAbsent(account, k -> new LinkedHashMap<>());
        mine.remove(client);
        mine.put(client, now);
        if (mine.size() > KNOWN_PER_ACCOUNT) {
            Iterator<String> oldest = mine.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** The password could not be checked (the server was busy): the attempt counts for nothing. */
    public synchronized void abandoned(String client, String account) {
        takeBack(clients, client, settings.clientFreeFailures());
        takeBack(accounts, account, settings.accountFreeFailures());
    }

    /** How long a key would wait after {@code count} failures of which {@code free} are free. */
    static Duration delay(int count, int free, Duration first, Duration max) {
        if (count <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - free - 1, 30);
        Duration d = first.multipliedBy(1L << doublings);
        return d.compareTo(max) > 0 ? max : d;
    }

    private Failures current(Map<String, Failures> map, String key, Instant now) {
        Failures f = map.get(key);
        if (f != null && forgotten(f, now)) {
            map.remove(key);
            return null;
        }
        return f;
    }

    private boolean forgotten(Failures f, Instant now) {
        return f.last == null || !now.isBefore(f.last.plus(settings.forgetAfter()));
    }

    private void count(Map<String, Failures> map, String key, int free, Duration max, Instant now) {
        Failures f = map.computeIfAbsent(key, k -> new Failures());
        f.count++;
        restart(f, free, max, now);
    }

    private void restart(Failures f, int free, Duration max, Instant now) {
        if (f == null) {
            return;
        }
        f.last = now;
        if (f.count > free) {
            Instant until = now.plus(delay(f.count, free, settings.firstDelay(), max));
            f.until = f.until == null || until.isAfter(f.until) ? until : f.until;
        }
    }

    private static void takeBack(Map<String, Failures> map, String key, int free) {
        Failures f = map.get(key);
        if (f == null) {
            return;
        }
        f.count = Math.max(0, f.count - 1);
        if (f.count <= free) {
            f.until = null;
        }
        if (f.count == 0) {
            map.remove(key);
        }
    }

    private boolean isKnown(String account, String client, Instant now) {
        LinkedHashMap<String, Instant> mine = known.get(account);
        Instant at = mine == null ? null : mine.get(client);
        return at != null && now.isBefore(at.plus(settings.knownFor()));
    }

    private void prune(Instant now) {
        int size = clients.size() + accounts.size() + known.size();
        if (size <= MAX_RECORDS || now.isBefore(lastPrune.plus(Duration.ofMinutes(1)))) {
            return;
        }
        lastPrune = now;
        clients.values().removeIf(f -> forgotten(f, now));
        accounts.values().removeIf(f -> forgotten(f, now));
        known.values().removeIf(m -> {
            m.values().removeIf(at -> !now.isBefore(at.plus(settings.knownFor())));
            return m.isEmpty();
        });
    }

    /** Records held (for tests and metrics). */
    synchronized int size() {
        return clients.size() + accounts.size() + known.size();
    }
}
