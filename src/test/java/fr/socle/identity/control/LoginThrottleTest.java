package fr.socle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The growing waits of sign-in, with the time in the test's hands. Defaults: 10 free per client, 5 per account. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottle.Settings.defaults(), () -> now);

    private void pass(Duration d) {
        now = now.plus(d);
    }

    /** An attempt that is let through and whose password is wrong; false when it was refused. */
    private boolean fail(String client, String account) {
        if (throttle.begin(client, account).isPresent()) {
            return false;
        }
        throttle.failed(client, account);
        return true;
    }

    private boolean succeed(String client, String account) {
        if (throttle.begin(client, account).isPresent()) {
            return false;
        }
        throttle.succeeded(client, account);
        return true;
    }

    private Optional<Duration> refusal(String client, String account) {
        Optional<Duration> w = throttle.begin(client, account);
        if (w.isEmpty()) {
            throttle.abandoned(client, account);
        }
        return w;
    }

    @Test
    void theDelayDoublesFromTheFirstDelayAndStopsAtTheCap() {
        Duration first = Duration.ofSeconds(1);
        Duration max = Duration.ofMinutes(5);
        assertEquals(Duration.ZERO, LoginThrottle.delay(5, 5, first, max));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.delay(6, 5, first, max));
        assertEquals(Duration.ofSeconds(2), LoginThrottle.delay(7, 5, first, max));
        assertEquals(Duration.ofSeconds(256), LoginThrottle.delay(14, 5, first, max));
        assertEquals(max, LoginThrottle.delay(15, 5, first, max));
        assertEquals(max, LoginThrottle.delay(Integer.MAX_VALUE, 5, first, max), "no overflow");
    }

    @Nested
    class PerAccount {

        @Test
        void fiveFailuresAreFreeThenTheAccountWaitsLongerAtEachFailure() {
            for (int i = 0; i < 6; i++) {
                assertTrue(fail("203.0.113.1", "camille@example.org"), "attempt " + (i + 1));
            }
            assertEquals(Optional.of(Duration.ofSeconds(1)), refusal("203.0.113.1", "camille@example.org"));
            pass(Duration.ofSeconds(1));
            assertTrue(fail("203.0.113.1", "camille@example.org"));
            assertEquals(Optional.of(Duration.ofSeconds(2)), refusal("203.0.113.1", "camille@example.org"));
            pass(Duration.ofSeconds(2));
            assertTrue(fail("203.0.113.1", "camille@example.org"));
            assertEquals(Optional.of(Duration.ofSeconds(4)), refusal("203.0.113.1", "camille@example.org"));
        }

        @Test
        void theAccountNeverWaitsMoreThanFiveMinutes() {
            for (int i = 0; i < 200; i++) {
                fail("203.0.113." + i, "camille@example.org");
                pass(Duration.ofMinutes(6));
            }
            fail("198.51.100.1", "camille@example.org");
            Optional<Duration> w = refusal("198.51.100.1", "camille@example.org");
            assertEquals(Optional.of(Duration.ofMinutes(5)), w, "the account's wait, at most 5 minutes");
        }

        @Test
        void theRealUserFromAnotherCleanAddressIsNeverLockedOutByAnAttacker() {
            fail("198.51.100.9", "someone-else@example.org");
            for (int i = 0; i < 30; i++) {
                fail("198.51.100.66", "admin@example.org");
                pass(Duration.ofSeconds(30));
            }
            assertTrue(refusal("198.51.100.66", "admin@example.org").isPresent(), "the attacker waits");
            assertTrue(refusal("198.51.100.9", "admin@example.org").isPresent(), "so does any address with a failure on record");
            assertTrue(succeed("203.0.113.7", "admin@example.org"), "the user's password is still checked, and is right");
            assertTrue(fail("198.51.100.9", "admin@example.org"), "a success starts the account afresh");
        }

        @Test
        void anAddressTheAccountSignedInFromGetsThroughEvenAfterAMistake() {
            assertTrue(succeed("203.0.113.7", "admin@example.org"));
            assertTrue(fail("203.0.113.7", "admin@example.org"), "the user mistypes once: no longer a clean record");
            for (int i = 0; i < 10; i++) {
                fail("198.51.100.66", "admin@example.org");
            }
            assertTrue(refusal("198.51.100.66", "admin@example.org").isPresent());
            assertTrue(refusal("198.51.100.67", "admin@example.org").isEmpty(), "a clean address is checked");
            assertTrue(succeed("203.0.113.7", "admin@example.org"), "a known address is checked");
        }

        @Test
        void anAddressWithFailuresOnRecordWaitsForTheAccount() {
            fail("198.51.100.9", "someone-else@example.org");
            for (int i = 0; i < 6; i++) {
                fail("198.51.100.66", "admin@example.org");
            }
            assertTrue(refusal("198.51.100.9", "admin@example.org").isPresent(),
                    "a spread attack gets one guess per address, then waits like the others");
        }

        @Test
        void unknownAndKnownAccountsCountAlike() {
            for (int i = 0; i < 6; i++) {
                fail("198.51.100.1", "known@example.org");
                fail("198.51.100.2", "nobody@example.org");
            }
            assertEquals(refusal("198.51.100.1", "known@example.org"), refusal("198.51.100.2", "nobody@example.org"));
        }
    }

    @Nested
    class PerClient {

        @Test
        void tenFailuresAreFreeWhateverTheAccountsThenEveryAttemptWaits() {
            for (int i = 0; i < 11; i++) {
                assertTrue(fail("198.51.100.7", "guess" + i + "@example.org"), "attempt " + (i + 1));
            }
            assertEquals(Optional.of(Duration.ofSeconds(1)), refusal("198.51.100.7", "anyone@example.org"));
            assertTrue(refusal("198.51.100.8", "anyone@example.org").isEmpty(), "another client is not concerned");
        }

        @Test
        void theClientsWaitGrowsUpToFifteenMinutes() {
            for (int i = 0; i < 100; i++) {
                fail("198.51.100.7", "guess" + i + "@example.org");
                pass(Duration.ofMinutes(16));
            }
            fail("198.51.100.7", "last@example.org");
            assertEquals(Optional.of(Duration.ofMinutes(15)), refusal("198.51.100.7", "anyone@example.org"));
        }

        @Test
        void aSuccessDoesNotWipeTheClientsRecord() {
            for (int i = 0; i < 10; i++) {
                fail("198.51.100.7", "guess" + i + "@example.org");
            }
            assertTrue(succeed("198.51.100.7", "mine@example.org"), "the attacker's own account");
            assertTrue(fail("198.51.100.7", "guess10@example.org"));
            assertTrue(refusal("198.51.100.7", "guess11@example.org").isPresent(), "still counted: the eleventh failure");
        }

        @Test
        void failuresAreForgottenAnHourAfterTheLast() {
            for (int i = 0; i < 12; i++) {
                fail("198.51.100.7", "guess@example.org");
                pass(Duration.ofMinutes(1));
            }
            assertTrue(refusal("198.51.100.7", "guess@example.org").isPresent());
            pass(Duration.ofHours(1));
            for (int i = 0; i < 5; i++) {
                assertTrue(fail("198.51.100.7", "guess@example.org"), "a new start, " + (i + 1));
            }
        }
    }

    @Test
    void attemptsInFlightCountBeforeTheyFinish() {
        for (int i = 0; i < 11; i++) {
            assertTrue(throttle.begin("198.51.100.7", "guess" + i + "@example.org").isEmpty(), "attempt " + (i + 1));
        }
        assertTrue(throttle.begin("198.51.100.7", "guess@example.org").isPresent(),
                "a burst of simultaneous guesses does not all slip in before the first one fails");
    }

    @Test
    void anAttemptThatCouldNotBeCheckedCountsForNothing() {
        for (int i = 0; i < 20; i++) {
            assertTrue(throttle.begin("198.51.100.7", "camille@example.org").isEmpty(), "attempt " + (i + 1));
            throttle.abandoned("198.51.100.7", "camille@example.org");
        }
        assertEquals(0, throttle.size());
    }

    @Test
    void staleRecordsAreDroppedWhenThereAreMany() {
        for (int i = 0; i <= LoginThrottle.MAX_RECORDS; i++) {
            fail("c" + i, "a@example.org");
        }
        assertTrue(throttle.size() > LoginThrottle.MAX_RECORDS);
        pass(Duration.ofHours(2));
        throttle.begin("late", "b@example.org");
        assertTrue(throttle.size() <= 3, "only the late attempt's records remain: " + throttle.size());
        assertFalse(throttle.begin("c1", "a@example.org").isPresent());
    }
}
