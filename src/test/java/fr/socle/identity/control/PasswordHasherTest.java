package fr.socle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);

    @Nested
    class HashAndVerify {

        @Test
        void verifiesThePasswordItHashed() {
            String stored = hasher.hash(PASSWORD.toCharArray());
            assertTrue(hasher.verify(PASSWORD.toCharArray(), stored));
        }

        @Test
        void rejectsAWrongPassword() {
            String stored = hasher.hash(PASSWORD.toCharArray());
            assertFalse(hasher.verify("correct horse battery stapler".toCharArray(), stored));
            assertFalse(hasher.verify("Correct horse battery staple".toCharArray(), stored));
            assertFalse(hasher.verify(new char[0], stored));
        }

        @Test
        void saltsEveryHashSoTheSamePasswordNeverHashesTheSameWay() {
            String first = hasher.hash(PASSWORD.toCharArray());
            String second = hasher.hash(PASSWORD.toCharArray());
            assertNotEquals(first, second);
            assertTrue(hasher.verify(PASSWORD.toCharArray(), first));
            assertTrue(hasher.verify(PASSWORD.toCharArray(), second));
        }

        @Test
        void writesASelfDescribingHashWithSchemeIterationsSixteenByteSaltAnd256BitHash() {
            String[] parts = hasher.hash(PASSWORD.toCharArray()).split("\\$");
            assertEquals(4, parts.length);
            assertEquals("pbkdf2-sha256", parts[0]);
            assertEquals(String.valueOf(PasswordHasher.MIN_ITERATIONS), parts[1]);
            assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
            assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        }

        @Test
        void verifiesAHashMadeWithAnotherIterationCountByReadingTheCountFromTheHash() {
            String stored = new PasswordHasher(PasswordHasher.MIN_ITERATIONS + 1).hash(PASSWORD.toCharArray());
            assertTrue(hasher.verify(PASSWORD.toCharArray(), stored));
        }

        @Test
        void verifiesNonAsciiPasswords() {
            String password = "Éléphant·rose ’25 — ça va ?";
            String stored = hasher.hash(password.toCharArray());
            assertTrue(hasher.verify(password.toCharArray(), stored));
            assertFalse(hasher.verify("Elephant·rose ’25 — ça va ?".toCharArray(), stored));
        }

        @Test
        void rejectsAHashWhoseIterationCountWasTamperedWith() {
            String[] parts = hasher.hash(PASSWORD.toCharArray()).split("\\$");
            String tampered = parts[0] + "$" + (PasswordHasher.MIN_ITERATIONS + 1) + "$" + parts[2] + "$" + parts[3];
            assertFalse(hasher.verify(PASSWORD.toCharArray(), tampered));
        }
    }

    @Nested
    class MalformedStoredHash {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
            "foo",
            "pbkdf2-sha256",
            "pbkdf2-sha256$10000$c2FsdA",
            "pbkdf2-sha256$10000$c2FsdA$aGFzaA$extra",
            "bcrypt$10000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "PBKDF2-SHA256$10000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "pbkdf2-sha256$$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "pbkdf2-sha256$10000$not*base64!$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA$not*base64!",
            "pbkdf2-sha256$10000$$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA$"
        })
        void neverMatchesAndNeverThrows(String stored) {
            assertFalse(hasher.verify(PASSWORD.toCharArray(), stored));
        }

        @Test
        void neverMatchesWhenOnlyTheSchemeIsWrong() {
            String stored = hasher.hash(PASSWORD.toCharArray());
            String otherScheme = "pbkdf2-sha512" + stored.substring("pbkdf2-sha256".length());
            assertFalse(hasher.verify(PASSWORD.toCharArray(), otherScheme));
        }
    }

    @Nested
    class NeedsRehash {

        @Test
        void isTrueForAHashStoredWithFewerIterationsThanTheHasherUses() {
            String weak = hasher.hash(PASSWORD.toCharArray());
            assertTrue(new PasswordHasher(PasswordHasher.MIN_ITERATIONS + 1).needsRehash(weak));
        }

        @Test
        void isFalseForAHashStoredWithTheSameIterations() {
            assertFalse(hasher.needsRehash(hasher.hash(PASSWORD.toCharArray())));
        }

        @Test
        void isFalseForAHashStoredWithMoreIterations() {
            String stronger = new PasswordHasher(PasswordHasher.MIN_ITERATIONS + 1).hash(PASSWORD.toCharArray());
            assertFalse(hasher.needsRehash(stronger));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"foo", "pbkdf2-sha256$many$c2FsdA$aGFzaA", "pbkdf2-sha256$10000$c2FsdA"})
        void isTrueForAMalformedHash(String stored) {
            assertTrue(hasher.needsRehash(stored));
        }
    }

    @Nested
    class Iterations {

        @Test
        void refusesFewerThanTheMinimum() {
            assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(PasswordHasher.MIN_ITERATIONS - 1));
            assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
            assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(-1));
        }

        @Test
        void acceptsExactlyTheMinimum() {
            assertEquals(String.valueOf(PasswordHasher.MIN_ITERATIONS),
                    new PasswordHasher(PasswordHasher.MIN_ITERATIONS).hash("x".toCharArray()).split("\\$")[1]);
        }

        @Test
        void defaultFollowsOwaspsAtLeast600000Iterations() {
            assertTrue(PasswordHasher.DEFAULT_ITERATIONS >= 600_000);
            assertTrue(PasswordHasher.DEFAULT_ITERATIONS >= PasswordHasher.MIN_ITERATIONS);
        }

        @Test
        void aHashMadeAtTheMinimumNeedsRehashUnderTheDefault() {
            String weak = hasher.hash(PASSWORD.toCharArray());
            assertTrue(new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS).needsRehash(weak));
        }
    }
}
