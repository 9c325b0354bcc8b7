package fr.socle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokenDigestTest {

    @Nested
    class NewToken {

        @Test
        void startsWithTheSkPrefix() {
            assertEquals("sk_", TokenDigest.PREFIX);
            assertTrue(TokenDigest.newToken().startsWith("sk_"));
        }

        @Test
        void carriesAtLeast43UrlSafeCharactersAfterThePrefixThatIs256Bits() {
            String body = TokenDigest.newToken().substring(TokenDigest.PREFIX.length());
            assertTrue(body.length() >= 43, body);
            assertTrue(body.matches("[A-Za-z0-9_-]+"), body);
        }

        @Test
        void neverRepeatsItself() {
            Set<String> tokens = new HashSet<>();
            for (int i = 0; i < 1000; i++) {
                tokens.add(TokenDigest.newToken());
            }
            assertEquals(1000, tokens.size());
        }

        @Test
        void twoTokensDiffer() {
            assertNotEquals(TokenDigest.newToken(), TokenDigest.newToken());
        }
    }

    @Nested
    class Sha256 {

        @Test
        void matchesTheFips180KnownVectorForAbc() {
            assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenDigest.sha256("abc"));
        }

        @Test
        void matchesTheKnownVectorForTheEmptyString() {
            assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TokenDigest.sha256(""));
        }

        @Test
        void isSixtyFourLowercaseHexCharacters() {
            assertTrue(TokenDigest.sha256(TokenDigest.newToken()).matches("[0-9a-f]{64}"));
        }

        @Test
        void isDeterministic() {
            String token = TokenDigest.newToken();
            assertEquals(TokenDigest.sha256(token), TokenDigest.sha256(token));
        }

        @Test
        void differsForDifferentTokens() {
            assertNotEquals(TokenDigest.sha256("sk_a"), TokenDigest.sha256("sk_b"));
        }

        @Test
        void hashesTheUtf8BytesOfTheToken() {
            // SHA-256 of the UTF-8 bytes C3 A9 ("é"); Latin-1 (E9) would give de2e331d...
            assertEquals("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", TokenDigest.sha256("é"));
        }
    }
}
