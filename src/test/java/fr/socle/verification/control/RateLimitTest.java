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

    /** The keys the verification page and API count clients under (platform.Clients): what a proxy vouches for, IPv6 by /64. */
    @Test
    void clientsAreCountedUnderTheirForwardedAddressOnlyBehindATrustedProxyAndIpv6ByTheirSlash64() {
        fr.socle.platform.ClientAddress rules = new fr.socle.platform.ClientAddress("10.0.0.5");
        RateLimit limit = new RateLimit(1);
        assertTrue(limit.tryAcquire(key(rules, "10.0.0.5", "198.51.100.1"), 0));
        assertTrue(limit.tryAcquire(key(rules, "10.0.0.5", "198.51.100.2"), 0), "another client behind the same proxy");
        assertFalse(limit.tryAcquire(key(rules, "10.0.0.5", "198.51.100.1"), 0));
        assertTrue(limit.tryAcquire(key(rules, "203.0.113.9", "198.51.100.3"), 0));
        assertFalse(limit.tryAcquire(key(rules, "203.0.113.9", "198.51.100.4"), 0), "an untrusted peer cannot pick a new address");
        assertTrue(limit.tryAcquire(key(rules, "10.0.0.5", "2001:db8:1:2::1"), 0));
        assertFalse(limit.tryAcquire(key(rules, "10.0.0.5", "2001:db8:1:2:ffff::9"), 0), "the same /64");
        assertTrue(limit.tryAcquire(key(rules, "10.0.0.5", "2001:db8:1:3::1"), 0), "another /64");
    }

    private static String key(fr.socle.platform.ClientAddress rules, String peer, String forwardedFor) {
        return fr.socle.platform.ClientAddress.key(rules.client(peer, forwardedFor));
    }
}
