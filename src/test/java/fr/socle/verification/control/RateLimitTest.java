package fr.socle.verification.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstUpToTheLimitThenRefusedUntilTimeRefills() {
        RateLimit limit = new RateLimit(60);
        for (int i = 0; i < 60; i++) {
            assertTrue(limit.tryAcquire("1.2.3.4", 0));
        }
        assertFalse(limit.tryAcquire("1.2.3.4", 0));
        assertFalse(limit.tryAcquire("1.2.3.4", SECOND / 2));
        assertTrue(limit.tryAcquire("1.2.3.4", SECOND + SECOND / 10));
        assertFalse(limit.tryAcquire("1.2.3.4", SECOND + SECOND / 5));
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimit limit = new RateLimit(1);
        assertTrue(limit.tryAcquire("a", 0));
        assertFalse(limit.tryAcquire("a", 0));
        assertTrue(limit.tryAcquire("b", 0));
    }

    @Test
    void zeroMeansNoLimit() {
        RateLimit limit = new RateLimit(0);
        for (int i = 0; i < 10_000; i++) {
            assertTrue(limit.tryAcquire("a", 0));
        }
    }
}
