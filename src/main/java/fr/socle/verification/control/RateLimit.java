package fr.socle.verification.control;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code perMinute} requests a minute on average, bursts up to the same
 * number. It keeps public verification from being used to enumerate codes. Zero disables it.
 * Buckets of clients not seen for a while are dropped when the map grows.
 */
public final class RateLimit {

    private static final int MAX_CLIENTS = 100_000;
    private final int perMinute;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimit(int perMinute) {
        this.perMinute = perMinute;
    }

    private static final class Bucket {
        double tokens;
        long lastNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastNanos = now;
        }
    }

    /** Takes one token for this client at this time (nanoseconds); false when it has none left. */
    public boolean tryAcquire(String client, long nowNanos) {
        if (perMinute <= 0) {
            return true;
        }
        if (buckets.size() > MAX_CLIENTS) {
            buckets.entrySet().removeIf(e -> nowNanos - e.getValue().lastNanos > 60_000_000_000L);
        }
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(perMinute, nowNanos));
        synchronized (b) {
            double refill = (nowNanos - b.lastNanos) / 60_000_000_000.0 * perMinute;
            b.tokens = Math.min(perMinute, b.tokens + Math.max(0, refill));
            b.lastNanos = nowNanos;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return true;
            }
            return false;
        }
    }

    /** Seconds until this client has a token again (for Retry-After). */
    public long retryAfterSeconds() {
        return perMinute <= 0 ? 0 : Math.max(1, 60 / perMinute);
    }
}
