package fr.socle.identity.boundary;

import fr.socle.platform.Caller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.socle.identity.control.LoginThrottle;
import fr.socle.identity.control.PasswordChecks;
import fr.socle.identity.control.PasswordHasher;
import fr.socle.platform.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a password check goes, with the accounts, the time and the room for checks in the test's hands. */
class SignInsTest {

    private static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);
    private static final String RIGHT = "Right-password-2026";
    private static final String RIGHT_HASH = HASHER.hash(RIGHT.toCharArray());

    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final ExecutorService pool = Executors.newCachedThreadPool();

    /** One active account, camille@example.org, and one deactivated, gone@example.org; counts the look-ups. */
    static class FakeAccounts extends Accounts {
        final List<String> lookedUp = new ArrayList<>();
        long generation = 3;
        String replacedWith;

        @Override
        public Optional<StoredPassword> storedPassword(String email) {
            lookedUp.add(email);
            return switch (fr.socle.identity.entity.Account.normaliseEmail(email)) {
                case "camille@example.org" -> Optional.of(new StoredPassword("id-camille", RIGHT_HASH, true));
                case "gone@example.org" -> Optional.of(new StoredPassword("id-gone", RIGHT_HASH, false));
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<StoredPassword> storedPasswordOf(String accountId) {
            lookedUp.add(accountId);
            return Optional.of(new StoredPassword(accountId, RIGHT_HASH, true));
        }

        @Override
        public long signedIn(String accountId, String rehash) {
            return generation;
        }

        @Override
        public long replaceOwnPassword(Caller caller, String newHash) {
            replacedWith = newHash;
            return ++generation;
        }
    }

    private final FakeAccounts accounts = new FakeAccounts();

    private SignIns signIns(PasswordChecks checks) {
        SignIns s = new SignIns();
        s.use(accounts, new LoginThrottle(LoginThrottle.Settings.defaults(), () -> now), checks, HASHER);
        return s;
    }

    private final SignIns signIns = signIns(new PasswordChecks(2, 4, Duration.ofSeconds(5)));

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void theRightPasswordSignsInUnderTheAccountsCredentialsGeneration() {
        SignIns.Attempt a = signIns.authenticate(" Camille@Example.org ", RIGHT, "203.0.113.1");
        assertEquals(SignIns.Outcome.SUCCESS, a.outcome());
        assertEquals("id-camille", a.accountId());
        assertEquals(3, a.generation());
    }

    @Test
    void anUnknownEmailAnswersExactlyLikeAWrongPassword() {
        for (int i = 0; i < 8; i++) {
            SignIns.Attempt wrong = signIns.authenticate("camille@example.org", "not-it", "198.51.100.1");
            SignIns.Attempt unknown = signIns.authenticate("nobody@example.org", "not-it", "198.51.100.2");
            assertEquals(wrong.outcome(), unknown.outcome(), "attempt " + (i + 1));
            assertEquals(wrong.retryAfter(), unknown.retryAfter(), "attempt " + (i + 1));
            assertNull(wrong.accountId());
            assertNull(unknown.accountId());
        }
    }

    @Test
    void anUnknownEmailCostsAPasswordHashLikeAKnownOne() {
        PasswordHasher slow = new PasswordHasher(200_000);
        String slowHash = slow.hash(RIGHT.toCharArray());
        FakeAccounts slowAccounts = new FakeAccounts() {
            @Override
            public Optional<StoredPassword> storedPassword(String email) {
                return email.equals("camille@example.org") ? Optional.of(new StoredPassword("id-camille", slowHash, true)) : Optional.empty();
            }
        };
        SignIns s = new SignIns();
        s.use(slowAccounts, new LoginThrottle(LoginThrottle.Settings.defaults(), () -> now), new PasswordChecks(2, 4, Duration.ofSeconds(30)), slow);
        long known = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            s.authenticate("camille@example.org", "not-it", "198.51.100." + i);
            long t1 = System.nanoTime();
            s.authenticate("nobody" + i + "@example.org", "not-it", "198.51.100." + (10 + i));
            long t2 = System.nanoTime();
            known = Math.min(known, t1 - t0);
            unknown = Math.min(unknown, t2 - t1);
        }
        assertTrue(unknown * 2 > known, "an unknown e-mail is hashed against a decoy: " + unknown / 1_000_000 + " ms against "
                + known / 1_000_000 + " ms for a wrong password");
    }

    @Test
    void theDecoysPasswordOpensNothingAndADeactivatedAccountNeither() {
        assertEquals(SignIns.Outcome.INVALID, signIns.authenticate("nobody@example.org", "decoy-password-never-used", "203.0.113.1").outcome());
        assertEquals(SignIns.Outcome.INVALID, signIns.authenticate("gone@example.org", RIGHT, "203.0.113.1").outcome());
        assertEquals(SignIns.Outcome.INVALID, signIns.authenticate(null, null, "203.0.113.1").outcome());
    }

    @Test
    void aThrottledAttemptReadsAndHashesNothing() {
        for (int i = 0; i < 11; i++) {
            signIns.authenticate("guess" + i + "@example.org", "not-it", "198.51.100.7");
        }
        int before = accounts.lookedUp.size();
        SignIns.Attempt a = signIns.authenticate("camille@example.org", RIGHT, "198.51.100.7");
        assertEquals(SignIns.Outcome.THROTTLED, a.outcome());
        assertEquals(1, a.retryAfterSeconds());
        assertEquals(before, accounts.lookedUp.size(), "no look-up, no hashing");
        assertEquals(SignIns.Outcome.SUCCESS, signIns.authenticate("camille@example.org", RIGHT, "203.0.113.9").outcome(),
                "from another client, the right password");
    }

    @Test
    void whenTheRoomForChecksIsFullTheAnswerIsBusyAtOnceAndCountsForNothing() throws Exception {
        PasswordChecks checks = new PasswordChecks(1, 0, Duration.ofSeconds(30));
        SignIns s = signIns(checks);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        pool.submit(() -> checks.run(() -> {
            started.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 30; i++) {
            SignIns.Attempt a = s.authenticate("camille@example.org", "not-it", "198.51.100.7");
            assertEquals(SignIns.Outcome.BUSY, a.outcome(), "attempt " + (i + 1));
            assertTrue(a.refused());
            assertEquals(1, a.retryAfterSeconds());
        }
        assertTrue(accounts.lookedUp.isEmpty(), "nothing read, nothing hashed");
        release.countDown();
        Thread.sleep(50);
        for (int i = 0; i < 100 && s.authenticate("camille@example.org", RIGHT, "198.51.100.7").outcome() == SignIns.Outcome.BUSY; i++) {
            Thread.sleep(20);
        }
        assertEquals(SignIns.Outcome.SUCCESS, s.authenticate("camille@example.org", RIGHT, "198.51.100.7").outcome(),
                "the busy answers did not count as failures");
    }

    @Test
    void changingOnesPasswordProvesTheCurrentOneAndMovesToANewGeneration() {
        Caller camille = new Caller("id-camille", "camille@example.org", "Camille", false, Map.of(), Set.of());
        Problem wrong = assertThrows(Problem.class, () -> signIns.changeOwnPassword(camille, "not-it", "A-new-password-2026", "203.0.113.1"));
        assertEquals("socle.account.password.wrong", wrong.key());
        assertNull(accounts.replacedWith);
        Problem weak = assertThrows(Problem.class, () -> signIns.changeOwnPassword(camille, RIGHT, "short", "203.0.113.1"));
        assertEquals("socle.account.password.size", weak.key());
        SignIns.Attempt a = signIns.changeOwnPassword(camille, RIGHT, "A-new-password-2026", "203.0.113.1");
        assertEquals(SignIns.Outcome.SUCCESS, a.outcome());
        assertEquals(4, a.generation());
        assertTrue(HASHER.verify("A-new-password-2026".toCharArray(), accounts.replacedWith));
    }

    @Test
    void guessingTheCurrentPasswordOnMyAccountIsThrottledLikeASignIn() {
        Caller camille = new Caller("id-camille", "camille@example.org", "Camille", false, Map.of(), Set.of());
        SignIns.Attempt last = null;
        for (int i = 0; i < 12 && (last == null || !last.refused()); i++) {
            try {
                last = signIns.changeOwnPassword(camille, "guess-" + i, "A-new-password-2026", "198.51.100.7");
            } catch (Problem p) {
                assertEquals("socle.account.password.wrong", p.key());
            }
        }
        assertTrue(last != null && last.outcome() == SignIns.Outcome.THROTTLED, "refused after a few wrong guesses");
        assertNull(accounts.replacedWith);
    }
}
